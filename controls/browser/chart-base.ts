/**
 * What the chart renderers share: the chart's element (an SVG drawing, a tooltip layer,
 * a live region, axes), the hidden elements of its parts, repainting once per render
 * pass, pointer hit-testing into Flet's chart events, and keyboard navigation.
 * @module
 */
import { cssColor, type RenderContext, transitionOf } from "flet-ts/browser";
import { fin, type Pt, svg } from "./chart-math.js";
import type { MaterialRenderer } from "./define.js";
import { h } from "./dom.js";
import { type TextCss, textStyleCss } from "./typography.js";

/** One line of a tooltip. */
export interface Tip {
  readonly text: string;
  readonly color: string;
  readonly style?: unknown;
  readonly align?: unknown;
}

/** What the pointer or the keyboard is on: its event fields, tooltip and spoken text. */
export interface Hit {
  /** Flet's event fields besides `type` (`spots`, `group_index`...). */
  readonly payload: Record<string, unknown>;
  readonly tips: readonly Tip[];
  /** Where the tooltip points, in the drawing's pixels. */
  readonly anchor: Pt;
  /** What a screen reader says when the keyboard reaches it. */
  readonly say: string;
  /** Draws the hover marks (a line chart's indicator) into `layer`. */
  mark?(layer: SVGGElement): void;
}

/** The keyboard's items, in rows (a line chart's series), made when reached. */
export interface Nav {
  readonly rows: number;
  count(row: number): number;
  item(row: number, index: number): Hit | undefined;
}

const EMPTY: Nav = { rows: 0, count: () => 0, item: () => undefined };

/** How one kind of chart draws and hit-tests. */
export interface ChartKind {
  /** The event fields when nothing is hit. */
  readonly none: Record<string, unknown>;
  /** Draws into `chart.plot` (and axes); returns the keyboard's rows of items. */
  paint(chart: Chart): Nav;
  /** What is under the pointer at `at` (drawing pixels). */
  hit(chart: Chart, at: Pt): Hit | undefined;
  /** Items whose tooltips always show when the chart is not interactive. */
  shown?(chart: Chart): Hit[];
  /** The chart's spoken name when it has no tooltip. */
  summary(chart: Chart): string;
}

/** One chart's live state. */
export interface Chart {
  readonly root: HTMLElement;
  readonly kind: ChartKind;
  ctx: RenderContext;
  readonly drawing: SVGSVGElement;
  readonly defs: SVGDefsElement;
  readonly plot: SVGGElement;
  readonly marks: SVGGElement;
  readonly tips: HTMLElement;
  readonly live: HTMLElement;
  readonly parts: HTMLElement;
  width: number;
  height: number;
  nav: Nav;
  /** The keyboard's row and item, or none. */
  cursor?: { row: number; item: number };
  lastEvent?: string;
  observer?: ResizeObserver;
}

const charts = new WeakMap<HTMLElement, Chart>();
/** Each part's live context (a series, a point, a rod...), read when painting. */
export const partContexts = new WeakMap<HTMLElement, RenderContext>();

/** The contexts of the children in `slot` of the part or chart `ctx`. */
export function partsOf(ctx: RenderContext, slot: string): RenderContext[] {
  const out: RenderContext[] = [];
  for (const element of ctx.children(slot)) {
    const each = partContexts.get(element);
    if (each && each.props.visible !== false) out.push(each);
  }
  return out;
}

/** The props of the visible children in `slot`, with their index among all children. */
export function childProps(ctx: RenderContext, slot: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const id of ctx.childIds(slot)) {
    const props = ctx.propsOf(id);
    if (props && props.visible !== false) out.push(props as Record<string, unknown>);
  }
  return out;
}

const pending = new Set<HTMLElement>();

/** Repaints `root`'s chart once the current render pass is over. */
export function schedule(root: HTMLElement | null | undefined): void {
  if (!root || !charts.has(root)) return;
  if (pending.size === 0) queueMicrotask(flush);
  pending.add(root);
}

function flush(): void {
  const roots = [...pending];
  pending.clear();
  for (const root of roots) paint(charts.get(root)!);
}

