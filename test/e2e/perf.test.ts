/**
 * Measures the browser budgets of SPEC §3 (first control painted, 1,000 text changes in
 * one batch) and prints them. Correctness is asserted; timings are only reported, as
 * budgets are never timed tests.
 */
import * as ft from "flet-ts";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, serveApp, waitForText } from "./browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 30_000);
afterAll(async () => {
  await browser?.close();
});

describe("browser budgets (reported)", () => {
  it("paints the first control and applies 1,000 text changes in one batch", async () => {
    const app = await serveApp((pg) => {
      const texts = Array.from({ length: 1000 }, (_, i) => new ft.Text(`t${i}`));
      pg.add(
        new ft.ElevatedButton("Change all", {
          onClick: () => {
            for (const [i, text] of texts.entries()) text.value = `changed ${i}`;
          },
        }),
        new ft.Column({ controls: texts }),
      );
    });
    const page = await browser.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector("[data-flet-id]:not([data-flet-id=page])")) {
          (window as any).__firstControl = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    // The first load builds the bundle; measure a second navigation, as a user would see.
    await page.goto(app.url);
    await waitForText(page, "t999");
    await page.goto(`${app.url}?again`);
    await waitForText(page, "t999");
    const firstControl = await page.evaluate(() => (window as any).__firstControl as number);
    await page.evaluate(() => {
      const client = (window as any).__fletClient;
      const replica = client.connection.replica;
      const apply = replica.apply.bind(replica);
      replica.apply = (...args: unknown[]) => {
        const start = performance.now();
        const ids = apply(...args);
        (window as any).__applyMs = performance.now() - start;
        return ids;
      };
      const flush = client.runtime.flush.bind(client.runtime);
      client.runtime.flush = () => {
        const start = performance.now();
        flush();
        (window as any).__flushMs = performance.now() - start;
      };
    });
    await page.getByRole("button", { name: "Change all" }).click();
    await waitForText(page, "changed 999");
    const { applyMs, flushMs } = await page.evaluate(() => ({
      applyMs: (window as any).__applyMs as number,
      flushMs: (window as any).__flushMs as number,
    }));
    console.log(
      `first control in DOM ${firstControl.toFixed(0)} ms after navigation start; ` +
        `1,000 text changes: replica ${applyMs.toFixed(1)} ms + DOM ${flushMs.toFixed(1)} ms`,
    );
    expect(await page.getByText("changed 0", { exact: true }).count()).toBe(1);
    await page.close();
    await app.close();
  });
});
