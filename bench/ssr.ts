import * as ft from "flet-ts";
import type { Browser } from "playwright-core";
import { buildClientBundle } from "../src/browser/bundle.js";
import { launchChromium, serveApp } from "./chromium.js";
import { median } from "./kit.js";

const RUNS = 8;
const LINES = 20;
/** What the app shows first: the text the paint is timed by. */
const HEADING = "Orders today";

/** One mode's numbers (milliseconds from navigation start, medians and worst). */
export interface SsrModeStats {
  runs: number;
  /** `first-contentful-paint` (paint timing API). */
  fcpMedianMs: number;
  fcpMaxMs: number;
  /** The app's heading in the DOM (parsed from the HTML, or built by the client). */
  contentMedianMs: number;
  /** The client has taken over (its live page is in, events work). */
  interactiveMedianMs: number;
  /** index.html: request start → response end. */
  htmlMedianMs: number;
  /** Cumulative layout shift up to 500 ms after the take-over; worst run. */
  clsMax: number;
}

/** What {@link benchSsr} measures. */
export interface SsrStats {
  withoutSsr: SsrModeStats;
  withSsr: SsrModeStats;
  /** The first page load after the app started with `ssr` (happy-dom and the render script). */
  ssrColdFirstLoadMs: number;
  /** Budget from the issue: FCP ≤ 100 ms, CLS 0. */
  budget: { fcpMs: 100; cls: 0 };
}

function app(page: ft.Page): void {
  page.title = "Orders";
  let count = 0;
  const counter = new ft.Text("Refreshed 0 times");
  page.add(
    new ft.Text(HEADING, { size: 32 }),
    ...Array.from({ length: LINES }, (_, i) => new ft.Text(`Order ${1000 + i}: 3 items, shipped`)),
    counter,
    new ft.ElevatedButton("Refresh", {
      onClick: () => {
        counter.value = `Refreshed ${++count} times`;
        counter.update();
      },
    }),
  );
}

interface Sample {
  fcp: number;
  content: number;
  interactive: number;
  html: number;
  cls: number;
}

const INIT = `(() => {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  const seen = () => {
    if (window.__content === undefined && document.body && document.body.textContent.includes(${JSON.stringify(HEADING)}))
      window.__content = performance.now();
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener("DOMContentLoaded", seen);
})();`;

async function sample(browser: Browser, url: string): Promise<Sample> {
  // A fresh context per run: no cached bundle, no stored session.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(INIT);
    await page.goto(url);
    await page.waitForFunction(
      () =>
        "__fletClient" in window &&
        document.querySelector("#flet-root > .flet-page:not([data-flet-ssr])") !== null &&
        document.querySelector("#flet-root > [data-flet-ssr]") === null,
      undefined,
      { timeout: 15_000 },
    );
    const interactive = await page.evaluate(() => performance.now());
    await page.getByRole("button", { name: "Refresh" }).waitFor();
    await page.waitForTimeout(500);
    return await page
      .evaluate(() => {
        const w = window as unknown as { __cls: number; __content: number };
        const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        return {
          fcp,
          content: w.__content,
          interactive: 0,
          html: nav.responseEnd - nav.requestStart,
          cls: w.__cls,
        };
      })
      .then((s) => ({ ...s, interactive }));
  } finally {
    await context.close();
  }
}

function stats(samples: Sample[]): SsrModeStats {
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    runs: samples.length,
    fcpMedianMs: round(median(samples.map((s) => s.fcp))),
    fcpMaxMs: round(Math.max(...samples.map((s) => s.fcp))),
    contentMedianMs: round(median(samples.map((s) => s.content))),
    interactiveMedianMs: round(median(samples.map((s) => s.interactive))),
    htmlMedianMs: round(median(samples.map((s) => s.html))),
    clsMax: Math.max(...samples.map((s) => s.cls)),
  };
}

/** Runs the server-rendered first view bench (see the file header). */
export async function benchSsr(): Promise<SsrStats> {
  const bundle = await buildClientBundle({});
  const browser = await launchChromium();
  try {
    const modes: Record<"off" | "on", SsrModeStats> = {} as never;
    let ssrColdFirstLoadMs = 0;
    for (const mode of ["off", "on"] as const) {
      const served = await serveApp(app, bundle, { ssr: mode === "on" });
      try {
        const started = performance.now();
        await (await fetch(served.url)).text();
        if (mode === "on") ssrColdFirstLoadMs = Math.round(performance.now() - started);
        // One warm-up page load, not counted.
        await sample(browser, served.url);
        const samples: Sample[] = [];
        for (let run = 0; run < RUNS; run++) samples.push(await sample(browser, served.url));
        modes[mode] = stats(samples);
      } finally {
        await served.close();
      }
    }
    return {
      withoutSsr: modes.off,
      withSsr: modes.on,
      ssrColdFirstLoadMs,
      budget: { fcpMs: 100, cls: 0 },
    };
  } finally {
    await browser.close();
  }
}