/** Repaints a chart now: the drawing, the shown tooltips and the keyboard's item. */
export function paint(chart: Chart): void {
  chart.width = chart.root.clientWidth;
  chart.height = chart.root.clientHeight;
  chart.drawing.setAttribute("viewBox", `0 0 ${chart.width} ${chart.height}`);
  remember(chart);
  chart.defs.replaceChildren();
  chart.plot.replaceChildren();
  chart.marks.replaceChildren();
  const timing = transitionOf(chart.ctx.props.animate ?? 150);
  chart.root.style.setProperty("--chart-transition", timing ?? "0s");
  chart.nav = chart.kind.paint(chart);
  settle(chart);
  const name = chart.ctx.props.tooltip;
  chart.root.setAttribute(
    "aria-label",
    `${typeof name === "string" && name ? name : chart.kind.summary(chart)}. Arrow keys read the values.`,
  );
  const cursor = chart.cursor;
  const hit = cursor ? chart.nav.item(cursor.row, cursor.item) : undefined;
  if (!hit) chart.cursor = undefined;
  showTips(chart, hit ? [hit] : []);
}

function applyText(element: HTMLElement, style: unknown): void {
  const css = textStyleCss(style);
  for (const [key, value] of Object.entries(css) as [keyof TextCss, string][])
    if (value) element.style[key] = value;
}

/** Shows tooltips for `hits` (plus the always-shown ones of a non-interactive chart). */
export function showTips(chart: Chart, hits: readonly Hit[]): void {
  const interactive = chart.ctx.props.interactive !== false;
  const all = interactive ? hits : (chart.kind.shown?.(chart) ?? []);
  chart.marks.replaceChildren();
  chart.tips.replaceChildren();
  const bg = chart.ctx.props.tooltipBgcolor;
  for (const hit of all) {
    hit.mark?.(chart.marks);
    const tips = hit.tips.filter((tip) => tip.text !== "");
    if (tips.length === 0) continue;
    const box = h("div", "flet-chart-tip");
    const own = cssColor(bg);
    if (own) box.style.backgroundColor = own;
    for (const tip of tips) {
      const line = h("div");
      line.textContent = tip.text;
      line.style.color = tip.color;
      applyText(line, tip.style);
      if (typeof tip.align === "string" && tip.align !== "none") line.style.textAlign = tip.align;
      box.append(line);
    }
    box.style.left = `${Math.round(hit.anchor.x)}px`;
    box.style.top = `${Math.round(hit.anchor.y)}px`;
    chart.tips.append(box);
  }
}

/** Sends `chartEvent` (Flet's payload as JSON), skipping one equal to the last. */
export function sendEvent(chart: Chart, type: string, hit: Hit | undefined): void {
  const data = JSON.stringify({ type, ...(hit?.payload ?? chart.kind.none) });
  if (data === chart.lastEvent) return;
  chart.lastEvent = data;
  chart.ctx.send("chartEvent", data);
}

function pointerAt(chart: Chart, event: PointerEvent): Pt {
  const rect = chart.drawing.getBoundingClientRect();
  return { x: event.clientX - rect.left, y: event.clientY - rect.top };
}

function moveCursor(chart: Chart, row: number, item: number): void {
  const hit = chart.nav.item(row, item);
  if (!hit) return;
  chart.cursor = { row, item };
  showTips(chart, [hit]);
  chart.live.textContent = hit.say;
  sendEvent(chart, "PointerHoverEvent", hit);
}

/** The nearest item of row `row` to `item` of row `from` (by position). */
function nearest(chart: Chart, from: number, item: number, row: number): number {
  const target = chart.nav.item(from, item)?.anchor.x ?? 0;
  let best = 0;
  let distance = Number.POSITIVE_INFINITY;
  for (let index = 0; index < chart.nav.count(row); index++) {
    const d = Math.abs((chart.nav.item(row, index)?.anchor.x ?? 0) - target);
    if (d < distance) [best, distance] = [index, d];
  }
  return best;
}

