import { gzipSync } from "node:zlib";
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { buildClientBundle, type ClientBundle, startChunks } from "../src/browser/bundle.js";
import { launchChromium, serveApp } from "./chromium.js";
import { median } from "./kit.js";

const PAINT_RUNS = 8;
const BATCHES = 12;
const TEXTS = 1_000;

export interface BundleSizes {
  /** The runtime without any pack (`buildClientBundle({ packs: false })`): entry JS, gzipped. */
  coreJsGz: number;
  coreJsRaw: number;
  coreCssGz: number;
  /** The production bundle's entry (runtime + the packs' eager renderers). */
  entryJsGz: number;
  entryJsRaw: number;
  entryCssGz: number;
  /** Chunks the entry imports statically (they load at start too). */
  startChunksGz: number;
  /** Chunks loaded only through `import()` (heavy component groups). */
  lazyChunks: { name: string; gz: number }[];
  /** JS bytes (encoded, i.e. gzipped) Chromium fetched to show the 1,000-Text page. */
  loadedAtStartGz: number;
  loadedAtStartFiles: number;
}

export interface PaintStats {
  runs: number;
  /** Navigation start → the first control's text painted (Element Timing), median / max. */
  paintMedianMs: number;
  paintMaxMs: number;
  /** Navigation start → the first control in the DOM, median. */
  domMedianMs: number;
  /** Navigation start → the client script's response end, median. */
  scriptMedianMs: number;
  /** Navigation start → the first WebSocket frame from the server, median. */
  firstFrameMedianMs: number;
}

export interface BatchStats {
  batches: number;
  frameBytes: number;
  /** The message handler: decode, replica apply, ack, dirty set (median / max). */
  handlerMedianMs: number;
  handlerMaxMs: number;
  /** Handler end → the runtime's flush starts (waiting for the animation frame). */
  waitMedianMs: number;
  /** The runtime's flush: renderer updates of the 1,000 Texts. */
  flushMedianMs: number;
  flushMaxMs: number;
  /** Style recalculation and layout forced right after the flush. */
  layoutMedianMs: number;
  layoutMaxMs: number;
  /** Main-thread work of the batch: handler + flush + style/layout. */
  workMedianMs: number;
  workMaxMs: number;
  /** Frame arrival → DOM and layout done (includes the wait for the frame). */
  totalMedianMs: number;
  totalMaxMs: number;
  /** Batches whose DOM work ran in the first animation frame after the frame arrived. */
  inFirstFrame: number;
}

export interface BrowserResult {
  chromium: string;
  sizes: BundleSizes;
  cold: PaintStats;
  warm: PaintStats;
  batch: BatchStats;
}

const gz = (text: string) => gzipSync(Buffer.from(text)).length;

function sizes(core: ClientBundle, full: ClientBundle): BundleSizes {
  // Chunks reachable from the entry through static imports load with it.
  const start = new Set(startChunks(full));
  let startChunksGz = 0;
  for (const name of start) startChunksGz += gz(full.chunks[name]!);
  const lazyChunks = Object.entries(full.chunks)
    .filter(([name]) => !start.has(name))
    .map(([name, code]) => ({ name, gz: gz(code) }))
    .sort((a, b) => b.gz - a.gz);
  return {
    coreJsGz: gz(core.js),
    coreJsRaw: Buffer.byteLength(core.js),
    coreCssGz: gz(core.css),
    entryJsGz: gz(full.js),
    entryJsRaw: Buffer.byteLength(full.js),
    entryCssGz: gz(full.css),
    startChunksGz,
    lazyChunks,
    loadedAtStartGz: 0,
    loadedAtStartFiles: 0,
  };
}

/**
 * Injected before any page script: marks the first control with text as it enters the
 * DOM (a MutationObserver callback runs before the next paint), asks Element Timing for
 * its paint time, and notes the first WebSocket frame.
 */
