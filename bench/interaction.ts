import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { buildClientBundle } from "../src/browser/bundle.js";
import { launchChromium, serveApp } from "./chromium.js";
import { median, quantile } from "./kit.js";

const MOVES = 200;
const DRAGS = 5;
const SHAPES = 10_000;
const REPAINTS = 10;

export interface DragResult {
  /** Pointer moves per drag, and drags measured. */
  moves: number;
  drags: number;
  /** Pan updates the browser sent per drag (it sends at most one per animation frame). */
  eventsSentMedian: number;
  /** Event → patch applied in the browser, over every update of every drag (ms). */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Bytes of one update's patch frame (the card's left/top and the counter). */
  frameBytes: number;
  /** Every update's patch arrived, and the card followed the pointer (but for the slop). */
  complete: boolean;
}

export interface CanvasResult {
  shapes: number;
  /** Server: building the 10,000 shapes and `page.add` (commit, encode, send), median ms. */
  commitMedianMs: number;
  /** Bytes of the mount frame. */
  mountBytes: number;
  /** Browser: mount frame arrival → the canvas painted with every shape, median ms. */
  firstPaintMedianMs: number;
  /** One circle moved: its frame's bytes, and arrival → the canvas repainted (median). */
  changeBytes: number;
  repaintMedianMs: number;
  repaintMaxMs: number;
}

export interface InteractionResult {
  chromium: string;
  drag: DragResult;
  canvas: CanvasResult;
}

/**
 * Injected before any page script: notes each outgoing frame that carries a pan update
 * (`__benchSent`) and, after the client's message handler, each counter `#n#` the applied
 * frame carried (`__benchApplied[n]`), and the sizes of incoming frames.
 */
function probe(): void {
  const w = window as unknown as Record<string, any>;
  w.__benchSent = [] as number[];
  w.__benchApplied = {} as Record<number, number>;
  w.__benchFrames = [] as { at: number; bytes: number; handled: number }[];
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (typeof data === "string" && data.includes("panUpdate"))
      w.__benchSent.push(performance.now());
    return send.call(this, data);
  };
  const describe = Object.getOwnPropertyDescriptor(WebSocket.prototype, "onmessage")!;
  Object.defineProperty(WebSocket.prototype, "onmessage", {
    configurable: true,
    get() {
      return describe.get!.call(this);
    },
    set(handler: (event: MessageEvent) => void) {
      describe.set!.call(this, (event: MessageEvent) => {
        const at = performance.now();
        handler.call(this, event);
        const data = String(event.data);
        const handled = performance.now();
        w.__benchFrames.push({ at, bytes: data.length, handled });
        for (const match of data.matchAll(/#(\d+)#/g)) {
          w.__benchApplied[Number(match[1])] ??= handled;
          w.__benchUpdateBytes = data.length;
        }
      });
    },
  });
}

/** The drag app: a card in a Stack, moved by its pan updates. */
function dragApp(page: ft.Page): void {
  let handled = 0;
  const counter = new ft.Text("#0#");
  const card: ft.GestureDetector = new ft.GestureDetector({
    mouseCursor: ft.MouseCursor.MOVE,
    left: 0,
    top: 0,
    content: new ft.Container({ width: 70, height: 100, bgcolor: ft.colors.BLUE_700 }),
    onPanUpdate: (e) => {
      card.left = (card.left ?? 0) + e.deltaX;
      card.top = (card.top ?? 0) + e.deltaY;
      counter.value = `#${++handled}#`;
    },
    onPanEnd: () => {
      card.left = 0;
      card.top = 0;
    },
  });
  page.add(counter, new ft.Stack([card], { width: 900, height: 500 }));
}

async function measureDrag(page: Page, url: string): Promise<DragResult> {
  await page.goto(url);
  await page.getByText("#0#", { exact: true }).waitFor({ timeout: 15_000 });
  const latencies: number[] = [];
  const sent: number[] = [];
  let complete = true;
  let frameBytes = 0;
  for (let drag = 0; drag <= DRAGS; drag++) {
    const card = (await page.locator(".flet-stack > *").first().boundingBox())!;
    const before = await page.evaluate(() => {
      const w = window as unknown as Record<string, any>;
      return { sent: w.__benchSent.length, frames: w.__benchFrames.length };
    });
    const startX = card.x + 35;
    const startY = card.y + 50;
    await page.mouse.move(startX, startY);
    await page.mouse.down();
    // 200 moves of 2 px right and 1 px down, each dispatched on its own.
    await page.mouse.move(startX + 2 * MOVES, startY + MOVES, { steps: MOVES });
    const last = await page.evaluate(() => (window as any).__benchSent.length as number);
    // Every update sent before the release is answered: wait for the last counter.
    await page.waitForFunction((n) => (window as any).__benchApplied[n] !== undefined, last, {
      timeout: 15_000,
    });
    const moved = (await page.locator(".flet-stack > *").first().boundingBox())!;
    // It follows the pointer but for the pan slop (the start of a drag is not reported, as
    // in Flutter's DragStartBehavior.start): a few pixels at most.
    if (Math.abs(moved.x - (card.x + 2 * MOVES)) > 8 || Math.abs(moved.y - (card.y + MOVES)) > 8)
      complete = false;
    await page.mouse.up();
    await page.waitForFunction(
      (x) => {
        const box = document.querySelector(".flet-stack > *")!.getBoundingClientRect();
        return Math.abs(box.x - x) < 1;
      },
      card.x,
      { timeout: 15_000 },
    );
    const result = await page.evaluate(
      ({ from, to }) => {
        const w = window as unknown as Record<string, any>;
        const out: number[] = [];
        for (let n = from + 1; n <= to; n++) {
          const applied = w.__benchApplied[n];
          out.push(applied === undefined ? Number.NaN : applied - w.__benchSent[n - 1]);
        }
        return { out, bytes: w.__benchUpdateBytes as number };
      },
      { from: before.sent, to: last },
    );
    // The first drag warms the JIT on both sides.
    if (drag === 0) continue;
    sent.push(last - before.sent);
    for (const value of result.out) {
      if (Number.isNaN(value)) complete = false;
      else latencies.push(value);
    }
    frameBytes = result.bytes;
  }
  const sorted = Float64Array.from(latencies).sort();
  return {
    moves: MOVES,
    drags: DRAGS,
    eventsSentMedian: median(sent),
    p50Ms: quantile(sorted, 0.5),
    p99Ms: quantile(sorted, 0.99),
    maxMs: sorted[sorted.length - 1] ?? Number.NaN,
    frameBytes,
    complete,
  };
}

