// Badge against the pack contract kit: every prop it declares changes what the browser
// shows.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

describe("Badge against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.Badge],
      samples: {
        badge: {
          content: () => new ft.Icon(ft.icons.MAIL),
          text: "5",
          offset: { x: 2, y: 2 },
          alignment: ft.alignment.bottomLeft,
          padding: 6,
          textStyle: { size: 14, weight: ft.FontWeight.BOLD },
        },
      },
      exempt: {
        badge: {
          ...layoutOnly,
          ...noTwin,
          smallSize:
            "the size of the dot, drawn without a label: the kit draws a labelled badge (the dot's size is checked in Chromium)",
        },
      },
    });
  }, 120_000);

  it("draws every declared prop", () => {
    expect(report.failures, report.format()).toEqual([]);
    expect(report.checks.map((check) => check.member)).toEqual(
      expect.arrayContaining(["offset", "largeSize", "smallSize", "labelVisible", "textStyle"]),
    );
  });
});