function paintProbe(): void {
  const w = window as unknown as Record<string, unknown>;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { renderTime: number })[])
      if (entry.name === "text-paint" || entry.name === "image-paint")
        w.__fletPaint ??= entry.renderTime || entry.startTime;
  }).observe({ type: "element", buffered: true });
  new MutationObserver((_, observer) => {
    for (const element of document.querySelectorAll<HTMLElement>("[data-flet-id]")) {
      if (element.dataset.fletId === "page" || !element.isConnected) continue;
      if (!element.textContent?.trim()) continue;
      w.__fletDom = performance.now();
      // Element Timing reports the paint of text nodes whose parent carries the attribute.
      let target: HTMLElement = element;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeValue?.trim() && node.parentElement) {
          target = node.parentElement;
          break;
        }
      }
      target.setAttribute("elementtiming", "first-control");
      observer.disconnect();
      return;
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
  const describe = Object.getOwnPropertyDescriptor(WebSocket.prototype, "onmessage")!;
  Object.defineProperty(WebSocket.prototype, "onmessage", {
    configurable: true,
    get() {
      return describe.get!.call(this);
    },
    set(handler: (event: MessageEvent) => void) {
      describe.set!.call(this, (event: MessageEvent) => {
        const start = performance.now();
        w.__fletFirstFrame ??= start;
        handler.call(this, event);
        const probe = w.__fletBatchProbe as
          | { arrival?: number; handlerMs: number; bytes: number }
          | undefined;
        if (probe && probe.arrival === undefined && String(event.data).length > 10_000) {
          probe.arrival = start;
          probe.handlerMs = performance.now() - start;
          probe.bytes = String(event.data).length;
        }
      });
    },
  });
}

interface PaintSample {
  paint: number;
  dom: number;
  script: number;
  firstFrame: number;
}

async function paintSample(page: Page, url: string): Promise<PaintSample> {
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as Record<string, unknown>).__fletPaint !== undefined,
    undefined,
    { timeout: 15_000 },
  );
  return page.evaluate(() => {
    const w = window as unknown as Record<string, number>;
    const script = performance
      .getEntriesByType("resource")
      .find((entry) => entry.name.endsWith("/_flet/client.js")) as
      | PerformanceResourceTiming
      | undefined;
    return {
      paint: w.__fletPaint!,
      dom: w.__fletDom!,
      script: script?.responseEnd ?? Number.NaN,
      firstFrame: w.__fletFirstFrame ?? Number.NaN,
    };
  });
}

function paintStats(samples: PaintSample[]): PaintStats {
  return {
    runs: samples.length,
    paintMedianMs: median(samples.map((s) => s.paint)),
    paintMaxMs: Math.max(...samples.map((s) => s.paint)),
    domMedianMs: median(samples.map((s) => s.dom)),
    scriptMedianMs: median(samples.map((s) => s.script)),
    firstFrameMedianMs: median(samples.map((s) => s.firstFrame)),
  };
}

interface BatchSample {
  bytes: number;
  handler: number;
  wait: number;
  flush: number;
  layout: number;
  total: number;
  firstFrame: boolean;
}

/** Wraps the runtime's flush to time the batch the probe is waiting for. */
function batchProbe(): void {
  const w = window as unknown as Record<string, any>;
  const runtime = w.__fletClient.runtime;
  const flush = runtime.flush.bind(runtime);
  runtime.flush = () => {
    const probe = w.__fletBatchProbe;
    const start = performance.now();
    flush();
    if (probe?.arrival === undefined || probe.done) return;
    const flushed = performance.now();
    // Style and layout the browser would do before painting this frame, done now to time it.
    void document.body.getBoundingClientRect().height;
    void document.body.scrollHeight;
    const laidOut = performance.now();
    Object.assign(probe, {
      done: true,
      wait: start - probe.arrival - probe.handlerMs,
      flush: flushed - start,
      layout: laidOut - flushed,
      total: laidOut - probe.arrival,
    });
  };
}

function batchStats(samples: BatchSample[]): BatchStats {
  const pick = (f: (s: BatchSample) => number) => samples.map(f);
  const work = pick((s) => s.handler + s.flush + s.layout);
  return {
    batches: samples.length,
    frameBytes: samples[0]?.bytes ?? 0,
    handlerMedianMs: median(pick((s) => s.handler)),
    handlerMaxMs: Math.max(...pick((s) => s.handler)),
    waitMedianMs: median(pick((s) => s.wait)),
    flushMedianMs: median(pick((s) => s.flush)),
    flushMaxMs: Math.max(...pick((s) => s.flush)),
    layoutMedianMs: median(pick((s) => s.layout)),
    layoutMaxMs: Math.max(...pick((s) => s.layout)),
    workMedianMs: median(work),
    workMaxMs: Math.max(...work),
    totalMedianMs: median(pick((s) => s.total)),
    totalMaxMs: Math.max(...pick((s) => s.total)),
    inFirstFrame: samples.filter((s) => s.firstFrame).length,
  };
}

