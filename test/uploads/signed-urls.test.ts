import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { uploadSignature } from "../../src/server/uploads.js";
import { type Endpoint, listTree, PATH, put, SECRET, startEndpoint } from "./helpers.js";

let endpoint: Endpoint;
beforeEach(async () => {
  endpoint = await startEndpoint();
});
afterEach(() => endpoint.close());

/** Replaces one query parameter of a signed URL. */
function withParam(url: string, key: string, value: string): string {
  const parsed = new URL(url, "http://x");
  parsed.searchParams.set(key, value);
  return `${parsed.pathname}?${parsed.searchParams}`;
}

describe("signed upload URLs", () => {
  it("accepts a valid URL from the signer and stores the file", async () => {
    const url = endpoint.signer.sign("sid1", "report.txt", 60);
    const response = await put(endpoint.base, url, "contents");
    expect(response.status).toBe(200);
    expect(await readFile(join(endpoint.uploadDir, "report.txt"), "utf8")).toBe("contents");
  });

  it.each<[string, (url: string) => string, number, RegExp]>([
    ["the file name tampered", (u) => withParam(u, "f", "other.txt"), 403, /does not match/],
    ["the session id tampered", (u) => withParam(u, "sid", "sid2"), 403, /does not match/],
    ["the size limit raised", (u) => withParam(u, "max", "99999999"), 403, /does not match/],
    ["the size limit lifted", (u) => withParam(u, "max", "inf"), 403, /does not match/],
    ["the expiry extended", (u) => withParam(u, "e", "9999999999"), 403, /does not match/],
    ["the nonce changed", (u) => withParam(u, "n", "00"), 403, /does not match/],
    ["the nonce not hex", (u) => withParam(u, "n", "zz"), 403, /does not match/],
    ["no nonce", (u) => u.replace(/&n=[0-9a-f]+/, ""), 403, /incomplete/],
    ["the expiry not a number", (u) => withParam(u, "e", "soon"), 403, /does not match/],
    ["the path changed", (u) => u.replace(PATH, "/upload2"), 404, /^$/],
    [
      "one hex digit of the signature flipped",
      (u) => u.replace(/s=([0-9a-f])/, (_m, c) => `s=${c === "0" ? "1" : "0"}`),
      403,
      /does not match/,
    ],
    [
      "a truncated signature",
      (u) => u.replace(/(s=[0-9a-f]{40})[0-9a-f]+/, "$1"),
      403,
      /malformed/,
    ],
    ["an empty signature", (u) => withParam(u, "s", ""), 403, /malformed/],
    ["a non-hex signature", (u) => withParam(u, "s", "z".repeat(64)), 403, /malformed/],
    [
      "an upper-case hex signature",
      (u) => u.replace(/s=([0-9a-f]+)/, (_m, s) => `s=${s.toUpperCase()}`),
      403,
      /malformed/,
    ],
    ["a signature too long", (u) => u.replace(/s=([0-9a-f]+)/, "s=$100"), 403, /malformed/],
    ["no signature", (u) => u.replace(/&s=[0-9a-f]+/, ""), 403, /incomplete/],
    ["no expiry", (u) => u.replace(/&e=\d+/, ""), 403, /incomplete/],
  ])("refuses %s: %i", async (_name, tamper, status, reason) => {
    const url = tamper(endpoint.signer.sign("sid1", "report.txt", 60));
    const response = await put(endpoint.base, url, "evil");
    expect(response.status).toBe(status);
    expect(response.body.trim()).toMatch(reason);
    expect(await listTree(endpoint.uploadDir)).toEqual([]);
  });

  it("refuses a signature made with another key: 403", async () => {
    const url = endpoint.signer.sign("sid1", "report.txt", 60);
    const parsed = new URL(url, "http://x");
    const q = parsed.searchParams;
    const forged = uploadSignature("another-key", {
      path: PATH,
      sessionId: "sid1",
      fileName: "report.txt",
      maxBytes: Number(q.get("max")),
      expires: Number(q.get("e")),
      nonce: q.get("n")!,
    });
    expect((await put(endpoint.base, withParam(url, "s", forged))).status).toBe(403);
    expect(forged).not.toBe(q.get("s"));
    expect(
      uploadSignature(SECRET, {
        path: PATH,
        sessionId: "sid1",
        fileName: "report.txt",
        maxBytes: Number(q.get("max")),
        expires: Number(q.get("e")),
        nonce: q.get("n")!,
      }),
    ).toBe(q.get("s"));
  });

  it("works until its last second and refuses it one second after: 403", async () => {
    const url = endpoint.signer.sign("sid1", "a.txt", 10);
    const later = endpoint.signer.sign("sid1", "b.txt", 10);
    endpoint.clock.now += 9_999;
    expect((await put(endpoint.base, later)).status).toBe(200);
    endpoint.clock.now += 1;
    const expired = await put(endpoint.base, url);
    expect(expired.status).toBe(403);
    expect(expired.body).toMatch(/expired/);
    endpoint.clock.now += 1_000;
    expect((await put(endpoint.base, url)).status).toBe(403);
    expect(await listTree(endpoint.uploadDir)).toEqual(["b.txt"]);
  });

  it("makes a distinct URL each time, even for the same name in the same second", async () => {
    const first = endpoint.signer.sign("sid1", "same.txt", 60);
    const second = endpoint.signer.sign("sid1", "same.txt", 60);
    expect(first).not.toBe(second);
    expect((await put(endpoint.base, first, "1")).status).toBe(200);
    expect((await put(endpoint.base, second, "2")).status).toBe(200);
  });

  it("refuses a replay after success: 403", async () => {
    const url = endpoint.signer.sign("sid1", "once.txt", 60);
    expect((await put(endpoint.base, url, "first")).status).toBe(200);
    const replay = await put(endpoint.base, url, "second");
    expect(replay.status).toBe(403);
    expect(replay.body).toMatch(/already used/);
    expect(await readFile(join(endpoint.uploadDir, "once.txt"), "utf8")).toBe("first");
  });

  it.each(["GET", "POST", "DELETE", "PATCH"])("refuses %s: 405 with Allow: PUT", async (method) => {
    const url = endpoint.signer.sign("sid1", "m.txt", 60);
    const response = await put(endpoint.base, url, "x", { method });
    expect(response.status).toBe(405);
    // The URL was not consumed by the wrong method.
    expect((await put(endpoint.base, url)).status).toBe(200);
  });

  it("refuses to sign a name that is not a plain file name, or a bad lifetime", () => {
    for (const name of ["../x", "a/b", "a\\b", "", "..", "x\u0000"])
      expect(() => endpoint.signer.sign("sid1", name, 60)).toThrow(/plain file name/);
    for (const seconds of [0, -1, 1.5, 86_401])
      expect(() => endpoint.signer.sign("sid1", "a.txt", seconds)).toThrow(/expiresSeconds/);
  });

  it("refuses uploads from other sites, and URLs of ended sessions: 403", async () => {
    const host = new URL(endpoint.base).host;
    const cases: [Record<string, string>, number][] = [
      [{ origin: "https://evil.example" }, 403],
      [{ origin: "null" }, 403],
      [{ "sec-fetch-site": "cross-site" }, 403],
      [{ origin: `http://${host}`, "sec-fetch-site": "same-origin" }, 200],
      [{}, 200],
    ];
    for (const [headers, status] of cases) {
      const url = endpoint.signer.sign("sid1", "site.txt", 60);
      expect((await put(endpoint.base, url, "x", { headers })).status).toBe(status);
    }
    await endpoint.close();
    endpoint = await startEndpoint({ sessionAlive: (id) => id === "live" });
    const dead = await put(endpoint.base, endpoint.signer.sign("gone", "a.txt", 60));
    expect([dead.status, dead.body]).toEqual([
      403,
      "The session that made this upload URL has ended.\n",
    ]);
    expect((await put(endpoint.base, endpoint.signer.sign("live", "a.txt", 60))).status).toBe(200);
  });
});

describe("upload names between sessions", () => {
  it("refuses one session's upload over another's file, lets a session replace its own", async () => {
    await endpoint.close();
    endpoint = await startEndpoint({ owners: new Map() });
    expect(
      (await put(endpoint.base, endpoint.signer.sign("alice", "cv.pdf", 60), "A1")).status,
    ).toBe(200);
    const bob = await put(endpoint.base, endpoint.signer.sign("bob", "cv.pdf", 60), "B");
    expect(bob.status).toBe(409);
    expect(bob.body).toContain("uploaded by another session");
    expect(await readFile(join(endpoint.uploadDir, "cv.pdf"), "utf8")).toBe("A1");
    expect(
      (await put(endpoint.base, endpoint.signer.sign("alice", "cv.pdf", 60), "A2")).status,
    ).toBe(200);
    expect(await readFile(join(endpoint.uploadDir, "cv.pdf"), "utf8")).toBe("A2");
  });
});
