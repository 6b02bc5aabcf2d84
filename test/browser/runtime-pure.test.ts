import { describe, expect, it } from "vitest";
import { ALL, DirtySet } from "../../src/browser/dirty-set.js";
import { detectPlatform } from "../../src/browser/platform.js";
import { Replica } from "../../src/client/replica.js";
import { OpCode } from "../../src/protocol/wire.js";

describe("DirtySet", () => {
  it("records touched props and slots per control from patch paths", () => {
    const dirty = new DirtySet();
    const replica = new Replica();
    replica.reset(
      {
        "12": ["text", { value: "v", color: [0] }],
        "7": ["column", {}, { controls: ["1", "2", "3"] }],
        "4": ["text", {}],
        "5": ["column", {}],
        "a/b": ["text", { "x~y": 0 }],
      },
      0,
    );
    replica.apply(
      1,
      [
        [OpCode.replace, "/12/1/value", "x"],
        [OpCode.add, "/12/1/color/0", 1],
        [OpCode.add, "/7/2/controls/3", "9"],
        [OpCode.remove, "/4"],
        [OpCode.replace, "/5/0", "row"],
        [OpCode.add, "/a~1b/1/x~0y", 1],
      ],
      { "9": ["text", {}] },
      dirty,
    );
    const taken = dirty.take();
    expect(Object.fromEntries([...taken].map(([id, names]) => [id, [...names]]))).toEqual({
      "12": ["value", "color"],
      "7": ["controls"],
      "9": [ALL],
      "4": [ALL],
      "5": [ALL],
      "a/b": ["x~y"],
    });
    expect(dirty.size).toBe(0);
  });
});

describe("detectPlatform", () => {
  it.each([
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)", undefined, 5, "ios"],
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)", undefined, 0, "macos"],
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)", undefined, 5, "ios"],
    ["Mozilla/5.0 (Linux; Android 14; Pixel 8)", "Android", 5, "android"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Windows", 0, "windows"],
    ["Mozilla/5.0 (X11; Linux x86_64)", "Linux", 0, "linux"],
    ["Mozilla/5.0 (X11; CrOS x86_64 14541.0.0)", "Chrome OS", 0, "linux"],
  ])("reads %s as %s", (ua, hint, touch, platform) => {
    expect(detectPlatform(ua, hint, touch)).toBe(platform);
  });
});
