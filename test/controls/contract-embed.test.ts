// Lottie and WebView against the pack contract kit: every prop they declare changes what
// the browser shows, and every event is sent; the exemptions say why a member is checked
// elsewhere (test/e2e/embed.test.ts) instead.
import * as ft from "flet-ts";
import { type PackContractReport, triedOnly } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

/** A still composition (one square), so only the props under check change the DOM. */
const SQUARE = Buffer.from(
  JSON.stringify({
    v: "5.7.4",
    fr: 30,
    ip: 0,
    op: 30,
    w: 64,
    h: 48,
    layers: [
      {
        ty: 4,
        ind: 1,
        ip: 0,
        op: 30,
        st: 0,
        ks: {
          o: { a: 0, k: 100 },
          r: { a: 0, k: 0 },
          p: { a: 0, k: [32, 24, 0] },
          a: { a: 0, k: [0, 0, 0] },
          s: { a: 0, k: [100, 100, 100] },
        },
        shapes: [
          { ty: "rc", d: 1, s: { a: 0, k: [20, 20] }, p: { a: 0, k: [0, 0] }, r: { a: 0, k: 0 } },
          { ty: "fl", c: { a: 0, k: [0.4, 0.3, 0.6, 1] }, o: { a: 0, k: 100 }, r: 1 },
        ],
      },
    ],
  }),
).toString("base64");

const page = (text: string) =>
  `data:text/html,${encodeURIComponent(`<title>${text}</title>${text}`)}`;

/** Why a required source is not checked by leaving it out (the kit's first step). */
const REQUIRED =
  "required: the kit mounts the control without the prop under check, which validate() refuses";

describe("Lottie and WebView against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.Lottie, ft.WebView],
      samples: {
        lottie: {
          // srcBase64 wins; without it the (missing) src leaves an empty, failed box.
          src: "/flet-contract-missing.json",
          srcBase64: SQUARE,
          // Each would hide the others' effect on the playback (data-playback).
          repeat: triedOnly(false),
          reverse: true,
          animate: triedOnly(false),
          backgroundLoading: true,
          filterQuality: ft.FilterQuality.NONE,
          fit: ft.ImageFit.FILL,
        },
        webview: {
          url: page("One"),
          javascriptEnabled: false,
          bgcolor: "#ffeb3b",
          preventLink: "https://flet.dev/",
        },
      },
      exempt: {
        lottie: {
          ...layoutOnly,
          ...noTwin,
          src: `${REQUIRED}, and srcBase64 wins over it; loading from src is checked in test/e2e/embed.test.ts`,
        },
        webview: {
          ...layoutOnly,
          ...noTwin,
          url: `${REQUIRED}; navigating by url is checked in test/e2e/embed.test.ts`,
          preventLink:
            "it acts on clicks inside a same-origin page, not on the frame's element; checked in test/e2e/embed.test.ts",
          webResourceError:
            "only a same-origin page that fails can report it, and the kit's stage serves none (a missing path gets the app's index); checked in test/e2e/embed.test.ts with a 404",
        },
      },
      triggers: {
        lottie: {
          error: async (_locator, _tab, instance) => {
            const lottie = instance as ft.Lottie;
            lottie.srcBase64 = Buffer.from("{not json").toString("base64");
            lottie.update();
          },
        },
        webview: {
          pageStarted: async (_locator, _tab, instance) => {
            const webview = instance as ft.WebView;
            webview.url = page("Two");
            webview.update();
          },
          pageEnded: async (_locator, _tab, instance) => {
            const webview = instance as ft.WebView;
            webview.url = page("Three");
            webview.update();
          },
        },
      },
    });
  }, 240_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "lottie.srcBase64",
        "lottie.reverse",
        "lottie.fit",
        "lottie.error",
        "webview.javascriptEnabled",
        "webview.bgcolor",
        "webview.pageStarted",
        "webview.pageEnded",
      ]),
    );
  });
});
