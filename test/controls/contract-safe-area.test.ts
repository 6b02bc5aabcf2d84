// SafeArea against the pack contract kit: every prop it declares changes what the browser
// shows, over the built-in controls pack.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly } from "./contract.js";

describe("SafeArea against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.SafeArea],
      samples: {
        safearea: {
          minimum: 12,
          left: false,
          top: false,
          right: false,
          bottom: false,
          opacity: 0.5,
        },
      },
      exempt: {
        safearea: {
          maintainBottomViewPadding: "the browser keyboard never changes safe-area-inset-bottom",
          ...layoutOnly,
          adaptive: "a SafeArea has no Cupertino twin",
        },
      },
    });
  }, 120_000);

  it("SafeArea draws its own props", () => {
    expect(report.failures, report.format()).toEqual([]);
    expect(report.checks.map((check) => check.member)).toContain("minimum");
  });
});