function onKey(chart: Chart, event: KeyboardEvent): void {
  const nav = chart.nav;
  let first = 0;
  while (first < nav.rows && nav.count(first) === 0) first++;
  if (first >= nav.rows) return;
  const cur = chart.cursor;
  const row = cur?.row ?? first;
  const item = cur?.item ?? -1;
  const count = nav.count(row);
  let next: [number, number] | undefined;
  switch (event.key) {
    case "ArrowRight":
      next = [row, Math.min(count - 1, item + 1)];
      break;
    case "ArrowLeft":
      next = [row, item < 0 ? 0 : Math.max(0, item - 1)];
      break;
    case "Home":
      next = [row, 0];
      break;
    case "End":
      next = [row, count - 1];
      break;
    case "ArrowDown":
    case "ArrowUp": {
      const step = event.key === "ArrowDown" ? 1 : -1;
      let to = row + step;
      while (to >= 0 && to < nav.rows && nav.count(to) === 0) to += step;
      if (to < 0 || to >= nav.rows) to = row;
      next = [to, item < 0 ? 0 : nearest(chart, row, item, to)];
      break;
    }
    case "Enter":
    case " ": {
      const hit = cur ? nav.item(cur.row, cur.item) : undefined;
      if (!hit) return;
      event.preventDefault();
      sendEvent(chart, "TapDownEvent", hit);
      sendEvent(chart, "TapUpEvent", hit);
      return;
    }
    case "Escape":
      leave(chart);
      return;
    default:
      return;
  }
  event.preventDefault();
  moveCursor(chart, next[0], next[1]);
}

function leave(chart: Chart): void {
  chart.cursor = undefined;
  showTips(chart, []);
  sendEvent(chart, "PointerExitEvent", undefined);
}

/** CSS of every chart. */
export const CHART_CSS = `
.flet-chart{position:relative;box-sizing:border-box;min-width:40px;min-height:160px;width:100%;outline:none;font-family:var(--flet-font-family,Roboto,sans-serif)}
.flet-chart:focus-visible{outline:2px solid var(--md-sys-color-secondary);outline-offset:2px}
.flet-chart>svg{position:absolute;inset:0;width:100%;height:100%;overflow:visible;display:block}
.flet-chart>svg path,.flet-chart>svg rect,.flet-chart>svg line{transition:d var(--chart-transition,150ms linear),fill var(--chart-transition,150ms linear)}
.flet-chart-parts{display:none}
.flet-chart>canvas{position:absolute;inset:0;width:100%;height:100%;pointer-events:none}
.flet-chart-tips{position:absolute;inset:0;pointer-events:none}
.flet-chart-tip{position:absolute;transform:translate(-50%,calc(-100% - 8px));background:var(--flet-chart-tip-bg,#607d8b);border-radius:4px;padding:8px 16px;font:400 14px/1.3 var(--flet-font-family,Roboto,sans-serif);text-align:center;white-space:pre;z-index:1}
.flet-chart-layer{position:absolute;inset:0;pointer-events:none}
.flet-chart-layer>*{pointer-events:auto}
.flet-chart-section-title{position:absolute;transform:translate(-50%,-50%);white-space:nowrap;pointer-events:none}
.flet-chart-axis{position:absolute}
.flet-chart-axis>.flet-chartaxislabel{position:absolute;display:flex;align-items:center;justify-content:center;white-space:nowrap}
.flet-chart-axis>.flet-chart-title{position:absolute;display:flex;align-items:center;justify-content:center}
.flet-piechartsection{position:absolute;transform:translate(-50%,-50%)}
@media (prefers-reduced-motion:reduce){.flet-chart>svg *{transition:none!important}}
`;

/** The chart renderer of `kind`: draws on paint, answers the pointer and the keyboard. */
export function chartRenderer(
  kind: ChartKind,
  place: (chart: Chart) => void,
): MaterialRenderer<HTMLElement> {
  return {
    styles: CHART_CSS,
    tooltip: false,
    create(ctx) {
      const root = h("div", "flet-chart", { tabindex: "0", role: "img" });
      const drawing = svg("svg", { "aria-hidden": "true", focusable: "false" });
      const defs = svg("defs");
      const plot = svg("g");
      const marks = svg("g", { class: "flet-chart-marks" });
      drawing.append(defs, plot, marks);
      const tips = h("div", "flet-chart-tips", { "aria-hidden": "true" });
      const live = h("div", "flet-sr-only", { role: "status" });
      const parts = h("div", "flet-chart-parts");
      root.append(drawing, tips, live, parts);
      const chart: Chart = {
        root,
        kind,
        ctx,
        drawing,
        defs,
        plot,
        marks,
        tips,
        live,
        parts,
        width: 0,
        height: 0,
        nav: EMPTY,
      };
      charts.set(root, chart);
      root.addEventListener("pointermove", (event) => {
        const hit = kind.hit(chart, pointerAt(chart, event));
        chart.cursor = undefined;
        showTips(chart, hit ? [hit] : []);
        sendEvent(chart, "PointerHoverEvent", hit);
      });
      root.addEventListener("pointerleave", () => leave(chart));
      root.addEventListener("pointerdown", (event) =>
        sendEvent(chart, "TapDownEvent", kind.hit(chart, pointerAt(chart, event))),
      );
      root.addEventListener("pointerup", (event) =>
        sendEvent(chart, "TapUpEvent", kind.hit(chart, pointerAt(chart, event))),
      );
      root.addEventListener("keydown", (event) => onKey(chart, event));
      root.addEventListener("blur", () => {
        if (chart.cursor) leave(chart);
      });
      chart.observer = new ResizeObserver(() => schedule(root));
      chart.observer.observe(root);
      return root;
    },
    update(root, ctx) {
      const chart = charts.get(root)!;
      chart.ctx = ctx;
      place(chart);
      schedule(root);
    },
    destroy(root) {
      charts.get(root)?.observer?.disconnect();
      pending.delete(root);
    },
  };
}

