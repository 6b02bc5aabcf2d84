/**
 * Canvas: a picture made of every kind of shape and paint (Flet's canvas examples: a
 * smiling face, a path, dashed lines, gradients, text, a shadow), and a free-hand drawing
 * pad (Flet's drawing example: a GestureDetector over a Canvas appends a Line per pan
 * update).
 */
import * as ft from "flet-ts";

export const title = "Canvas";
export const description = "Shapes, paints and gradients on a Canvas, and a free-hand drawing pad.";
export const controls = ["Canvas"] as const;

const { cv } = ft;

/** The gallery picture: every shape, and paints with strokes, dashes and gradients. */
export function picture(): ft.Canvas {
  const stroke: ft.Paint = { style: ft.PaintingStyle.STROKE, strokeWidth: 3 };
  return new ft.Canvas({
    width: 360,
    height: 240,
    tooltip: "A smiling face beside a pink path, a gradient bar and a caption",
    shapes: [
      new cv.Rect({
        x: 0,
        y: 0,
        width: 360,
        height: 240,
        borderRadius: 12,
        paint: { color: ft.colors.SURFACE_VARIANT },
      }),
      new cv.Shadow({
        path: [new cv.Path.Oval(20, 20, 120, 120)],
        color: ft.colors.BLACK,
        elevation: 6,
      }),
      new cv.Circle({ x: 80, y: 80, radius: 60, paint: { color: ft.colors.AMBER } }),
      new cv.Circle({ x: 60, y: 65, radius: 6, paint: { color: ft.colors.BLACK } }),
      new cv.Circle({ x: 100, y: 65, radius: 6, paint: { color: ft.colors.BLACK } }),
      new cv.Arc({
        x: 50,
        y: 60,
        width: 60,
        height: 50,
        startAngle: 0,
        sweepAngle: Math.PI,
        paint: { ...stroke, color: ft.colors.BLACK, strokeCap: ft.StrokeCap.ROUND },
      }),
      new cv.Path({
        elements: [
          new cv.Path.MoveTo(180, 120),
          new cv.Path.QuadraticTo(205, 20, 290, 30),
          new cv.Path.LineTo(255, 120),
          new cv.Path.Close(),
        ],
        paint: { ...stroke, color: ft.colors.PINK, strokeJoin: ft.StrokeJoin.ROUND },
      }),
      new cv.Line({
        x1: 180,
        y1: 140,
        x2: 340,
        y2: 140,
        paint: { color: ft.colors.BLUE, strokeWidth: 4, strokeDashPattern: [10, 6] },
      }),
      new cv.Rect({
        x: 180,
        y: 155,
        width: 160,
        height: 24,
        borderRadius: 6,
        paint: {
          gradient: {
            type: "linear",
            begin: [180, 0],
            end: [340, 0],
            colors: [ft.colors.PRIMARY, ft.colors.TERTIARY],
          },
        },
      }),
      new cv.Points({
        points: [
          [300, 60],
          [320, 100],
          [340, 60],
        ],
        pointMode: cv.PointMode.POINTS,
        paint: { strokeWidth: 8, strokeCap: ft.StrokeCap.ROUND, color: ft.colors.GREEN },
      }),
      new cv.Text("Shapes on a canvas", {
        x: 180,
        y: 215,
        alignment: ft.alignment.center,
        style: { size: 18, weight: ft.FontWeight.BOLD, color: ft.colors.ON_SURFACE_VARIANT },
      }),
    ],
  });
}

/**
 * Flet's drawing example: a pan over the pad appends a Line from the last point to the
 * new one; "Clear" removes them.
 */
export function drawingPad(status: ft.Text): ft.Canvas {
  let last = { x: 0, y: 0 };
  const pen: ft.Paint = { strokeWidth: 3, color: ft.colors.PRIMARY, strokeCap: ft.StrokeCap.ROUND };
  const pad: ft.Canvas = new ft.Canvas({
    width: 360,
    height: 220,
    tooltip: "Drawing pad: drag to draw",
    shapes: [
      new cv.Rect({
        x: 0,
        y: 0,
        width: 360,
        height: 220,
        paint: { color: ft.colors.SURFACE_VARIANT },
      }),
    ],
    content: new ft.GestureDetector({
      dragInterval: 10,
      onPanStart: (e) => {
        last = { x: e.localX, y: e.localY };
      },
      onPanUpdate: (e) => {
        pad.shapes.push(
          new cv.Line({ x1: last.x, y1: last.y, x2: e.localX, y2: e.localY, paint: pen }),
        );
        last = { x: e.localX, y: e.localY };
        status.value = `${pad.shapes.length - 1} strokes.`;
        pad.update();
        status.update();
      },
    }),
  });
  return pad;
}

export function main(page: ft.Page): void {
  page.title = title;
  page.scroll = ft.ScrollMode.AUTO;
  const heading = (text: string) =>
    new ft.Text(text, { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM });
  const status = new ft.Text("Drag on the pad to draw.");
  const pad = drawingPad(status);
  const size = new ft.Text("");
  pad.onResize = (e) => {
    size.value = `Pad ${Math.round(e.width)} × ${Math.round(e.height)}.`;
    size.update();
  };
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    heading("Shapes and paints"),
    picture(),
    heading("Free-hand drawing"),
    pad,
    new ft.Row([
      new ft.OutlinedButton("Clear", {
        onClick: () => {
          pad.shapes.splice(1);
          pad.update();
          status.value = "Drag on the pad to draw.";
          status.update();
        },
      }),
      status,
      size,
    ]),
  );
}
