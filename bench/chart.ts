// Chart budget (issue 13): a LineChart of 10,000 points that grows by one point per
// "second" (APPENDS appends, one at a time). Measured in Debian's Chromium through
// playwright-core, on a real WebApp serving the production client bundle:
// - the lazy chart chunk's gzipped size (it must not load at start);
// - the first draw of the 10,000 points (navigation → the line in the DOM);
// - per append: the bytes of the WebSocket frame the server sends (only the new point),
//   and the browser's work: frame arrival → the runtime's flush, the chart's repaint
//   (a microtask after it) and the style/layout it causes.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import * as ft from "flet-ts";
import { buildClientBundle, startChunks } from "../src/browser/bundle.js";
import { staticFiles } from "../src/browser/static-files.js";
import { launchChromium } from "./chromium.js";
import { median } from "./kit.js";

const POINTS = 10_000;
const APPENDS = 20;

export interface ChartResult {
  points: number;
  appends: number;
  /** Gzipped size of the lazy chunk(s) holding the chart renderers. */
  chartChunkGz: number;
  /** True when no chart code is in the start bundle. */
  chartLazy: boolean;
  /** Navigation start → the 10,000-point line in the DOM (ms). */
  firstDrawMs: number;
  /** WebSocket frame bytes the server sent per append: median / max. */
  appendBytesMedian: number;
  appendBytesMax: number;
  /** Frame arrival → flush + chart repaint + style/layout done (ms): median / max. */
  appendTotalMedianMs: number;
  appendTotalMaxMs: number;
  /** Main-thread work per append (handler excluded): flush + repaint + layout (ms). */
  appendWorkMedianMs: number;
  appendWorkMaxMs: number;
  /** Frame arrival → the next frame after the repaint (the append's frame painted), ms. */
  appendFrameMedianMs: number;
  appendFrameMaxMs: number;
}

/** Times the next flush, the chart's repaint (a microtask after it) and layout. */
function probe(): void {
  const w = window as unknown as Record<string, any>;
  const runtime = w.__fletClient.runtime;
  const flush = runtime.flush.bind(runtime);
  runtime.flush = () => {
    const p = w.__chartProbe;
    const start = performance.now();
    flush();
    if (!p || p.done || p.arrival === undefined) return;
    // The chart repaints in a microtask queued during the flush: ours runs after it.
    queueMicrotask(() => {
      void document.body.getBoundingClientRect().height;
      const end = performance.now();
      Object.assign(p, { work: end - start, total: end - p.arrival });
      // The next frame starts once this one is painted (raster included).
      requestAnimationFrame(() =>
        setTimeout(() => Object.assign(p, { done: true, frame: performance.now() - p.arrival })),
      );
    });
  };
}

/** Notes each WebSocket frame's arrival for the probe (installed before page scripts). */
function arrivals(): void {
  const w = window as unknown as Record<string, any>;
  const describe = Object.getOwnPropertyDescriptor(WebSocket.prototype, "onmessage")!;
  Object.defineProperty(WebSocket.prototype, "onmessage", {
    ...describe,
    set(handler: (event: MessageEvent) => void) {
      describe.set!.call(this, (event: MessageEvent) => {
        const p = w.__chartProbe;
        if (p && p.arrival === undefined) p.arrival = performance.now();
        handler.call(this, event);
      });
    },
  });
}

/** `chart`: the LineChart budget. */
export async function benchChart(): Promise<ChartResult> {
  const bundle = await buildClientBundle({});
  const start = new Set(startChunks(bundle));
  const chartChunks = Object.entries(bundle.chunks).filter(([, code]) =>
    code.includes("flet-chart-tip"),
  );
  const chartChunkGz = chartChunks.reduce(
    (sum, [, code]) => sum + gzipSync(Buffer.from(code)).length,
    0,
  );
  const chartLazy =
    !bundle.js.includes("flet-chart-tip") && chartChunks.every(([name]) => !start.has(name));

  let data: ft.LineChartData | undefined;
  const web = ft.app(
    (page) => {
      const points = Array.from(
        { length: POINTS },
        (_, i) => new ft.LineChartDataPoint(i, Math.sin(i / 50) * 10 + 20),
      );
      data = new ft.LineChartData(points, { color: ft.colors.BLUE });
      page.add(
        new ft.LineChart({
          height: 300,
          tooltip: "Bench",
          dataSeries: [data],
          leftAxis: new ft.ChartAxis({ labelsSize: 40 }),
          bottomAxis: new ft.ChartAxis({ labelsSize: 24 }),
        }),
      );
    },
    {
      exportApp: true,
      dev: false,
      logger: ft.silentLogger,
      getClientBundle: async () => ({ ...bundle, files: staticFiles }),
    },
  );
  const server: Server = web.attach(createServer());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(arrivals);
    const frames: number[] = [];
    page.on("websocket", (ws) => {
      ws.on("framereceived", (frame) => {
        frames.push(Buffer.byteLength(frame.payload as string));
      });
    });
    await page.goto(url);
    await page.locator(".flet-chart-line").waitFor({ state: "attached", timeout: 60_000 });
    const firstDrawMs = await page.evaluate(() => performance.now());
    await page.waitForFunction(() => (window as any).__fletClient?.runtime !== undefined);
    await page.evaluate(probe);
    const bytes: number[] = [];
    const totals: number[] = [];
    const works: number[] = [];
    const framesMs: number[] = [];
    for (let i = 0; i < APPENDS + 2; i++) {
      await page.evaluate(() => {
        (window as any).__chartProbe = {};
      });
      const before = frames.length;
      const x = POINTS + i;
      data!.dataPoints.push(new ft.LineChartDataPoint(x, Math.sin(x / 50) * 10 + 20));
      data!.update();
      await page.waitForFunction(() => (window as any).__chartProbe?.done === true, undefined, {
        timeout: 30_000,
      });
      const p = await page.evaluate(() => (window as any).__chartProbe);
      const sent = frames.slice(before).reduce((a, b) => a + b, 0);
      // The first two appends warm the JIT.
      if (i < 2) continue;
      bytes.push(sent);
      totals.push(p.total);
      works.push(p.work);
      framesMs.push(p.frame);
    }
    const count = await page
      .locator(".flet-chart-line")
      .evaluate((el) => (el.getAttribute("d") ?? "").split("L").length);
    if (count !== POINTS + APPENDS + 2) throw new Error(`bench chart: ${count} points drawn`);
    return {
      points: POINTS,
      appends: APPENDS,
      chartChunkGz,
      chartLazy,
      firstDrawMs: Math.round(firstDrawMs),
      appendBytesMedian: median(bytes),
      appendBytesMax: Math.max(...bytes),
      appendTotalMedianMs: round(median(totals)),
      appendTotalMaxMs: round(Math.max(...totals)),
      appendWorkMedianMs: round(median(works)),
      appendWorkMaxMs: round(Math.max(...works)),
      appendFrameMedianMs: round(median(framesMs)),
      appendFrameMaxMs: round(Math.max(...framesMs)),
    };
  } finally {
    await browser.close();
    server.closeAllConnections();
    await Promise.all([web.close(0), new Promise((resolve) => server.close(resolve))]);
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
