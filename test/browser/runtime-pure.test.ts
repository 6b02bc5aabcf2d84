import { describe, expect, it } from "vitest";
import { ALL, DirtySet } from "../../src/browser/dirty-set.js";
import { detectPlatform } from "../../src/browser/platform.js";

describe("DirtySet", () => {
  it("records touched props and slots per control from patch paths", () => {
    const dirty = new DirtySet();
    dirty.addOps([
      ["replace", "/12/1/value", "x"],
      ["add", "/12/1/color/0", 1],
      ["add", "/7/2/controls/3", "9"],
      ["add", "/9", ["text", {}]],
      ["remove", "/4"],
      ["replace", "/5/0", "row"],
      ["add", "/a~1b/1/x~0y", 1],
    ]);
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
