// FletApp against the pack contract kit: every prop it declares changes what the browser
// shows, except Flet's reconnect options and onError, browser no-ops (see FletApp's TSDoc),
// and the required url, checked in Chromium.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const NO_OP = "a browser no-op: the embedded flet-ts client reconnects on its own schedule";

describe("FletApp against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.FletApp],
      samples: {
        fletapp: {
          url: "/embedded/",
          reconnectIntervalMs: 1000,
          reconnectTimeoutMs: 5000,
        },
      },
      exempt: {
        fletapp: {
          ...layoutOnly,
          ...noTwin,
          url: "required (validate() refuses a FletApp without it), so the kit cannot draw the control without it to compare: its src and title are checked in Chromium (test/e2e/flet-app.test.ts)",
          reconnectIntervalMs: NO_OP,
          reconnectTimeoutMs: NO_OP,
          error: "a browser no-op: an iframe tells its page nothing about errors inside it",
        },
      },
    });
  }, 180_000);

  it("draws every declared prop", () => {
    expect(report.failures, report.format()).toEqual([]);
    expect(report.checks.map((check) => check.member)).toEqual(
      expect.arrayContaining(["width", "height", "tooltip"]),
    );
  });
});
