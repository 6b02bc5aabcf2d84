// ProgressBar and ProgressRing against the pack contract kit: every prop they declare
// changes what the browser shows.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

describe("ProgressBar and ProgressRing against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.ProgressBar, ft.ProgressRing],
      samples: {
        progressbar: { value: 0.4, width: 200 },
        progressring: { value: 0.4 },
      },
      exempt: {
        progressbar: { ...layoutOnly, ...noTwin },
        progressring: { ...layoutOnly, ...noTwin },
      },
    });
  }, 900_000);

  it("draws every declared prop", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining(["progressbar.barHeight", "progressring.bgcolor"]),
    );
  });
});
