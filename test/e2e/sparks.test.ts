/**
 * The flet-sparks pack end to end in real Chromium: examples/sparks.ts served by the real
 * `WebApp` with its default client bundle, which finds the pack through the project's
 * package.json (no getClientBundle, no glue). Stars and the sparkline render, a click and
 * the keyboard change ratings on the server, and axe-core finds nothing.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { Sparkline } from "flet-sparks";
import * as ft from "flet-ts";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../examples/sparks.js";
import { launchBrowser, waitForText } from "./browser.js";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** An app served by the real WebApp with its default client bundle (pack discovery). */
interface Served {
  url: string;
  close(): Promise<void>;
}

async function serve(main: ft.AppMain): Promise<Served> {
  const web = ft.app(main, { exportApp: true, logger: ft.silentLogger });
  const server: Server = createServer((req, res) => void web.handler(req, res));
  server.on("upgrade", web.upgrade);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`,
    async close() {
      server.closeAllConnections();
      await Promise.all([web.close(), new Promise((resolve) => server.close(resolve))]);
    },
  };
}

let browser: Browser;
let app: Served;
let page: Page | undefined;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), serve(main)]);
}, 60_000);
afterAll(async () => {
  await Promise.all([app?.close(), browser?.close()]);
});
afterEach(async () => {
  await page?.close();
  page = undefined;
});

async function open(): Promise<Page> {
  // bypassCSP lets the axe script in.
  page = await browser.newPage({ bypassCSP: true });
  await page.goto(app.url);
  await waitForText(page, "How did we do?", 30_000);
  return page;
}

const stars = (p: Page, product: string): Locator =>
  p.getByRole("slider", { name: `Rate ${product}` });
const trend = (p: Page): Locator => p.getByRole("img", { name: /^Ratings over time:/ });

describe("examples/sparks.ts with the flet-sparks pack", () => {
  it("shows the stars and the sparkline, not unknown-control boxes", async () => {
    const p = await open();
    await expect(p.title()).resolves.toBe("Product feedback");
    expect(await p.locator(".flet-unknown").count()).toBe(0);
    const first = stars(p, "Trail running shoes");
    await first.waitFor({ timeout: 10_000 });
    expect(await first.locator("[data-star]").count()).toBe(5);
    expect(await first.getAttribute("aria-valuenow")).toBe("0");
    expect(await first.getAttribute("aria-valuetext")).toBe("0 of 5 stars");
    await expect(trend(p).getAttribute("aria-label")).resolves.toBe(
      "Ratings over time: 8 values, from 3 to 5, last 5",
    );
    // d3-shape arrives with import(): the line is drawn once it has.
    await p.locator(".sparks-line[d^='M']").waitFor({ timeout: 10_000 });
    const average = p.getByRole("slider", { name: "Average rating" });
    expect(await average.getAttribute("aria-readonly")).toBe("true");
  });

  it("sets 4 stars on a click of the 4th; the server records it and the sparkline grows", async () => {
    const p = await open();
    const first = stars(p, "Trail running shoes");
    await first.locator('[data-star="4"] .sparks-hit').click();
    // Text only the server writes, from its handler.
    await waitForText(p, "You rated it 4 of 5");
    expect(await first.getAttribute("aria-valuenow")).toBe("4");
    await expect
      .poll(() => trend(p).getAttribute("aria-label"))
      .toBe("Ratings over time: 9 values, from 3 to 5, last 4");
    // Hovering previews and tells the server, which shows a hint.
    await stars(p, "Insulated bottle").locator('[data-star="2"]').hover();
    await waitForText(p, "2 of 5 for Insulated bottle");
  });

  it("changes a rating from the keyboard", async () => {
    const p = await open();
    const second = stars(p, "Rain jacket");
    await second.focus();
    await p.keyboard.press("ArrowRight");
    await waitForText(p, "You rated it 1 of 5");
    await p.keyboard.press("ArrowRight");
    await waitForText(p, "You rated it 2 of 5");
    expect(await second.getAttribute("aria-valuenow")).toBe("2");
    await p.keyboard.press("End");
    await waitForText(p, "You rated it 5 of 5");
    await p.keyboard.press("ArrowLeft");
    await waitForText(p, "You rated it 4 of 5");
    // The read-only average does not move.
    const average = p.getByRole("slider", { name: "Average rating" });
    const before = await average.getAttribute("aria-valuenow");
    await average.focus();
    await p.keyboard.press("ArrowRight");
    await p.waitForTimeout(200);
    expect(await average.getAttribute("aria-valuenow")).toBe(before);
  });

  it("has no axe-core WCAG 2 A/AA violation", async () => {
    const p = await open();
    await stars(p, "Trail running shoes").waitFor();
    await p.locator(".sparks-line[d^='M']").waitFor({ timeout: 10_000 });
    await p.evaluate(() => document.fonts.ready);
    await p.waitForFunction(() => document.querySelectorAll(":not(:defined)").length === 0);
    await p.addScriptTag({ content: AXE });
    const violations = await p.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: Function } }).axe;
      const result = await axe.run(document, { runOnly: ["wcag2a", "wcag2aa"] });
      return (
        result.violations as { id: string; help: string; nodes: { target: string[] }[] }[]
      ).map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`);
    });
    expect(violations).toEqual([]);
  });
});

describe("Sparkline with onClick", () => {
  it("sends the nearest point's index on a click, and picks points from the keyboard", async () => {
    const clicked: number[] = [];
    const served = await serve((p) => {
      p.add(
        new Sparkline([3, 8, 5, 12, 9], {
          label: "Sales",
          width: 200,
          onClick: (e) => {
            clicked.push(e.index);
          },
        }),
        new ft.Text("ready"),
      );
    });
    try {
      page = await browser.newPage();
      await page.goto(served.url);
      const chart = page.getByRole("img", { name: "Sales: 5 values, from 3 to 12, last 9" });
      await chart.waitFor({ timeout: 30_000 });
      await page.locator(".sparks-line[d^='M']").waitFor();
      // The left edge is point 0, the right edge point 4.
      await chart.click({ position: { x: 2, y: 20 } });
      await chart.click({ position: { x: 198, y: 20 } });
      await expect.poll(() => clicked).toEqual([0, 4]);
      await chart.focus();
      await page.keyboard.press("Home");
      await page.keyboard.press("ArrowRight");
      await waitForText(page, "Point 2 of 5: 8");
      await page.keyboard.press("Enter");
      await expect.poll(() => clicked).toEqual([0, 4, 1]);
    } finally {
      await served.close();
    }
  });
});
