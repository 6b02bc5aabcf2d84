// Container, Card, Divider and VerticalDivider against the pack contract kit: every prop
// they declare changes what the browser shows, and every event is sent.
import * as ft from "flet-ts";
import { type PackContractReport, triedOnly } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const PIXEL =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
/** Another image than PIXEL: a dot, so fit and repeat show. */
const DOT = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle cx="5" cy="5" r="4" fill="red"/></svg>')}`;

describe("Container, Card and dividers against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.Container, ft.Card, ft.Divider, ft.VerticalDivider],
      samples: {
        container: {
          content: () => new ft.Text("Box"),
          width: 120,
          height: 80,
          bgcolor: ft.colors.AMBER_100,
          // The base64 image wins over imageSrc (as in Flet): tried on its own.
          imageSrc: DOT,
          imageSrcBase64: triedOnly(PIXEL),
          imageFit: ft.ImageFit.COVER,
          imageRepeat: ft.ImageRepeat.REPEAT,
          // A circle hides borderRadius (Flutter forbids both): tried on its own.
          shape: triedOnly(ft.BoxShape.CIRCLE),
          clipBehavior: ft.ClipBehavior.HARD_EDGE,
          // inkColor shows on the ripple of an inked, clickable box (url makes it clickable).
          ink: true,
          themeMode: ft.ThemeMode.DARK,
          padding: 8,
          margin: 4,
          alignment: ft.alignment.bottomRight,
          gradient: {
            type: "linear",
            begin: ft.alignment.centerLeft,
            end: ft.alignment.centerRight,
            colors: [ft.colors.RED, ft.colors.BLUE],
          },
          border: ft.border.all(2, ft.colors.GREEN),
          borderRadius: 6,
          animate: 300,
          blur: 4,
          shadow: { blurRadius: 6, color: ft.colors.BLACK26 },
          url: "https://example.com/",
          blendMode: ft.BlendMode.MULTIPLY,
          imageOpacity: 0.5,
          theme: { colorSchemeSeed: ft.colors.GREEN },
        },
        card: {
          content: () => new ft.Text("Card"),
          margin: 8,
          shape: { type: "roundedRectangle", radius: 4 },
        },
        divider: {},
        verticaldivider: {},
      },
      exempt: {
        container: {
          ...layoutOnly,
          ...noTwin,
          urlTarget: "where url opens: only seen when it is clicked (test/e2e/acted-props.test.ts)",
        },
        card: { ...layoutOnly, ...noTwin },
        divider: { ...layoutOnly, ...noTwin },
        verticaldivider: { ...layoutOnly, ...noTwin },
      },
      triggers: {
        container: {
          // The pointer may already rest where the new box appears: it has to come in.
          hover: async (box, page) => {
            await page.mouse.move(0, 0);
            await box.hover();
          },
          longPress: async (box, page) => {
            await box.hover();
            await page.mouse.down();
            await box.evaluate(() => new Promise((resolve) => setTimeout(resolve, 700)));
            await page.mouse.up();
          },
        },
      },
    });
  }, 900_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining(["container.blendMode", "container.imageOpacity", "card.elevation"]),
    );
  });
});
