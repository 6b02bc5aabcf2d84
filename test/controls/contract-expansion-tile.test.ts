// ExpansionTile against the pack contract kit: every prop it declares changes what the
// browser shows, and its change event is sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

describe("ExpansionTile against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.ExpansionTile],
      samples: {
        expansiontile: {
          title: () => new ft.Text("Title"),
          controls: () => [new ft.Text("Alpha"), new ft.Text("A longer beta line")],
          controlsPadding: 8,
          tilePadding: 4,
          expandedAlignment: ft.alignment.centerLeft,
          shape: { type: "roundedRectangle", radius: 8 },
          collapsedShape: { type: "roundedRectangle", radius: 4 },
          clipBehavior: ft.ClipBehavior.HARD_EDGE,
        },
      },
      exempt: {
        expansiontile: {
          ...layoutOnly,
          ...noTwin,
          initiallyExpanded:
            "read once, when the tile is made: it sets `expanded`, which is checked",
        },
      },
      triggers: {
        expansiontile: {
          change: (tile) => tile.getByRole("button", { name: "Title" }).click(),
        },
      },
    });
  }, 180_000);

  it("draws every declared prop and sends its change event", () => {
    expect(report.failures, report.format()).toEqual([]);
    expect(report.checks.map((check) => check.member)).toEqual(
      expect.arrayContaining(["expanded", "maintainState", "collapsedShape", "change"]),
    );
  });
});
