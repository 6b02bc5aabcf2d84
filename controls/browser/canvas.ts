/**
 * The Canvas renderer (loaded on first use) and the renderers of its shapes.
 *
 * A shape's element is a hidden placeholder that holds the shape's live context; the
 * Canvas paints every visible shape, in order, on a `<canvas>` at the screen's pixel
 * density, once per animation frame however many shapes changed. What was painted is
 * named: a shape that changed is painted alone on a recording scratch canvas, and its
 * element carries `data-paint`, a hash of the 2D context calls it made; the Canvas's
 * `data-paint` hashes its size and its shapes' names in order. So a change that reaches
 * the pixels shows in the DOM (the contract kit compares it) and one that does not, does
 * not, while a repaint draws straight onto the canvas (parsed paths are reused, and only
 * shapes that set a clip, transform, blur or dashes are saved and restored around).
 * @module
 */
import { onPageChange, type RenderContext } from "flet-ts/browser";
import {
  colorResolver,
  type PaintEnv,
  paintShape,
  pathData2D,
  type ShapeData,
} from "./canvas-paint.js";
import type { SpanData } from "./canvas-text.js";
import type { MaterialRenderer } from "./define.js";

type G = CanvasRenderingContext2D;

/** Each shape element's live context (its props and spans are read when painting). */
const shapeContexts = new WeakMap<HTMLElement, RenderContext>();

interface CanvasState {
  readonly ctx: RenderContext;
  readonly canvas: HTMLCanvasElement;
  readonly shapes: HTMLElement;
  readonly probe: HTMLElement;
  size?: { width: number; height: number };
  sent?: { width: number; height: number };
  sentAt: number;
  timer?: ReturnType<typeof setTimeout>;
  observer?: ResizeObserver;
}
const states = new WeakMap<HTMLElement, CanvasState>();
const live = new Set<HTMLElement>();

/** FNV-1a: a short, stable name for a list of drawing calls. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** A context that does everything `g` does and writes each call and setting down. */
function recording(g: G): { g: G; log: string[] } {
  const log: string[] = [];
  const labels = new WeakMap<object, string>();
  const text = (value: unknown): string => {
    if (typeof value === "number") return String(Math.round(value * 100) / 100);
    if (value instanceof Path2D) return pathData2D.get(value) ?? "path";
    if (value !== null && typeof value === "object") return labels.get(value) ?? "object";
    return String(value);
  };
  const proxy = new Proxy(g, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown).apply(target, args);
        const line = `${String(key)}(${args.map(text).join(",")})`;
        log.push(line);
        if (result instanceof CanvasGradient) {
          labels.set(result, line);
          const add = result.addColorStop.bind(result);
          result.addColorStop = (offset: number, color: string) => {
            log.push(`stop(${text(offset)},${color})`);
            add(offset, color);
          };
        }
        return result;
      };
    },
    set(target, key, value) {
      log.push(`${String(key)}=${text(value)}`);
      return Reflect.set(target, key, value, target);
    },
  });
  return { g: proxy, log };
}

/**
 * A text's spans as the page holds them: each span's element (drawn by the TextSpan
 * renderer, kept inside the hidden shape) holds its own spans' elements.
 */
function spansIn(parent: Element, ctx: RenderContext): SpanData[] {
  const spans: SpanData[] = [];
  for (const child of parent.children) {
    const id = (child as HTMLElement).dataset.fletId;
    if (id !== undefined) spans.push({ props: ctx.propsOf(id) ?? {}, spans: spansIn(child, ctx) });
  }
  return spans;
}

function shapeOf(ctx: RenderContext, element: HTMLElement): ShapeData {
  return {
    type: ctx.type,
    props: ctx.props,
    spans: ctx.type === "cv.text" ? spansIn(element, ctx) : [],
  };
}

function envOf(probe: HTMLElement, width: number, height: number, dpr: number): PaintEnv {
  const color = colorResolver(probe);
  const style = getComputedStyle(probe);
  return {
    color,
    width,
    height,
    hairline: 1 / dpr,
    fontFamily: style.fontFamily || "Roboto, sans-serif",
    textColor: color("onSurface") ?? "black",
  };
}

let scratch: G | undefined;

