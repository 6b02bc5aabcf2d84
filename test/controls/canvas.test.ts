// Canvas and its shapes in the tester: the tree the browser gets (shapes as children,
// paints and path elements as JSON), the resize event, and bad coordinates refused whole.
import * as ft from "flet-ts";
import { createTester, type Tester, type TreeNode } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { drawingPad } from "../../examples/controls/canvas.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const view = (tester: Tester) => (tester.tree().views as TreeNode[])[0]!;
const canvasNode = (tester: Tester) => (view(tester).controls as TreeNode[])[0]!;

function picture(): ft.Canvas {
  return new ft.Canvas({
    width: 200,
    height: 100,
    tooltip: "A sun over a line",
    shapes: [
      new ft.cv.Line({ x1: 0, y1: 90, x2: 200, y2: 90, paint: { strokeWidth: 2 } }),
      new ft.cv.Circle({ x: 100, y: 40, radius: 30, paint: { color: ft.colors.AMBER } }),
      new ft.cv.Path({
        elements: [
          new ft.cv.Path.MoveTo(10, 10),
          new ft.cv.Path.QuadraticTo(30, 0, 50, 10),
          new ft.cv.Path.Close(),
        ],
        paint: { style: ft.PaintingStyle.STROKE, strokeDashPattern: [4, 2] },
      }),
      new ft.cv.Text("Hi", { x: 100, y: 40, alignment: ft.alignment.center }),
    ],
    content: new ft.Text("over"),
  });
}

describe("Canvas", () => {
  it("sends its shapes in order as children, with paints and path elements", async () => {
    t = await createTester((page) => page.add(picture()));
    const node = canvasNode(t);
    expect(node.type).toBe("canvas");
    const shapes = node.shapes as TreeNode[];
    expect(shapes.map((s) => s.type)).toEqual(["cv.line", "cv.circle", "cv.path", "cv.text"]);
    expect(shapes[1]!.props!).toMatchObject({
      x: 100,
      y: 40,
      radius: 30,
      paint: { color: "amber" },
    });
    expect(shapes[2]!.props!.elements).toEqual([
      { type: "moveto", x: 10, y: 10 },
      { type: "conicto", cp1x: 30, cp1y: 0, x: 50, y: 10, w: 1 },
      { type: "close" },
    ]);
    expect(shapes[3]!.props!).toMatchObject({ text: "Hi", alignment: { x: 0, y: 0 } });
    expect((node.content as TreeNode).type).toBe("text");
    expect(t.find.text("over").exists).toBe(true);
  });

  it("sends a changed shape, and a shape added later", async () => {
    const canvas = picture();
    t = await createTester((page) => page.add(canvas));
    const circle = canvas.shapes[1] as ft.cv.Circle;
    circle.radius = 45;
    canvas.shapes.push(new ft.cv.Rect({ x: 1, y: 2, width: 3, height: 4, borderRadius: 2 }));
    canvas.update();
    await t.settle();
    const shapes = canvasNode(t).shapes as TreeNode[];
    expect(shapes[1]!.props!.radius).toBe(45);
    expect(shapes[4]).toMatchObject({ type: "cv.rect", props: { width: 3, borderRadius: 2 } });
  });

  it("clean() removes every shape at once and keeps the content", async () => {
    const canvas = picture();
    t = await createTester((page) => page.add(canvas));
    canvas.clean();
    await t.settle();
    expect(canvasNode(t).shapes ?? []).toEqual([]);
    expect(t.find.text("over").exists).toBe(true);
  });

  it("reports its size in onResize (Flet's w and h)", async () => {
    const sizes: string[] = [];
    const canvas = new ft.Canvas({
      expand: true,
      resizeInterval: 50,
      onResize: (e) => void sizes.push(`${e.width}x${e.height}`),
    });
    t = await createTester((page) => page.add(canvas));
    expect(canvasNode(t).props!).toMatchObject({ resizeInterval: 50, onResize: true });
    await t.trigger(canvas, "resize", { w: 320, h: 240 });
    expect(sizes).toEqual(["320x240"]);
  });

  it("refuses a NaN or infinite coordinate: nothing of the update is sent", async () => {
    const canvas = picture();
    t = await createTester((page) => page.add(canvas));
    const circle = canvas.shapes[1] as ft.cv.Circle;
    circle.x = Number.NaN;
    circle.radius = 10;
    canvas.update();
    await t.settle();
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    const error = t.errors[0] as ft.FletError;
    expect(error.code).toBe(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(error.message).toMatch(/Expected Circle\.x to be a finite number, but got NaN/);
    expect((canvasNode(t).shapes as TreeNode[])[1]!.props!).toMatchObject({ x: 100, radius: 30 });
    circle.x = 20;
    canvas.update();
    await t.settle();
    expect((canvasNode(t).shapes as TreeNode[])[1]!.props!).toMatchObject({ x: 20, radius: 10 });
  });

  it("refuses an infinite number deep in a path element or a paint", async () => {
    const path = new ft.cv.Path({ elements: [new ft.cv.Path.MoveTo(0, 0)] });
    t = await createTester((page) => page.add(new ft.Canvas({ shapes: [path] })));
    path.elements = [
      new ft.cv.Path.MoveTo(0, 0),
      new ft.cv.Path.LineTo(Number.POSITIVE_INFINITY, 3),
    ];
    path.update();
    await t.settle();
    // JSON props are refused as they are serialised, before validate(): the same refusal.
    t.expectError(ft.ErrorCode.PROP_NOT_SERIALIZABLE);
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect((t.errors[0] as ft.FletError).code).toMatch(/^FLET_ERR_PROP_/);
    expect((t.errors[0] as ft.FletError).message).toMatch(/Path\.elements .*Infinity/);
    const shape = () => (canvasNode(t!).shapes as TreeNode[])[0]!;
    expect(shape().props!.elements).toEqual([{ type: "moveto", x: 0, y: 0 }]);
    path.elements = [new ft.cv.Path.MoveTo(0, 0)];
    path.paint = { strokeWidth: Number.NaN };
    path.update();
    await t.settle();
    expect((t.errors.at(-1) as ft.FletError).message).toMatch(/Path\.paint.*NaN/);
    expect(shape().props!.paint).toBeUndefined();
  });

  it("draws on the gallery's pad: a drag appends one Line per pan update, joined end to start", async () => {
    const status = new ft.Text("");
    const pad = drawingPad(status);
    t = await createTester((page) => page.add(pad, status));
    await t.drag(t.find.byType(ft.GestureDetector), {
      from: { x: 10, y: 20 },
      dx: 80,
      dy: 40,
      steps: 4,
    });
    const lines = (canvasNode(t).shapes as TreeNode[]).slice(1);
    expect(lines.map((line) => line.type)).toEqual(["cv.line", "cv.line", "cv.line", "cv.line"]);
    expect(lines[0]!.props).toMatchObject({ x1: 10, y1: 20, x2: 30, y2: 30 });
    expect(lines[3]!.props).toMatchObject({ x1: 70, y1: 50, x2: 90, y2: 60 });
    expect(t.find.text("4 strokes.").exists).toBe(true);
  });
});
