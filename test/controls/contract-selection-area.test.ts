// SelectionArea and TransparentPointer against the pack contract kit: the props every
// control inherits are drawn on them too.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

describe("SelectionArea and TransparentPointer against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.SelectionArea, ft.TransparentPointer],
      samples: {
        selectionarea: { content: () => new ft.Text("Select me") },
        transparentpointer: { content: () => new ft.Text("Click through") },
      },
      exempt: {
        selectionarea: { ...layoutOnly, ...noTwin },
        transparentpointer: { ...layoutOnly, ...noTwin },
      },
    });
  }, 180_000);

  it("draws every declared prop", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining(["selectionarea.renderer", "transparentpointer.width"]),
    );
  });
});