/** Clears the context and its state (`reset()` is missing before Safari 18). */
function clear(g: G): void {
  if (typeof g.reset === "function") {
    g.reset();
    return;
  }
  g.setTransform(1, 0, 0, 1, 0, 0);
  g.globalCompositeOperation = "source-over";
  g.filter = "none";
  g.clearRect(0, 0, g.canvas.width, g.canvas.height);
}

/**
 * Paints a shape alone on a scratch canvas of a fixed size: what its own `data-paint`
 * names. `env` gives the theme's colours and font where the shape is drawn.
 */
function shapeHash(element: HTMLElement, ctx: RenderContext, env: PaintEnv): string {
  scratch ??= document.createElement("canvas").getContext("2d")!;
  clear(scratch);
  const { g, log } = recording(scratch);
  paintShape(g, shapeOf(ctx, element), env);
  return hash(log.join(";"));
}

/** Shapes whose `data-paint` is out of date: named again at their canvas's next paint. */
const stale = new WeakSet<HTMLElement>();
/** Each shape's `data-paint`, kept here too: reading 10,000 `dataset`s costs a frame. */
const shapeNames = new WeakMap<HTMLElement, string>();

const dirty = new Set<HTMLElement>();
let frame = 0;

function schedule(box: HTMLElement): void {
  dirty.add(box);
  if (frame !== 0) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    const boxes = [...dirty];
    dirty.clear();
    for (const each of boxes) paint(each);
  });
}

function paint(box: HTMLElement): void {
  const state = states.get(box);
  if (!state) return;
  const width = box.clientWidth;
  const height = box.clientHeight;
  const dpr = window.devicePixelRatio || 1;
  const pixelsX = Math.max(1, Math.round(width * dpr));
  const pixelsY = Math.max(1, Math.round(height * dpr));
  const { canvas } = state;
  if (canvas.width !== pixelsX) canvas.width = pixelsX;
  if (canvas.height !== pixelsY) canvas.height = pixelsY;
  const g = canvas.getContext("2d")!;
  clear(g);
  g.setTransform(dpr, 0, 0, dpr, 0, 0);
  const env = envOf(state.probe, width, height, dpr);
  let named: PaintEnv | undefined;
  // The canvas's data-paint names its size and its shapes' own names, in order: the
  // shapes are painted straight onto the canvas, only a changed one is recorded again.
  let names = `${width}x${height}@${dpr}`;
  let count = 0;
  for (const element of state.ctx.children("shapes")) {
    const ctx = shapeContexts.get(element);
    if (!ctx || ctx.props.visible === false) continue;
    let name = shapeNames.get(element);
    if (name === undefined || stale.has(element)) {
      named ??= envOf(state.probe, 300, 150, 1);
      name = shapeHash(element, ctx, named);
      element.dataset.paint = name;
      shapeNames.set(element, name);
      stale.delete(element);
    }
    paintShape(g, shapeOf(ctx, element), env);
    names += `;${name}`;
    count++;
  }
  box.dataset.paint = hash(names);
  box.dataset.shapes = String(count);
}

/** Sends `resize` at most once per `resizeInterval` ms; the last size always follows. */
function reportSize(box: HTMLElement): void {
  const state = states.get(box);
  if (!state?.size || !state.ctx.listens("resize")) return;
  const { width, height } = state.size;
  if (state.sent && state.sent.width === width && state.sent.height === height) return;
  const interval = Math.max(0, Number(state.ctx.props.resizeInterval ?? 10) || 0);
  const wait = state.sentAt + interval - performance.now();
  clearTimeout(state.timer);
  if (state.sent && wait > 0) {
    state.timer = setTimeout(() => reportSize(box), wait);
    return;
  }
  state.sent = { width, height };
  state.sentAt = performance.now();
  state.ctx.send("resize", JSON.stringify({ w: width, h: height }));
}

const STYLES = `
.flet-canvas { position: relative; box-sizing: border-box; }
.flet-canvas > canvas { position: absolute; inset: 0; width: 100%; height: 100%; display: block; pointer-events: none; }
.flet-canvas > .flet-canvas-content { position: relative; display: grid; width: 100%; height: 100%; }
.flet-canvas > .flet-canvas-shapes { display: none; }
`;

