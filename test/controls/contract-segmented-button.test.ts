// SegmentedButton and Segment against the pack contract kit: every prop they declare
// changes what the browser shows, and the change event is sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

describe("segmented buttons against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.SegmentedButton, ft.Segment],
      samples: {
        segmentedbutton: {
          segments: () => ["a", "b"].map((v) => new ft.Segment(v, { label: new ft.Text(v) })),
          selected: ["a"],
          allowEmptySelection: true,
          style: {
            color: "#d81b60",
            bgcolor: { selected: "#ffe082" },
            shape: { type: "roundedRectangle", radius: 4 },
          },
        },
        segment: { value: "a", label: () => new ft.Text("A") },
      },
      exempt: {
        segmentedbutton: {
          ...layoutOnly,
          ...noTwin,
          allowMultipleSelection:
            "how a click changes the selection: seen when clicked (tested in Chromium and the tester)",
        },
        segment: { ...layoutOnly, ...noTwin },
      },
      triggers: {
        segmentedbutton: { change: (group) => group.getByRole("button", { name: "b" }).click() },
      },
    });
  }, 180_000);

  it("draws every declared prop and sends the change event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "segmentedbutton.selected",
        "segmentedbutton.showSelectedIcon",
        "segmentedbutton.change",
        "segment.value",
      ]),
    );
  });
});