/** The canvas app: 10,000 shapes, rebuilt on demand, one circle moved on demand. */
interface CanvasSession {
  mount(): number;
  move(step: number): void;
}

function canvasApp(sessions: CanvasSession[]): ft.AppMain {
  return (page) => {
    let circle: ft.cv.Circle | undefined;
    const holder = new ft.Column();
    page.add(holder);
    sessions.push({
      mount() {
        const start = performance.now();
        const shapes: ft.cv.Shape[] = [];
        const fill = { color: ft.colors.BLUE_400, strokeWidth: 1 };
        for (let i = 0; i < SHAPES; i++) {
          const x = (i % 100) * 8;
          const y = Math.floor(i / 100) * 5;
          shapes.push(
            i % 2 === 0
              ? new ft.cv.Circle(x + 4, y + 2, 2, fill)
              : new ft.cv.Line(x, y, x + 6, y + 4, fill),
          );
        }
        circle = shapes[0] as ft.cv.Circle;
        holder.controls = [new ft.Canvas(shapes, { width: 800, height: 500 })];
        holder.update();
        return performance.now() - start;
      },
      move(step) {
        circle!.x = 4 + (step % 50);
        circle!.update();
      },
    });
  };
}

/** Waits for the canvas to report `count` painted shapes after the frame `frames` arrived. */
async function paintedAfter(page: Page, frames: number, paint: string | null): Promise<number> {
  await page.waitForFunction(
    ({ frames, paint, shapes }) => {
      const w = window as unknown as Record<string, any>;
      const box = document.querySelector<HTMLElement>(".flet-canvas");
      return (
        w.__benchFrames.length > frames &&
        box?.dataset.shapes === String(shapes) &&
        box.dataset.paint !== paint &&
        w.__benchPainted !== undefined
      );
    },
    { frames, paint, shapes: SHAPES },
    { timeout: 30_000 },
  );
  return page.evaluate((frames) => {
    const w = window as unknown as Record<string, any>;
    return w.__benchPainted - w.__benchFrames[frames].at;
  }, frames);
}

/** Notes when the canvas renderer sets `data-paint` (right after its paint). */
function watchPaint(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as Record<string, any>;
    w.__benchPainted = undefined;
    new MutationObserver(() => {
      w.__benchPainted = performance.now();
    }).observe(document.body, { attributes: true, attributeFilter: ["data-paint"], subtree: true });
  });
}

async function measureCanvas(
  page: Page,
  url: string,
  sessions: CanvasSession[],
): Promise<CanvasResult> {
  const commits: number[] = [];
  const paints: number[] = [];
  let mountBytes = 0;
  for (let run = 0; run < 4; run++) {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector(".flet-column") !== null);
    const session = sessions[sessions.length - 1]!;
    await watchPaint(page);
    const frames = await page.evaluate(() => (window as any).__benchFrames.length as number);
    const commit = session.mount();
    const painted = await paintedAfter(page, frames, null);
    mountBytes = await page.evaluate(
      (frames) => (window as any).__benchFrames[frames].bytes as number,
      frames,
    );
    // The first run warms the JIT on both sides.
    if (run === 0) continue;
    commits.push(commit);
    paints.push(painted);
  }
  const session = sessions[sessions.length - 1]!;
  const repaints: number[] = [];
  let changeBytes = 0;
  for (let step = 1; step <= REPAINTS + 1; step++) {
    const paint = await page.evaluate(
      () => document.querySelector<HTMLElement>(".flet-canvas")!.dataset.paint ?? null,
    );
    await page.evaluate(() => {
      (window as any).__benchPainted = undefined;
    });
    const frames = await page.evaluate(() => (window as any).__benchFrames.length as number);
    session.move(step);
    const took = await paintedAfter(page, frames, paint);
    changeBytes = await page.evaluate(
      (frames) => (window as any).__benchFrames[frames].bytes as number,
      frames,
    );
    if (step > 1) repaints.push(took);
  }
  return {
    shapes: SHAPES,
    commitMedianMs: median(commits),
    mountBytes,
    firstPaintMedianMs: median(paints),
    changeBytes,
    repaintMedianMs: median(repaints),
    repaintMaxMs: Math.max(...repaints),
  };
}

/** `interaction`: the drag and Canvas budgets, in one Chromium. */
export async function benchInteraction(): Promise<InteractionResult> {
  const bundle = await buildClientBundle({});
  const sessions: CanvasSession[] = [];
  const drag = await serveApp(dragApp, bundle);
  const canvas = await serveApp(canvasApp(sessions), bundle);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(probe);
    const page = await context.newPage();
    const dragResult = await measureDrag(page, drag.url);
    const canvasResult = await measureCanvas(page, canvas.url, sessions);
    await context.close();
    return { chromium: browser.version(), drag: dragResult, canvas: canvasResult };
  } finally {
    await browser.close();
    await Promise.all([drag.close(), canvas.close()]);
  }
}