/** `browser`: every browser budget, in one Chromium. */
export async function benchBrowser(): Promise<BrowserResult> {
  const [core, full] = await Promise.all([
    buildClientBundle({ packs: false }),
    buildClientBundle({}),
  ]);
  const result = sizes(core, full);

  // The small page measured for first paint; the 1,000-Text page for the batch.
  const small = await serveApp((page) => {
    page.add(new ft.Text("Hello, world!"), new ft.ElevatedButton("Click me"));
  }, full);
  let current: { page: ft.Page; texts: ft.Text[] } | undefined;
  const many = await serveApp((page) => {
    const texts = Array.from({ length: TEXTS }, (_, i) => new ft.Text(`t${i}`));
    page.add(new ft.Column({ controls: texts }));
    current = { page, texts };
  }, full);
  const browser = await launchChromium();
  try {
    // A throwaway load warms the browser process itself (and the server's bundle cache).
    {
      const context = await browser.newContext();
      await context.addInitScript(paintProbe);
      await paintSample(await context.newPage(), small.url);
      await context.close();
    }
    const cold: PaintSample[] = [];
    const warm: PaintSample[] = [];
    for (let i = 0; i < PAINT_RUNS; i++) {
      const context = await browser.newContext();
      await context.addInitScript(paintProbe);
      const page = await context.newPage();
      cold.push(await paintSample(page, small.url));
      // Same tab again: HTTP cache warm (the entry revalidates by ETag), session resumed.
      warm.push(await paintSample(page, small.url));
      await context.close();
    }

    // 1,000 Texts, all changed in one update, BATCHES times.
    const context = await browser.newContext();
    await context.addInitScript(paintProbe);
    const page = await context.newPage();
    await page.goto(many.url);
    await page.getByText(`t${TEXTS - 1}`, { exact: true }).waitFor({ timeout: 15_000 });
    result.loadedAtStartGz = await page.evaluate(() =>
      (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((entry) => entry.name.endsWith(".js"))
        .reduce((sum, entry) => sum + entry.encodedBodySize, 0),
    );
    result.loadedAtStartFiles = await page.evaluate(
      () =>
        performance.getEntriesByType("resource").filter((entry) => entry.name.endsWith(".js"))
          .length,
    );
    await page.evaluate(batchProbe);
    const batches: BatchSample[] = [];
    for (let round = 1; round <= BATCHES + 2; round++) {
      await page.evaluate(() => {
        (window as unknown as Record<string, unknown>).__fletBatchProbe = {};
      });
      const session = current!;
      for (const [i, text] of session.texts.entries()) text.value = `r${round} ${i}`;
      session.page.update();
      await page.waitForFunction(() => (window as any).__fletBatchProbe?.done === true, undefined, {
        timeout: 15_000,
      });
      const probe = await page.evaluate(() => (window as any).__fletBatchProbe);
      const text = await page
        .locator("[data-flet-id]")
        .filter({ hasText: `r${round} ${TEXTS - 1}` })
        .count();
      if (text < 1) throw new Error(`bench browser: batch ${round} did not show`);
      // The first two batches warm the JIT.
      if (round <= 2) continue;
      batches.push({
        bytes: probe.bytes,
        handler: probe.handlerMs,
        wait: probe.wait,
        flush: probe.flush,
        layout: probe.layout,
        total: probe.total,
        // The flush ran inside the first animation frame callback after the arrival.
        firstFrame: probe.wait < 1000 / 60 + 1,
      });
    }
    await context.close();
    return {
      chromium: browser.version(),
      sizes: result,
      cold: paintStats(cold),
      warm: paintStats(warm),
      batch: batchStats(batches),
    };
  } finally {
    await browser.close();
    await Promise.all([small.close(), many.close()]);
  }
}
