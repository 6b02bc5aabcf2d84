/**
 * The layout conformance table: small trees with the boxes Flutter's rules give them in
 * Flet 0.21 (docs/guides/layout.md). The viewport is 800×600 and the page keeps Flet's
 * defaults (padding 10, spacing 10, a START/START column), so the page's content box is
 * x 10…790, y 10…590. Widths that depend on a font are checked as relations.
 */
import * as ft from "flet-ts";
import { expect } from "vitest";
import type { Scenario } from "./harness.js";

/** A coloured fixed-size box (a Container with width and height). */
function box(
  key: string,
  width?: number,
  height?: number,
  options: ft.ControlOptions<ft.Container> = {},
): ft.Container {
  return new ft.Container({ key, width, height, bgcolor: ft.colors.BLUE_200, ...options });
}

const LONG = "The quick brown fox jumps over the lazy dog, again and again and again.";

/** Every scenario, in the order the guide explains the rules. */
export const scenarios: Scenario[] = [
  // ── The page ────────────────────────────────────────────────────────────────
  {
    name: "page defaults: padding 10, spacing 10, children at the top left",
    rule: "The view is a Column (START/START) inside 10 px of padding, with 10 px between children.",
    build: () => [box("a", 100, 50), box("b", 100, 50)],
    expect: { a: { x: 10, y: 10, width: 100, height: 50 }, b: { x: 10, y: 70 } },
  },
  {
    name: "page padding 0 and spacing 0",
    rule: "padding and spacing of the page replace the defaults.",
    page: { padding: 0, spacing: 0 },
    build: () => [box("a", 100, 50), box("b", 100, 50)],
    expect: { a: { x: 0, y: 0 }, b: { x: 0, y: 50 } },
  },
  {
    name: "a button on the page keeps its own width",
    rule: "The page column gives loose cross-axis constraints: a button is as wide as its label.",
    build: () => [new ft.ElevatedButton("Go", { key: "go" })],
    expect: { go: { x: 10, y: 10, height: 40 } },
    check: (b) => expect(b.go!.width).toBeLessThan(120),
  },
  {
    name: "a fixed width wider than the page is clamped to it",
    rule: "A size is a constraint that the parent's constraints clamp: width 1200 in a 780 px column is 780.",
    build: () => [
      box("a", 1200, 50),
      new ft.Column({ key: "c", width: 1000, controls: [box("b", 100, 20)] }),
    ],
    expect: { a: { x: 10, width: 780, height: 50 }, c: { x: 10, width: 780 } },
  },
  {
    name: "a fixed width inside a padded container is clamped to its content box",
    rule: "A Container passes its constraints minus padding: a 500 px child of a 300 px box with 20 px padding is 260 px.",
    build: () => [
      new ft.Container({
        key: "outer",
        width: 300,
        padding: 20,
        bgcolor: ft.colors.AMBER_100,
        content: box("inner", 500, 30),
      }),
    ],
    expect: { outer: { width: 300 }, inner: { x: 30, width: 260 } },
  },
  {
    name: "page horizontal_alignment CENTER",
    rule: "Cross-axis CENTER centres each child in the 780 px content width.",
    page: { horizontalAlignment: ft.CrossAxisAlignment.CENTER },
    build: () => [box("a", 100, 50)],
    expect: { a: { x: 350 } },
  },
  {
    name: "page horizontal_alignment END",
    rule: "Cross-axis END puts each child at the right edge of the content box.",
    page: { horizontalAlignment: ft.CrossAxisAlignment.END },
    build: () => [box("a", 100, 50)],
    expect: { a: { x: 690 } },
  },
  {
    name: "page horizontal_alignment STRETCH",
    rule: "Cross-axis STRETCH gives tight width: a Container without width spans 780 px.",
    page: { horizontalAlignment: ft.CrossAxisAlignment.STRETCH },
    build: () => [box("a", undefined, 50)],
    expect: { a: { x: 10, width: 780, height: 50 } },
  },
  {
    name: "page vertical_alignment CENTER",
    rule: "The page column has the viewport's height: main-axis CENTER centres the children in it.",
    page: { verticalAlignment: ft.MainAxisAlignment.CENTER },
    build: () => [box("a", 100, 50)],
    expect: { a: { y: 275 } },
  },
  {
    name: "page vertical_alignment END",
    rule: "Main-axis END puts the last child at the bottom of the content box.",
    page: { verticalAlignment: ft.MainAxisAlignment.END },
    build: () => [box("a", 100, 50)],
    expect: { a: { y: 540 } },
  },
  {
    name: "expand in the page column",
    rule: "The page column is bounded: an expand=1 child takes the height left (580 − 50 − 10).",
    build: () => [box("a", 100, 50), box("e", 100, undefined, { expand: 1 })],
    expect: { e: { y: 70, height: 520 } },
  },
  // ── Row ─────────────────────────────────────────────────────────────────────
  {
    name: "a Row fills a bounded width",
    rule: "A Row's main axis size is max: it is as wide as its parent allows (780).",
    build: () => [new ft.Row({ key: "r", controls: [box("a", 50, 50)] })],
    expect: { r: { x: 10, width: 780, height: 50 }, a: { x: 10 } },
  },
  {
    name: "Row expand ratios with spacing",
    rule: "Expanded children share the width left after spacing (760) by flex: 1:2:1.",
    build: () => [
      new ft.Row({
        controls: [
          box("a", undefined, 30, { expand: 1 }),
          box("b", undefined, 30, { expand: 2 }),
          box("c", undefined, 30, { expand: 1 }),
        ],
      }),
    ],
    expect: { a: { x: 10, width: 190 }, b: { x: 210, width: 380 }, c: { x: 600, width: 190 } },
  },
  {
    name: "expand on a control wider than its share",
    rule: "Expanded gives tight constraints: a long-label button gets its share, not its natural width.",
    build: () => [
      new ft.Row({
        width: 300,
        controls: [
          new ft.ElevatedButton("A button with a very long label indeed", { key: "a", expand: 1 }),
          box("b", undefined, 30, { expand: 1 }),
        ],
      }),
    ],
    expect: { a: { x: 10, width: 145 }, b: { x: 165, width: 145 } },
  },
  {
    name: "expand_loose keeps the natural width",
    rule: "Flexible (expand_loose) gives loose constraints: the child keeps its own size up to its share.",
    build: () => [
      new ft.Row({
        width: 400,
        controls: [
          new ft.Container({ key: "l", expand: 1, expandLoose: true, content: box("in", 50, 30) }),
          box("b", 50, 30),
        ],
      }),
    ],
    expect: { l: { x: 10, width: 50 }, b: { x: 70 } },
  },
  {
    name: "Row alignment CENTER",
    rule: "Main-axis CENTER puts the children (110 px with spacing) in the middle of 780 px.",
    build: () => [
      new ft.Row({
        alignment: ft.MainAxisAlignment.CENTER,
        controls: [box("a", 50, 50), box("b", 50, 50)],
      }),
    ],
    expect: { a: { x: 345 }, b: { x: 405 } },
  },
  {
    name: "Row alignment END",
    rule: "Main-axis END puts the last child at the right edge.",
    build: () => [
      new ft.Row({
        alignment: ft.MainAxisAlignment.END,
        controls: [box("a", 50, 50), box("b", 50, 50)],
      }),
    ],
    expect: { a: { x: 680 }, b: { x: 740 } },
  },
  {
    name: "SPACE_BETWEEN in a fixed-width Row",
    rule: "SPACE_BETWEEN ignores spacing: first at the start, last at the end, the rest evenly between.",
    build: () => [
      new ft.Row({
        key: "r",
        width: 400,
        alignment: ft.MainAxisAlignment.SPACE_BETWEEN,
        controls: [box("a", 50, 50), box("b", 50, 50), box("c", 50, 50)],
      }),
    ],
    expect: { r: { width: 400 }, a: { x: 10 }, b: { x: 185 }, c: { x: 360 } },
  },
  {
    name: "SPACE_AROUND",
    rule: "SPACE_AROUND gives each child half a gap on both sides (300 free → 75 each side).",
    build: () => [
      new ft.Row({
        width: 400,
        alignment: ft.MainAxisAlignment.SPACE_AROUND,
        controls: [box("a", 50, 50), box("b", 50, 50)],
      }),
    ],
    expect: { a: { x: 85 }, b: { x: 285 } },
  },
  {
    name: "SPACE_EVENLY",
    rule: "SPACE_EVENLY makes every gap equal, ends included (300 free → 100).",
    build: () => [
      new ft.Row({
        width: 400,
        alignment: ft.MainAxisAlignment.SPACE_EVENLY,
        controls: [box("a", 50, 50), box("b", 50, 50)],
      }),
    ],
    expect: { a: { x: 110 }, b: { x: 260 } },
  },
  {
    name: "Row cross axis: CENTER by default",
    rule: "A Row is as tall as its tallest child and centres the others vertically.",
    build: () => [new ft.Row({ key: "r", controls: [box("a", 50, 100), box("b", 50, 20)] })],
    expect: { r: { height: 100 }, b: { y: 50 } },
  },
  {
    name: "Row vertical_alignment START",
    rule: "Cross-axis START puts children at the top.",
    build: () => [
      new ft.Row({
        verticalAlignment: ft.CrossAxisAlignment.START,
        controls: [box("a", 50, 100), box("b", 50, 20)],
      }),
    ],
    expect: { b: { y: 10 } },
  },
  {
    name: "Row vertical_alignment END",
    rule: "Cross-axis END puts children at the bottom.",
    build: () => [
      new ft.Row({
        verticalAlignment: ft.CrossAxisAlignment.END,
        controls: [box("a", 50, 100), box("b", 50, 20)],
      }),
    ],
    expect: { b: { y: 90 } },
  },
  {
    name: "Row vertical_alignment STRETCH",
    rule: "Cross-axis STRETCH gives tight height: a Container without height is as tall as the row.",
    build: () => [
      new ft.Row({
        verticalAlignment: ft.CrossAxisAlignment.STRETCH,
        controls: [box("a", 50, 100), box("b", 50)],
      }),
    ],
    expect: { b: { y: 10, height: 100 } },
  },
  {
    name: "Row tight",
    rule: "tight=True makes the main axis size min: the row is as wide as its children.",
    build: () => [
      new ft.Row({ key: "r", tight: true, controls: [box("a", 50, 50), box("b", 50, 50)] }),
    ],
    expect: { r: { width: 110 } },
  },
  {
    name: "Row spacing",
    rule: "spacing is the gap between children (10 by default).",
    build: () => [new ft.Row({ spacing: 25, controls: [box("a", 50, 50), box("b", 50, 50)] })],
    expect: { b: { x: 85 } },
  },
  {
    name: "Row wrap",
    rule: "wrap=True flows children into runs; run_spacing is the gap between runs.",
    build: () => [
      new ft.Row({
        width: 200,
        wrap: true,
        runSpacing: 5,
        controls: [box("a", 90, 20), box("b", 90, 20), box("c", 90, 20)],
      }),
    ],
    expect: { b: { x: 110, y: 10 }, c: { x: 10, y: 35 } },
  },
  {
    name: "Row scroll",
    rule: "scroll makes the row a viewport of its width; the children keep their sizes.",
    build: () => [
      new ft.Row({
        key: "r",
        width: 200,
        scroll: ft.ScrollMode.AUTO,
        controls: [box("a", 100, 30), box("b", 100, 30), box("c", 100, 30)],
      }),
    ],
    expect: { r: { width: 200 }, c: { x: 230, width: 100 } },
  },
  // ── Column ──────────────────────────────────────────────────────────────────
  {
    name: "Column in an aligned Container: not tight",
    rule: "A Column's main axis size is max: with loose bounded height it is as tall as allowed (300).",
    build: () => [
      new ft.Container({
        width: 200,
        height: 300,
        alignment: ft.alignment.center,
        content: new ft.Column({ key: "c", controls: [box("a", 50, 50)] }),
      }),
    ],
    expect: { c: { x: 85, y: 10, width: 50, height: 300 } },
  },
  {
    name: "Column tight",
    rule: "tight=True makes the main axis size min: the column is as tall as its children.",
    build: () => [
      new ft.Container({
        width: 200,
        height: 300,
        alignment: ft.alignment.center,
        content: new ft.Column({ key: "c", tight: true, controls: [box("a", 50, 50)] }),
      }),
    ],
    expect: { c: { x: 85, y: 135, height: 50 } },
  },
  {
    name: "Column horizontal_alignment START (default)",
    rule: "A Column gives its children loose width: each keeps its own width at the left.",
    build: () => [
      new ft.Column({
        key: "c",
        width: 300,
        controls: [box("a", 100, 20), new ft.ElevatedButton("Go", { key: "go" })],
      }),
    ],
    expect: { c: { width: 300 }, a: { x: 10 }, go: { x: 10 } },
    check: (b) => expect(b.go!.width).toBeLessThan(120),
  },
  {
    name: "Column horizontal_alignment CENTER",
    rule: "Cross-axis CENTER centres each child in the column's width.",
    build: () => [
      new ft.Column({
        width: 300,
        horizontalAlignment: ft.CrossAxisAlignment.CENTER,
        controls: [box("a", 100, 20)],
      }),
    ],
    expect: { a: { x: 110 } },
  },
  {
    name: "Column horizontal_alignment END",
    rule: "Cross-axis END puts each child at the right edge.",
    build: () => [
      new ft.Column({
        width: 300,
        horizontalAlignment: ft.CrossAxisAlignment.END,
        controls: [box("a", 100, 20)],
      }),
    ],
    expect: { a: { x: 210 } },
  },
  {
    name: "Column horizontal_alignment STRETCH",
    rule: "Cross-axis STRETCH gives tight width: children span the column.",
    build: () => [
      new ft.Column({
        width: 300,
        horizontalAlignment: ft.CrossAxisAlignment.STRETCH,
        controls: [box("a", undefined, 20), new ft.ElevatedButton("Go", { key: "go" })],
      }),
    ],
    expect: { a: { width: 300 }, go: { width: 300 } },
  },
  {
    name: "Column width follows its widest child",
    rule: "Without width a column in a loose parent is as wide as its widest child.",
    build: () => [new ft.Column({ key: "c", controls: [box("a", 120, 20), box("b", 60, 20)] })],
    expect: { c: { width: 120, height: 50 } },
  },
  {
    name: "Column alignment END in a fixed-height Container",
    rule: "A Container with a size gives its child tight constraints; the column fills 100×200.",
    build: () => [
      new ft.Container({
        width: 100,
        height: 200,
        content: new ft.Column({
          key: "c",
          alignment: ft.MainAxisAlignment.END,
          controls: [box("a", 50, 50)],
        }),
      }),
    ],
    expect: { c: { width: 100, height: 200 }, a: { y: 160 } },
  },
  {
    name: "Column alignment CENTER",
    rule: "Main-axis CENTER centres the children in the column's height.",
    build: () => [
      new ft.Container({
        width: 100,
        height: 200,
        content: new ft.Column({
          alignment: ft.MainAxisAlignment.CENTER,
          controls: [box("a", 50, 50)],
        }),
      }),
    ],
    expect: { a: { y: 85 } },
  },
  {
    name: "Column SPACE_BETWEEN",
    rule: "SPACE_BETWEEN puts the first child at the top and the last at the bottom.",
    build: () => [
      new ft.Container({
        width: 100,
        height: 200,
        content: new ft.Column({
          alignment: ft.MainAxisAlignment.SPACE_BETWEEN,
          controls: [box("a", 50, 50), box("b", 50, 50)],
        }),
      }),
    ],
    expect: { a: { y: 10 }, b: { y: 160 } },
  },
  {
    name: "Column spacing",
    rule: "spacing is the vertical gap between children.",
    build: () => [new ft.Column({ spacing: 20, controls: [box("a", 50, 30), box("b", 50, 30)] })],
    expect: { b: { y: 60 } },
  },
  {
    name: "expand in a Column of fixed height",
    rule: "An expand=1 child takes the height left (300 − 50 − 10); an empty Container fills the width.",
    build: () => [
      new ft.Container({
        width: 100,
        height: 300,
        content: new ft.Column({
          controls: [
            box("a", 50, 50),
            new ft.Container({ key: "e", expand: 1, bgcolor: ft.colors.RED_200 }),
          ],
        }),
      }),
    ],
    expect: { e: { x: 10, y: 70, width: 100, height: 240 } },
  },
  {
    name: "Column scroll",
    rule: "scroll makes the column a viewport of its height; children keep their sizes.",
    build: () => [
      new ft.Column({
        key: "c",
        height: 100,
        scroll: ft.ScrollMode.AUTO,
        controls: [box("a", 50, 80), box("b", 50, 80), box("c3", 50, 80)],
      }),
    ],
    expect: { c: { height: 100 }, c3: { y: 190, height: 80 } },
  },
  {
    name: "Row in a Column in a fixed-width Container",
    rule: "Container(width 350, padding 20) gives its column tight 310; the row takes all 310.",
    build: () => [
      new ft.Container({
        width: 350,
        padding: 20,
        content: new ft.Column({
          controls: [new ft.Row({ key: "r", controls: [box("a", 40, 40)] })],
        }),
      }),
    ],
    expect: { r: { x: 30, y: 30, width: 310 } },
  },
  {
    name: "buttons with expand share a row equally, 2:1 for expand=2",
    rule: "Expanded buttons get tight widths: (310 − 30) / 4 = 70 each; expand=2 gets twice expand=1.",
    build: () => [
      new ft.Container({
        width: 350,
        padding: 20,
        content: new ft.Column({
          controls: [
            new ft.Row({
              controls: ["AC", "+/-", "%", "/"].map(
                (t, i) => new ft.ElevatedButton(t, { key: `b${i}`, expand: 1 }),
              ),
            }),
            new ft.Row({
              controls: [
                new ft.ElevatedButton("0", { key: "zero", expand: 2 }),
                new ft.ElevatedButton(".", { key: "dot", expand: 1 }),
                new ft.ElevatedButton("=", { key: "eq", expand: 1 }),
              ],
            }),
          ],
        }),
      }),
    ],
    expect: {
      b0: { x: 30, width: 70 },
      b1: { x: 110, width: 70 },
      b2: { x: 190, width: 70 },
      b3: { x: 270, width: 70 },
      zero: { x: 30, width: 145 },
      dot: { x: 185, width: 72.5 },
      eq: { x: 267.5, width: 72.5 },
    },
  },
  // ── Container ───────────────────────────────────────────────────────────────
  {
    name: "an empty Container in a column",
    rule: "A Container without child and size expands to the bounded width (780) and is 0 tall.",
    build: () => [new ft.Container({ key: "e", bgcolor: ft.colors.RED }), box("a", 10, 10)],
    expect: { e: { x: 10, width: 780, height: 0 }, a: { y: 20 } },
  },
  {
    name: "Container shrink-wraps its child plus padding",
    rule: "Without size or alignment a Container in loose constraints is its child's size plus padding.",
    build: () => [new ft.Container({ key: "c", padding: 10, content: box("a", 50, 30) })],
    expect: { c: { width: 70, height: 50 }, a: { x: 20, y: 20 } },
  },
  {
    name: "Container with a size stretches its child",
    rule: "A sized Container without alignment gives its child tight constraints (minus padding).",
    build: () => [
      new ft.Container({
        width: 200,
        height: 100,
        padding: 10,
        content: new ft.Container({ key: "in", bgcolor: ft.colors.RED_200 }),
      }),
    ],
    expect: { in: { x: 20, y: 20, width: 180, height: 80 } },
  },
  {
    name: "Container alignment center",
    rule: "alignment loosens the child's constraints and places it: (200−50)/2, (100−20)/2.",
    build: () => [
      new ft.Container({
        width: 200,
        height: 100,
        alignment: ft.alignment.center,
        content: box("a", 50, 20),
      }),
    ],
    expect: { a: { x: 85, y: 50, width: 50, height: 20 } },
  },
  {
    name: "Container alignment bottom_right",
    rule: "alignment (1, 1) puts the child in the bottom-right corner.",
    build: () => [
      new ft.Container({
        width: 200,
        height: 100,
        alignment: ft.alignment.bottomRight,
        content: box("a", 50, 20),
      }),
    ],
    expect: { a: { x: 160, y: 90 } },
  },
  {
    name: "Container with alignment and no width in a column",
    rule: "An aligned Container expands to the bounded width (780) and shrinks to its child's height.",
    build: () => [
      new ft.Container({ key: "c", alignment: ft.alignment.center, content: box("a", 50, 20) }),
    ],
    expect: { c: { width: 780, height: 20 }, a: { x: 375 } },
  },
  {
    name: "Container margin",
    rule: "margin is space outside the container's box.",
    build: () => [
      new ft.Container({ key: "c", margin: 15, content: box("a", 50, 30) }),
      box("b", 10, 10),
    ],
    expect: { c: { x: 25, y: 25, width: 50 }, b: { y: 80 } },
  },
  // ── Stack ───────────────────────────────────────────────────────────────────
  {
    name: "Stack sizes itself to its largest non-positioned child",
    rule: "Non-positioned children are placed top-left; the stack is as big as the biggest.",
    build: () => [new ft.Stack({ key: "s", controls: [box("a", 200, 100), box("b", 50, 50)] })],
    expect: { s: { width: 200, height: 100 }, b: { x: 10, y: 10 } },
  },
  {
    name: "Stack positioned children",
    rule: "left/top/right/bottom place a child relative to the stack's edges.",
    build: () => [
      new ft.Stack({
        width: 300,
        height: 200,
        controls: [
          box("a", 50, 50, { left: 10, top: 20 }),
          box("b", 40, 40, { right: 0, bottom: 0 }),
          new ft.Container({
            key: "c",
            left: 10,
            right: 10,
            top: 0,
            height: 30,
            bgcolor: ft.colors.GREEN_200,
          }),
        ],
      }),
    ],
    expect: { a: { x: 20, y: 30 }, b: { x: 270, y: 170 }, c: { x: 20, width: 280 } },
  },
  // ── ListView and GridView ───────────────────────────────────────────────────
  {
    name: "ListView stretches its children across",
    rule: "A vertical ListView gives children tight width: a Container and a Text span 300.",
    build: () => [
      new ft.Container({
        width: 300,
        height: 200,
        content: new ft.ListView({
          key: "lv",
          controls: [box("a", undefined, 40), new ft.Text("Hello", { key: "t" })],
        }),
      }),
    ],
    expect: {
      lv: { width: 300, height: 200 },
      a: { width: 300, height: 40 },
      t: { width: 300, y: 50 },
    },
  },
  {
    name: "ListView spacing and padding",
    rule: "padding insets the items; spacing separates them.",
    build: () => [
      new ft.Container({
        width: 300,
        height: 200,
        content: new ft.ListView({
          spacing: 10,
          padding: 10,
          controls: [box("a", undefined, 40), box("b", undefined, 40)],
        }),
      }),
    ],
    expect: { a: { x: 20, y: 20, width: 280 }, b: { y: 70 } },
  },
  {
    name: "GridView max_extent",
    rule: "count = ceil(400 / (120 + 10)) = 4; each cell (400 − 30) / 4 = 92.5 square.",
    build: () => [
      new ft.Container({
        width: 400,
        height: 300,
        content: new ft.GridView({
          maxExtent: 120,
          spacing: 10,
          runSpacing: 10,
          controls: [1, 2, 3, 4, 5].map((i) => box(`g${i}`)),
        }),
      }),
    ],
    expect: { g1: { x: 10, width: 92.5, height: 92.5 }, g2: { x: 112.5 }, g5: { x: 10, y: 112.5 } },
  },
  {
    name: "GridView runs_count and child_aspect_ratio",
    rule: "2 columns of (400 − 10) / 2 = 195; aspect 2 → 97.5 tall; spacing is the main-axis gap.",
    build: () => [
      new ft.Container({
        width: 400,
        height: 300,
        content: new ft.GridView({
          runsCount: 2,
          childAspectRatio: 2,
          spacing: 20,
          runSpacing: 10,
          controls: [1, 2, 3].map((i) => box(`g${i}`)),
        }),
      }),
    ],
    expect: { g1: { width: 195, height: 97.5 }, g2: { x: 215 }, g3: { y: 127.5 } },
  },
  // ── ResponsiveRow ───────────────────────────────────────────────────────────
  {
    name: "ResponsiveRow at md (800 px page)",
    rule: "col {sm: 6, md: 4} at md: (780 − 110) / 12 = 55.83 per column → 4 columns = 253.33.",
    build: () => [
      new ft.ResponsiveRow({
        controls: [1, 2, 3].map((i) => box(`r${i}`, undefined, 30, { col: { sm: 6, md: 4 } })),
      }),
    ],
    expect: { r1: { x: 10, width: 253.33 }, r2: { x: 273.33 }, r3: { x: 536.67, y: 10 } },
  },
  {
    name: "ResponsiveRow at sm (600 px page)",
    rule: "The breakpoint is the page width: at 600 px col sm=6 is half a row; the third child wraps.",
    viewport: { width: 600, height: 600 },
    build: () => [
      new ft.ResponsiveRow({
        controls: [1, 2, 3].map((i) => box(`r${i}`, undefined, 30, { col: { sm: 6, md: 4 } })),
      }),
    ],
    expect: { r1: { width: 285 }, r2: { x: 305 }, r3: { x: 10, y: 50 } },
  },
  {
    name: "ResponsiveRow at xs (500 px page)",
    rule: "Below 576 px an unset xs means 12 columns: every child takes a whole run.",
    viewport: { width: 500, height: 600 },
    build: () => [
      new ft.ResponsiveRow({
        controls: [1, 2].map((i) => box(`r${i}`, undefined, 30, { col: { sm: 6 } })),
      }),
    ],
    expect: { r1: { width: 480 }, r2: { x: 10, y: 50 } },
  },
  // ── Text ────────────────────────────────────────────────────────────────────
  {
    name: "Text wraps in a narrow container",
    rule: "Text gets the container's tight width and wraps into lines.",
    build: () => [new ft.Container({ width: 100, content: new ft.Text(LONG, { key: "t" }) })],
    expect: { t: { width: 100 } },
    check: (b) => expect(b.t!.height).toBeGreaterThan(60),
  },
  {
    name: "Text max_lines with ellipsis",
    rule: "max_lines=1 and overflow ELLIPSIS keep one line.",
    build: () => [
      new ft.Container({
        width: 100,
        content: new ft.Text(LONG, { key: "t", maxLines: 1, overflow: ft.TextOverflow.ELLIPSIS }),
      }),
    ],
    expect: { t: { width: 100 } },
    check: (b) => expect(b.t!.height).toBeLessThan(25),
  },
  {
    name: "Text max_lines 2",
    rule: "max_lines=2 clips to two lines.",
    build: () => [
      new ft.Container({ width: 100, content: new ft.Text(LONG, { key: "t", maxLines: 2 }) }),
    ],
    expect: {},
    measure: ["t"],
    check: (b) => {
      expect(b.t!.height).toBeGreaterThan(30);
      expect(b.t!.height).toBeLessThan(45);
    },
  },
  {
    name: "Text in a Row keeps one line when it fits",
    rule: "A Row gives unbounded width: short text is as wide as its glyphs, on one line.",
    build: () => [new ft.Row({ controls: [new ft.Text("Hello world", { key: "t" })] })],
    expect: { t: { x: 10 } },
    check: (b) => {
      expect(b.t!.height).toBeLessThan(25);
      expect(b.t!.width).toBeLessThan(120);
    },
  },
  // ── Text fields ─────────────────────────────────────────────────────────────
  {
    name: "TextField in a Column fills the column's width",
    rule: "InputDecorator takes all the width it is allowed: 300.",
    build: () => [
      new ft.Column({ width: 300, controls: [new ft.TextField({ key: "tf", label: "Name" })] }),
    ],
    expect: { tf: { x: 10, width: 300 } },
  },
  {
    name: "TextField on the page fills the page's width",
    rule: "In the page column a TextField is 780 px wide.",
    build: () => [new ft.TextField({ key: "tf", label: "Name" })],
    expect: { tf: { x: 10, width: 780 } },
  },
  {
    name: "TextField with expand in a Row",
    rule: "Expanded: the field takes the row's width left after a 50 px box and spacing (720).",
    build: () => [
      new ft.Row({ controls: [new ft.TextField({ key: "tf", expand: 1 }), box("a", 50, 50)] }),
    ],
    expect: { tf: { x: 10, width: 720 }, a: { x: 740 } },
  },
  {
    name: "TextField with prefix and suffix controls",
    rule: "prefix/suffix are laid out inline in the field: the field still fills its 300 px column.",
    build: () => [
      new ft.Column({
        width: 300,
        controls: [
          new ft.TextField({
            key: "tf",
            prefix: new ft.Text("Alice: ", { key: "p" }),
            suffix: new ft.Text("kg", { key: "s" }),
          }),
        ],
      }),
    ],
    expect: { tf: { width: 300 } },
    measure: ["p"],
    check: (b) => expect(b.p!.x).toBeGreaterThanOrEqual(b.tf!.x),
  },
  {
    name: "TextField in a width-300 Column in a dialog",
    rule: "The dialog's content gets loose constraints; the column is 300 and the field fills it.",
    build: () => [],
    dialog: () =>
      new ft.AlertDialog({
        title: new ft.Text("Welcome!"),
        content: new ft.Column({
          key: "c",
          width: 300,
          tight: true,
          controls: [new ft.TextField({ key: "tf", label: "Enter your name" })],
        }),
      }),
    expect: { c: { width: 300 }, tf: { width: 300 } },
  },
  // ── Material containers ─────────────────────────────────────────────────────
  {
    name: "Card wraps its content with a 4 px margin",
    rule: "Card's default margin is 4: it sits at (14, 14) and is its content's size.",
    build: () => [new ft.Card({ key: "card", content: box("a", 100, 50) })],
    expect: { card: { x: 14, y: 14, width: 100, height: 50 } },
  },
  {
    name: "ListTile spans the column",
    rule: "A ListTile takes all the width it is allowed.",
    build: () => [new ft.ListTile({ key: "lt", title: new ft.Text("One") })],
    expect: { lt: { x: 10, width: 780 } },
  },
  {
    name: "Divider spans the column",
    rule: "A Divider is 16 px tall and takes all the width.",
    build: () => [new ft.Divider({ key: "d" })],
    expect: { d: { x: 10, width: 780, height: 16 } },
  },
  {
    name: "Tabs in a width-600 Column span it",
    rule: "A TabBar takes all the width it is allowed.",
    build: () => [
      new ft.Column({
        width: 600,
        controls: [
          new ft.Tabs({
            key: "tabs",
            scrollable: false,
            tabs: [new ft.Tab("all"), new ft.Tab("active")],
          }),
        ],
      }),
    ],
    expect: { tabs: { x: 10, width: 600 } },
  },
  // ── Bars and sheets ─────────────────────────────────────────────────────────
  {
    name: "an AppBar pushes the view's column down",
    rule: "The app bar (64 px) spans the window; the view's column starts below it, inside its padding.",
    bars: () => ({ appbar: new ft.AppBar({ key: "bar", title: new ft.Text("Title") }) }),
    build: () => [box("a", 50, 50)],
    expect: { bar: { x: 0, y: 0, width: 800, height: 64 }, a: { x: 10, y: 74 } },
  },
  {
    name: "AppBar actions sit at the right edge",
    rule: "The title takes the room between leading and actions; actions are at the end.",
    bars: () => ({
      appbar: new ft.AppBar({
        title: new ft.Text("Title", { key: "title" }),
        actions: [new ft.IconButton(ft.icons.ADD, { key: "act", tooltip: "Add" })],
      }),
    }),
    build: () => [],
    expect: { act: { width: 40 } },
    measure: ["title"],
    check: (b) => {
      expect(b.act!.x + b.act!.width).toBeGreaterThan(780);
      expect(b.act!.x + b.act!.width).toBeLessThanOrEqual(800);
      expect(b.title!.x).toBeLessThan(b.act!.x);
    },
  },
  {
    name: "a NavigationBar spans the bottom of the window",
    rule: "The navigation bar (80 px) spans the window width at its bottom; the column ends above it.",
    bars: () => ({
      navigationBar: new ft.NavigationBar({
        key: "nav",
        destinations: [
          new ft.NavigationDestination("One", { icon: ft.icons.ADD, key: "d1" }),
          new ft.NavigationDestination("Two", { icon: ft.icons.DELETE, key: "d2" }),
        ],
      }),
    }),
    page: { verticalAlignment: ft.MainAxisAlignment.END },
    build: () => [box("a", 50, 50)],
    expect: { nav: { x: 0, y: 520, width: 800, height: 80 }, a: { y: 460 } },
    check: (b) => expect(Math.abs(b.d1!.width - b.d2!.width)).toBeLessThan(1),
    measure: ["d1", "d2"],
  },
  {
    name: "a Row in a Column in a BottomSheet spans the sheet",
    rule: "The sheet (at most 640 px) gives its content tight width; the content's Row spans it.",
    build: () => [],
    sheet: () =>
      new ft.BottomSheet({
        content: new ft.Container({
          key: "c",
          padding: 10,
          content: new ft.Column({
            tight: true,
            controls: [
              new ft.Row({ key: "r", controls: [box("a", 50, 50)] }),
              new ft.TextField({ key: "tf" }),
            ],
          }),
        }),
      }),
    expect: { c: { x: 80, width: 640 }, r: { x: 90, width: 620 }, tf: { width: 620 } },
  },
  {
    name: "a Row in a dialog's content spans the content",
    rule: "A dialog is as wide as its widest part; a Row spans the content's Column.",
    build: () => [],
    dialog: () =>
      new ft.AlertDialog({
        content: new ft.Column({
          key: "c",
          width: 300,
          tight: true,
          controls: [new ft.Row({ key: "r", controls: [box("a", 50, 50)] })],
        }),
        actions: [new ft.TextButton("OK", { key: "ok" })],
      }),
    expect: { c: { width: 300 }, r: { width: 300 } },
    check: (b) => expect(b.ok!.width).toBeLessThan(100),
    measure: ["ok"],
  },
  // ── Other packs ─────────────────────────────────────────────────────────────
  {
    name: "Semantics passes constraints through",
    rule: "Semantics adds no box of its own: a Row inside it still fills 780.",
    build: () => [
      new ft.Semantics({
        label: "group",
        content: new ft.Row({ key: "r", controls: [box("a", 50, 50)] }),
      }),
    ],
    expect: { r: { x: 10, width: 780 } },
  },
  {
    name: "CupertinoButton on the page keeps its own width",
    rule: "Loose cross-axis constraints: a Cupertino button is as wide as its label.",
    build: () => [new ft.CupertinoButton({ key: "cb", text: "Go" })],
    expect: { cb: { x: 10 } },
    check: (b) => expect(b.cb!.width).toBeLessThan(150),
  },
  {
    name: "CupertinoTextField fills a width-300 Column",
    rule: "Like TextField, a CupertinoTextField takes all the width it is allowed.",
    build: () => [
      new ft.Column({ width: 300, controls: [new ft.CupertinoTextField({ key: "ctf" })] }),
    ],
    expect: { ctf: { x: 10, width: 300 } },
  },
];
