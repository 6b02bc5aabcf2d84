import { describe, expect, it } from "vitest";
import {
  decideIdentity,
  IdentityStore,
  MARKER_CLOSED,
  MARKER_LIVE,
} from "../../src/browser/identity.js";

const stored = JSON.stringify({ sessionId: "s1", token: "t1", seq: 4 });

class MemoryStorage implements Storage {
  readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

describe("decideIdentity", () => {
  it("resumes after a reload (the previous page marked itself closed)", () => {
    expect(decideIdentity(stored, MARKER_CLOSED)).toEqual({
      identity: { sessionId: "s1", token: "t1", seq: 4 },
      duplicate: false,
    });
  });

  it("drops the identity of a duplicated tab (copied from a live page)", () => {
    expect(decideIdentity(stored, MARKER_LIVE)).toEqual({ identity: undefined, duplicate: true });
  });

  it("drops an identity whose marker is missing", () => {
    expect(decideIdentity(stored, null).identity).toBeUndefined();
  });

  it.each([null, "", "{", '{"sessionId":1}', "[]"])(
    "starts fresh without a valid identity (%s)",
    (text) => {
      expect(decideIdentity(text, MARKER_CLOSED)).toEqual({
        identity: undefined,
        duplicate: false,
      });
    },
  );
});

describe("IdentityStore", () => {
  it("keeps identities per app path and per tab lifecycle", () => {
    const storage = new MemoryStorage();
    const first = new IdentityStore("/a/", storage);
    expect(first.claim()).toBeUndefined();
    first.save({ sessionId: "s", token: "t", seq: 2 });
    // A duplicate copies storage while the page is live.
    const duplicate = new IdentityStore("/a/", storage);
    expect(duplicate.claim()).toBeUndefined();
    expect(storage.getItem("flet:/a/:session")).toBeNull();
    // A reload: the page hid first.
    first.save({ sessionId: "s", token: "t", seq: 2 });
    first.markClosed();
    expect(new IdentityStore("/a/", storage).claim()).toEqual({
      sessionId: "s",
      token: "t",
      seq: 2,
    });
    expect(new IdentityStore("/b/", storage).claim()).toBeUndefined();
  });

  it("survives storage that throws", () => {
    const broken = new MemoryStorage();
    broken.getItem = () => {
      throw new Error("denied");
    };
    expect(new IdentityStore("/", broken).claim()).toBeUndefined();
  });
});
