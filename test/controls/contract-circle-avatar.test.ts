// CircleAvatar against the pack contract kit: every prop it declares changes what the
// browser shows.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

describe("CircleAvatar against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.CircleAvatar],
      samples: {
        circleavatar: {
          content: () => new ft.Text("AB"),
          foregroundImageUrl: "/a.png",
          backgroundImageUrl: "/b.png",
        },
      },
      exempt: { circleavatar: { ...layoutOnly, ...noTwin } },
    });
  }, 120_000);

  it("draws every declared prop", () => {
    expect(report.failures, report.format()).toEqual([]);
    expect(report.checks.map((check) => check.member)).toEqual(
      expect.arrayContaining(["foregroundImageUrl", "minRadius", "maxRadius"]),
    );
  });
});
