import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

const { cv } = ft;

export const control: GalleryControl = {
  slug: "canvas",
  name: "Canvas",
  description:
    'Canvas is a control for drawing arbitrary graphics using a set of primitives or "shapes" such as line, arc, path and text.',
  examples: [
    {
      name: "Basic usage",
      example: () => {
        const strokePaint: ft.Paint = { strokeWidth: 2, style: ft.PaintingStyle.STROKE };
        const fillPaint: ft.Paint = { style: ft.PaintingStyle.FILL };
        return new ft.Canvas({
          shapes: [
            new cv.Circle(100, 100, 50, strokePaint),
            new cv.Circle(80, 90, 10, strokePaint),
            new cv.Circle(84, 87, 5, fillPaint),
            new cv.Circle(120, 90, 10, strokePaint),
            new cv.Circle(124, 87, 5, fillPaint),
            new cv.Arc(70, 95, 60, 40, 0, Math.PI, false, strokePaint),
          ],
          width: 200,
          height: 200,
        });
      },
    },
    {
      name: "Path shape example",
      example: () =>
        new ft.Canvas({
          shapes: [
            new cv.Path(
              [
                new cv.Path.MoveTo(25, 25),
                new cv.Path.LineTo(105, 25),
                new cv.Path.LineTo(25, 105),
              ],
              { style: ft.PaintingStyle.FILL },
            ),
            new cv.Path(
              [
                new cv.Path.MoveTo(125, 125),
                new cv.Path.LineTo(125, 45),
                new cv.Path.LineTo(45, 125),
                new cv.Path.Close(),
              ],
              { strokeWidth: 2, style: ft.PaintingStyle.STROKE },
            ),
          ],
          width: 200,
          height: 200,
        }),
    },
    {
      name: "Bezier curve",
      example: () =>
        new ft.Canvas({
          shapes: [
            new cv.Path(
              [
                new cv.Path.MoveTo(75, 25),
                new cv.Path.QuadraticTo(25, 25, 25, 62.5),
                new cv.Path.QuadraticTo(25, 100, 50, 100),
                new cv.Path.QuadraticTo(50, 120, 30, 125),
                new cv.Path.QuadraticTo(60, 120, 65, 100),
                new cv.Path.QuadraticTo(125, 100, 125, 62.5),
                new cv.Path.QuadraticTo(125, 25, 75, 25),
              ],
              { strokeWidth: 2, style: ft.PaintingStyle.STROKE },
            ),
            new cv.Path(
              [
                new cv.Path.SubPath(
                  [
                    new cv.Path.MoveTo(75, 40),
                    new cv.Path.CubicTo(75, 37, 70, 25, 50, 25),
                    new cv.Path.CubicTo(20, 25, 20, 62.5, 20, 62.5),
                    new cv.Path.CubicTo(20, 80, 40, 102, 75, 120),
                    new cv.Path.CubicTo(110, 102, 130, 80, 130, 62.5),
                    new cv.Path.CubicTo(130, 62.5, 130, 25, 100, 25),
                    new cv.Path.CubicTo(85, 25, 75, 37, 75, 40),
                  ],
                  100,
                  100,
                ),
              ],
              {
                gradient: {
                  type: "radial",
                  center: [150, 150],
                  radius: 50,
                  colors: [ft.colors.PINK_100, ft.colors.PINK],
                },
                style: ft.PaintingStyle.FILL,
              },
            ),
          ],
          width: 300,
          height: 300,
        }),
    },
    {
      name: "Drawing text",
      example: () =>
        new ft.Canvas({
          shapes: [
            new cv.Text(0, 0, "Just a text"),
            new cv.Circle(200, 100, 2, { color: ft.colors.RED }),
            new cv.Text(
              200,
              100,
              "Rotated",
              { weight: ft.FontWeight.BOLD, size: 30 },
              {
                spans: [
                  new ft.TextSpan("around top_center", {
                    style: { italic: true, color: ft.colors.GREEN, size: 20 },
                  }),
                ],
                alignment: ft.alignment.topCenter,
                rotate: Math.PI * 0.15,
              },
            ),
            new cv.Circle(400, 100, 2, { color: ft.colors.RED }),
            new cv.Text(
              400,
              100,
              "Rotated around top_left",
              { size: 20 },
              {
                alignment: ft.alignment.topLeft,
                rotate: Math.PI * -0.15,
              },
            ),
            new cv.Circle(600, 200, 2, { color: ft.colors.RED }),
            new cv.Text(
              600,
              200,
              "Rotated around center",
              { size: 20 },
              {
                alignment: ft.alignment.center,
                rotate: Math.PI / 2,
              },
            ),
            new cv.Text(
              300,
              400,
              "Limited to max_width and right-aligned.\nLorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.",
              undefined,
              { textAlign: ft.TextAlign.RIGHT, maxWidth: 400 },
            ),
            // Flet strokes "WOW!" with a Paint foreground; flet-ts text styles have no
            // foreground paint, so it is drawn in plain colours.
            new cv.Text(200, 200, "WOW!", {
              weight: ft.FontWeight.BOLD,
              size: 100,
              color: ft.colors.PINK,
            }),
          ],
          width: 700,
          height: 700,
        }),
    },
    {
      name: "Free-hand drawing tool",
      example: () => {
        const state = { x: 0, y: 0 };
        const cp: ft.Canvas = new ft.Canvas({
          shapes: [
            new cv.Fill({
              paint: {
                gradient: {
                  type: "linear",
                  begin: [0, 0],
                  end: [600, 600],
                  colors: [ft.colors.CYAN_50, ft.colors.GREY],
                },
              },
            }),
          ],
          content: new ft.GestureDetector({
            onPanStart: (e) => {
              state.x = e.localX;
              state.y = e.localY;
            },
            onPanUpdate: (e) => {
              cp.shapes.push(new cv.Line(state.x, state.y, e.localX, e.localY, { strokeWidth: 3 }));
              state.x = e.localX;
              state.y = e.localY;
            },
            dragInterval: 10,
          }),
          expand: false,
        });
        return new ft.Container(cp, { borderRadius: 5, width: 500, height: 500 });
      },
    },
  ],
};
