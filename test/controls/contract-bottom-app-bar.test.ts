// BottomAppBar against the pack contract kit: every prop it declares changes what the
// browser shows.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

describe("BottomAppBar against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.BottomAppBar],
      samples: {
        bottomappbar: {
          content: () => new ft.Text("Actions"),
          padding: 4,
          shape: ft.NotchShape.AUTO,
          notchMargin: 8,
          elevation: 3,
          clipBehavior: ft.ClipBehavior.HARD_EDGE,
        },
      },
      exempt: { bottomappbar: { ...layoutOnly, ...noTwin } },
    });
  }, 120_000);

  it("draws every declared prop", () => {
    expect(report.failures, report.format()).toEqual([]);
    expect(report.checks.map((check) => check.member)).toEqual(
      expect.arrayContaining(["shape", "notchMargin", "clipBehavior", "shadowColor"]),
    );
  });
});
