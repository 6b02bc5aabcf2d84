/**
 * The pack contract (flet-ts/testing's kit): in real Chromium, every prop the pack
 * declares changes the control's DOM and every event reaches the server; and the
 * committed flet-schema.json says the version in package.json honours the changes since.
 *
 * After changing a control on purpose, regenerate the schema (see README.md) and bump the
 * version as the diff asks.
 */
import { readFileSync } from "node:fs";
import { checkPackContract, diffPackSchemas, packSchema } from "flet-ts/testing";
import { describe, expect, it } from "vitest";
import { Sparkline, StarRating } from "../src/index.js";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  name: string;
  version: string;
};

describe("the flet-sparks contract", () => {
  it("reflects every prop in the DOM and fires every event in Chromium", async () => {
    const report = await checkPackContract({
      packDir: new URL("..", import.meta.url),
      controls: [StarRating, Sparkline],
      samples: {
        "sparks.sparkline": { values: [1, 5, 3] },
      },
      triggers: {
        "sparks.starrating": {
          change: (locator) => locator.locator('[data-star="3"] .sparks-hit').last().click(),
          hover: (locator) => locator.locator('[data-star="2"]').hover(),
        },
        "sparks.sparkline": {
          click: (locator) => locator.locator("svg").click(),
        },
      },
      exempt: {},
    });
    expect(report.failures, report.format()).toEqual([]);
  }, 120_000);

  it("keeps flet-schema.json and the version in step", () => {
    const committed = JSON.parse(
      readFileSync(new URL("../flet-schema.json", import.meta.url), "utf8"),
    );
    const current = packSchema({
      name: pkg.name,
      version: pkg.version,
      controls: [StarRating, Sparkline],
    });
    const diff = diffPackSchemas(committed, current);
    expect(diff.versionOk, diff.format()).toBe(true);
    // Same version, same contract: a stale file would hide the next diff.
    if (committed.version === current.version) expect(current).toEqual(committed);
  });
});
