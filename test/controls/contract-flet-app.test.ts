// FletApp against the pack contract kit: every prop it declares changes what the browser
// shows, except Flet's reconnect options and onError, browser no-ops (see FletApp's TSDoc).
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
      expect.arrayContaining(["url", "width", "height"]),
    );
  });
});
