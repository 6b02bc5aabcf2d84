import { isAbsolute, join, normalize, relative } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeSegments } from "../../src/server/static-files.js";

const piece = fc.constantFrom(
  "..",
  ".",
  "/",
  "\\",
  "%2e",
  "%2E",
  "%2f",
  "%5c",
  "%00",
  "%252e",
  "a",
  "b.txt",
  ":",
  "C:",
  "//",
  "%",
  "%c0%ae",
);

describe("safeSegments", () => {
  it("never yields a path that leaves the directory, whatever is joined", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const segments = safeSegments(pieces.join(""));
        if (segments === undefined) return;
        const path = normalize(join("/root", ...segments));
        const rel = relative("/root", path);
        expect(rel.startsWith("..") || isAbsolute(rel) || path.includes("\0")).toBe(false);
      }),
      { numRuns: 5_000 },
    );
  });

  it("keeps plain nested names", () => {
    expect(safeSegments("img/logo%20big.png")).toEqual(["img", "logo big.png"]);
  });
});