/** `canvas`: a box with a `<canvas>` behind its content. */
export const canvasRenderer: MaterialRenderer<HTMLElement> = {
  styles: STYLES,
  tooltip: true,
  create(ctx) {
    const box = document.createElement("div");
    const canvas = document.createElement("canvas");
    canvas.setAttribute("aria-hidden", "true");
    const shapes = document.createElement("div");
    shapes.className = "flet-canvas-shapes";
    const probe = document.createElement("span");
    probe.hidden = true;
    shapes.append(probe);
    box.append(canvas, shapes);
    const state: CanvasState = { ctx, canvas, shapes, probe, sentAt: 0 };
    states.set(box, state);
    live.add(box);
    state.observer = new ResizeObserver(() => {
      state.size = { width: box.clientWidth, height: box.clientHeight };
      schedule(box);
      reportSize(box);
    });
    state.observer.observe(box);
    return box;
  },
  update(box, ctx, changed) {
    const state = states.get(box)!;
    const shapes = ctx.children("shapes");
    state.shapes.replaceChildren(state.probe, ...shapes);
    const content = ctx.child("content");
    const current = box.querySelector(":scope > .flet-canvas-content");
    if (current && current.firstChild !== content) current.remove();
    if (content && content.parentElement?.classList.contains("flet-canvas-content") !== true) {
      const holder = document.createElement("div");
      holder.className = "flet-canvas-content";
      holder.append(content);
      box.append(holder);
    }
    // A picture: an image to screen readers when it has a name (its tooltip).
    const label = typeof ctx.props.tooltip === "string" ? ctx.props.tooltip : "";
    if (label) {
      box.setAttribute("role", "img");
      box.setAttribute("aria-label", label);
    } else {
      box.removeAttribute("role");
      box.removeAttribute("aria-label");
    }
    schedule(box);
    // A listener set later gets the current size, as Flutter's next paint would send it.
    if (changed.has("onResize") || changed.has("*")) reportSize(box);
  },
  destroy(box) {
    const state = states.get(box);
    state?.observer?.disconnect();
    clearTimeout(state?.timer);
    live.delete(box);
  },
};

/** Every `cv.*` shape: a hidden element whose updates repaint its canvas. */
export const shapeRenderer: MaterialRenderer<HTMLElement> = {
  tooltip: false,
  create() {
    const element = document.createElement("span");
    element.hidden = true;
    return element;
  },
  update(element, ctx, changed) {
    shapeContexts.set(element, ctx);
    // A text keeps its spans' elements: their own updates (and nested spans') repaint.
    if (changed.has("spans")) {
      element.replaceChildren(...ctx.children("spans"));
      watchSpans(element);
    }
    repaintShape(element);
  },
};

function repaintShape(element: HTMLElement): void {
  const ctx = shapeContexts.get(element);
  if (!ctx) return;
  stale.add(element);
  const box = element.closest<HTMLElement>(".flet-canvas");
  if (box) schedule(box);
  // Not yet placed: its canvas places it in this same render, and names it when it
  // paints. A shape on its own, outside any canvas, is named where it stands.
  else
    queueMicrotask(() => {
      if (element.closest(".flet-canvas") || !stale.has(element)) return;
      const name = shapeHash(element, ctx, envOf(element, 300, 150, 1));
      element.dataset.paint = name;
      shapeNames.set(element, name);
      stale.delete(element);
    });
}

const watched = new WeakSet<HTMLElement>();

function watchSpans(element: HTMLElement): void {
  if (watched.has(element)) return;
  watched.add(element);
  new MutationObserver((records) => {
    // The shape's own data-paint is written by the repaint itself.
    if (records.some((record) => record.target !== element)) repaintShape(element);
  }).observe(element, { subtree: true, childList: true, characterData: true, attributes: true });
}

// The theme's colours and the fonts a shape's name depends on changed: name them all again.
const repaintAll = () => {
  for (const box of live) {
    for (const element of states.get(box)?.ctx.children("shapes") ?? []) stale.add(element);
    schedule(box);
  }
};
// Theme colours (on-surface text, `primary`...) change with the page's theme and with
// the system's dark mode; text is measured again once web fonts arrive: repaint.
onPageChange((_props, changed) => {
  if (changed.has("themeMode") || changed.has("theme") || changed.has("darkTheme")) repaintAll();
});
matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () =>
  // The theme's CSS variables follow in the page's own listener: paint after it.
  setTimeout(repaintAll),
);
document.fonts.addEventListener("loadingdone", repaintAll);
// Zooming changes the device pixel ratio (and fires resize): paint at the new density.
addEventListener("resize", () => {
  for (const box of live) schedule(box);
});
