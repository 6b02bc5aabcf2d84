// Canvas and its shapes against the pack contract kit: every prop changes what is painted
// (the Canvas and each shape carry data-paint, a hash of the 2D context calls their
// painting made, so a prop the painter ignores leaves it unchanged), and resize is sent.
// Slots are not props to the kit: shapes and content are checked in test/e2e/canvas.test.ts.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const paint: ft.Paint = { color: "#1e88e5", strokeWidth: 3 };
/** Flet's client paints shapes and ignores these members they inherit from Control. */
const shapeExempt = {
  ...noTwin,
  ...layoutOnly,
  tooltip:
    "a shape is painted, not a widget: Flet's client gives it no tooltip (the Canvas's names the picture)",
  disabled: "a shape takes no input: Flet's client paints it the same",
} as const;

describe("Canvas and its shapes against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [
        ft.Canvas,
        ft.cv.Arc,
        ft.cv.Circle,
        ft.cv.Color,
        ft.cv.Fill,
        ft.cv.Line,
        ft.cv.Oval,
        ft.cv.Path,
        ft.cv.Points,
        ft.cv.Rect,
        ft.cv.Shadow,
        ft.cv.Text,
      ],
      samples: {
        canvas: {
          width: 120,
          height: 80,
          shapes: () => [new ft.cv.Circle({ x: 40, y: 40, radius: 20, paint })],
          content: () => new ft.Text("Over"),
        },
        "cv.arc": { x: 5, y: 5, width: 60, height: 40, startAngle: 0.5, sweepAngle: 2, paint },
        "cv.circle": { x: 30, y: 30, radius: 20, paint },
        "cv.color": { color: "#1e88e5", blendMode: ft.BlendMode.MULTIPLY },
        "cv.fill": {
          paint: {
            gradient: { type: "radial", center: [40, 40], radius: 30, colors: ["red", "blue"] },
          },
        },
        "cv.line": { x1: 5, y1: 5, x2: 60, y2: 40, paint },
        "cv.oval": { x: 5, y: 5, width: 60, height: 30, paint },
        "cv.path": {
          elements: [
            new ft.cv.Path.MoveTo(5, 5),
            new ft.cv.Path.CubicTo(20, 0, 40, 60, 60, 20),
            new ft.cv.Path.Close(),
          ],
          paint: { ...paint, style: ft.PaintingStyle.STROKE, strokeDashPattern: [4, 2] },
        },
        "cv.points": {
          points: [
            [5, 5],
            [30, 40],
            [60, 10],
          ],
          paint,
          pointMode: ft.cv.PointMode.POLYGON,
        },
        "cv.rect": { x: 5, y: 5, width: 60, height: 30, borderRadius: 6, paint },
        "cv.shadow": {
          path: [new ft.cv.Path.Rect(10, 10, 50, 30)],
          color: "#000000",
          elevation: 6,
        },
        "cv.text": {
          text: "A few words on a canvas",
          x: 60,
          y: 30,
          maxWidth: 100,
          // Two lines: one is what an ellipsis alone already cuts to.
          maxLines: 2,
          ellipsis: "…",
          // Right: left is where a line starts anyway.
          textAlign: ft.TextAlign.RIGHT,
          spans: () => [new ft.TextSpan(" and a span", { style: { weight: ft.FontWeight.BOLD } })],
          style: { size: 16, color: "#1e88e5" },
          alignment: ft.alignment.center,
          rotate: 0.2,
        },
      },
      exempt: {
        canvas: {
          ...layoutOnly,
          ...noTwin,
          resizeInterval:
            "a timing (the least ms between resize events): checked in test/e2e/canvas.test.ts",
        },
        "cv.arc": shapeExempt,
        "cv.circle": shapeExempt,
        "cv.color": shapeExempt,
        "cv.fill": shapeExempt,
        "cv.line": shapeExempt,
        "cv.oval": shapeExempt,
        "cv.path": shapeExempt,
        "cv.points": shapeExempt,
        "cv.rect": shapeExempt,
        "cv.shadow": shapeExempt,
        "cv.text": shapeExempt,
      },
      triggers: {
        canvas: {
          // The canvas is laid out at a new size (as a window resize would).
          resize: (_locator, _tab, instance) => {
            const canvas = instance as ft.Canvas;
            canvas.width = 200;
            canvas.update();
          },
        },
      },
    });
  }, 400_000);

  it("paints every declared prop and sends resize", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "canvas.resize",
        "cv.path.elements",
        "cv.text.ellipsis",
        "cv.points.pointMode",
        "cv.text.textAlign",
        "cv.shadow.transparentOccluder",
      ]),
    );
  });
});