/** A part's renderer: a hidden element holding its own parts; changes repaint its chart. */
export function partRenderer(
  slots: readonly string[],
  tag: "span" | "div" = "span",
): MaterialRenderer<HTMLElement> {
  return {
    tooltip: false,
    own: ["width", "tooltip"],
    create: () => h(tag),
    update(element, ctx) {
      partContexts.set(element, ctx);
      const kids = slots.flatMap((slot) => ctx.children(slot));
      if (kids.length > 0 || element.childElementCount > 0) placeIn(element, kids);
      schedule(element.closest<HTMLElement>(".flet-chart"));
    },
  };
}

/** Puts `kids` in `element` in order, touching the DOM only where they differ. */
export function placeIn(element: HTMLElement, kids: readonly HTMLElement[]): void {
  const current = element.children;
  let same = current.length === kids.length;
  for (let i = 0; same && i < kids.length; i++) same = current[i] === kids[i];
  if (same) return;
  // A live append: only the new ones move in.
  let prefix = 0;
  while (prefix < current.length && prefix < kids.length && current[prefix] === kids[prefix])
    prefix++;
  if (prefix === current.length) {
    element.append(...kids.slice(prefix));
    return;
  }
  element.replaceChildren(...kids);
}

/** A layer `name` over the drawing (axes, titles, badges), made when first needed. */
export function layer(root: HTMLElement, name: string): HTMLElement {
  let element = root.querySelector<HTMLElement>(`:scope > .${name}`);
  if (!element) {
    element = h("div", `flet-chart-layer ${name}`);
    root.insertBefore(element, root.querySelector(":scope > .flet-chart-tips"));
  }
  return element;
}

/** The `d` each keyed path had before the current paint, per chart. */
const previous = new WeakMap<Chart, Map<string, string>>();
const moving: [SVGElement, string][] = [];

/**
 * Gives a path its shape `d`, moving from the shape its key had before this paint (the
 * chart's `animate`): the new element starts at the old `d` and transitions to the new.
 */
export function animated(
  chart: Chart,
  element: SVGElement,
  key: string,
  d: string,
  morph = true,
): void {
  element.setAttribute("data-key", key);
  element.setAttribute("d", d);
  // A path whose commands changed (a line with a new point) cannot morph: drawn at once.
  if (!morph) return;
  const css = `path("${d}")`;
  const old = previous.get(chart)?.get(key);
  if (old !== undefined && old !== css) {
    element.style.setProperty("d", old);
    moving.push([element, css]);
  } else element.style.setProperty("d", css);
}

function remember(chart: Chart): void {
  const map = new Map<string, string>();
  for (const element of chart.plot.querySelectorAll<SVGElement>("[data-key]")) {
    const d = element.style.getPropertyValue("d");
    if (d) map.set(element.getAttribute("data-key")!, d);
  }
  previous.set(chart, map);
}

function settle(chart: Chart): void {
  if (moving.length === 0) return;
  // The old shapes must be styled before the new ones are set, or nothing transitions.
  void getComputedStyle(moving[0]![0]).getPropertyValue("d");
  void chart.drawing.getBoundingClientRect();
  for (const [element, css] of moving.splice(0)) element.style.setProperty("d", css);
}

/** A number prop or `fallback`. */
export const numOf = (props: Readonly<Record<string, unknown>>, name: string, fallback: number) =>
  fin(props[name], fallback);
