/**
 * The contract kit and renderers whose output is pixels (a canvas, a chart library's own
 * redraw): what a renderer reports with `reportDrawn` counts as a change of the control,
 * so a correct redraw is not failed, and the same renderer without the report still is.
 */
import { reportDrawn } from "flet-ts/browser";
import { checkPackContract } from "flet-ts/testing";
import { describe, expect, it } from "vitest";
import { Painted, Unreported } from "../fixtures/packs/contract-pack/server.js";

const packDir = new URL("../fixtures/packs/contract-pack/", import.meta.url);

describe("checkPackContract with reportDrawn", () => {
  it("passes a canvas prop the renderer reports, and fails the same drawing unreported", async () => {
    const report = await checkPackContract({
      packDir,
      controls: [Painted, Unreported],
      timeout: 1_500,
    });
    const check = (type: string) =>
      report.checks.find((c) => c.type === type && c.member === "dotColor");
    expect(check("contract.painted")?.ok, report.format()).toBe(true);
    const unreported = check("contract.unreported");
    expect(unreported?.ok).toBe(false);
    expect(unreported?.detail).toMatch(/report them with reportDrawn from flet-ts\/browser/);
  }, 120_000);

  it("changes nothing on the page: the report is a property of the element", () => {
    const element = { attributes: [] } as unknown as Element;
    reportDrawn(element, "line 3 points #d81b60");
    expect((element as unknown as Record<symbol, string>)[Symbol.for("flet-ts.drawn")]).toBe(
      "line 3 points #d81b60",
    );
    expect(element.attributes).toEqual([]);
  });
});
