// TextSpan against the pack contract kit: every prop it declares changes what the browser
// shows, and every event is sent, over the built-in controls pack.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns } from "./contract.js";

describe("TextSpan against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.TextSpan],
      samples: {
        textspan: {
          text: "span",
          style: { color: "#d81b60", size: 20, weight: "bold" },
          url: "https://example.com/",
          opacity: 0.5,
          tooltip: "A span",
        },
      },
      exempt: {
        textspan: {
          urlTarget: "where url opens: only seen when the span is clicked (url is checked)",
          expand: "a span flows inline in its Text: it takes part in no flex layout",
          expandLoose: "a span flows inline in its Text: it takes part in no flex layout",
          col: "a span flows inline in its Text: it is never in a ResponsiveRow",
          adaptive: "a span has no Cupertino twin",
          rtl: "the direction of a span's text comes from its Text",
        },
      },
      triggers: {
        textspan: {
          click: (span) => span.click(),
          // Pointer enter and leave, as the browser dispatches them (no layout needed).
          enter: (span) => span.dispatchEvent("mouseenter"),
          exit: (span) => span.dispatchEvent("mouseleave"),
        },
      },
    });
  }, 120_000);

  it("draws every declared prop of TextSpan and sends its events", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => check.member);
    expect(members).toEqual(
      expect.arrayContaining(["text", "style", "url", "click", "enter", "exit"]),
    );
  });
});
