/**
 * Server-rendered first views (the `ssr` option) in Chromium: the page is readable before
 * the client bundle runs (its request is held back), the client swaps in the same DOM
 * without a layout shift and resumes the very session (a click reaches its handler), the
 * view works without JavaScript, and axe finds nothing on it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as ft from "flet-ts";
import type { Page, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite } from "./browser.js";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const suite = browserSuite();

/** A counter with a heading, a hostile text, a Markdown link and a button below the count. */
function counter(runs: { main: number }): ft.AppMain {
  return (page) => {
    runs.main++;
    page.title = "SSR counter";
    let count = 0;
    const label = new ft.Text("Count: 0", { size: 24 });
    page.add(
      new ft.Text("Server-rendered counter", { size: 32 }),
      new ft.Text("<script>window.__pwned = true</script>"),
      new ft.Markdown("Read the [Flet docs](https://flet.dev/docs)."),
      label,
      new ft.ElevatedButton("Add one", {
        onClick: () => {
          label.value = `Count: ${++count}`;
          label.update();
        },
      }),
      new ft.Text("Below the button"),
    );
  };
}

/** Holds the client bundle's request until `release()` (the view must stand without it). */
async function holdBundle(page: Page): Promise<() => Promise<void>> {
  let held: Route | undefined;
  let arrived!: () => void;
  const got = new Promise<void>((resolve) => (arrived = resolve));
  let released = false;
  await page.route("**/_flet/client.js", (route) => {
    if (released) return void route.continue();
    held = route;
    arrived();
  });
  return async () => {
    await got;
    released = true;
    await held!.continue();
  };
}

/**
 * The root's HTML with the server's marker left out, and the empty `value` attribute a
 * Material Web component reflects on itself when its code arrives (the renderer's DOM is
 * the same; only the upgrade adds it).
 */
function rootHtml(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.getElementById("flet-root")!.cloneNode(true) as HTMLElement;
    for (const element of root.querySelectorAll("[data-flet-ssr]"))
      element.removeAttribute("data-flet-ssr");
    for (const status of root.querySelectorAll(".flet-status")) status.remove();
    for (const element of root.querySelectorAll("*"))
      if (element.localName.includes("-") && element.getAttribute("value") === "")
        element.removeAttribute("value");
    return root.innerHTML;
  });
}

const hydrated = (page: Page) =>
  page.waitForFunction(
    () =>
      document.querySelector("#flet-root > .flet-page") !== null &&
      document.querySelector("#flet-root > [data-flet-ssr]") === null,
  );

describe("server-rendered first view", () => {
  it("is readable before the client bundle runs, and the client takes over the same session", async () => {
    const runs = { main: 0 };
    const app = await suite.serve(counter(runs), { ssr: true });
    const page = await suite.newPage();
    const release = await holdBundle(page);
    await page.addInitScript(() => {
      (window as unknown as { __shifts: number }).__shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
        }[])
          if (!entry.hadRecentInput)
            (window as unknown as { __shifts: number }).__shifts += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(app.url, { waitUntil: "commit" });
    await page.getByText("Server-rendered counter").waitFor();
    expect(await page.title()).toBe("SSR counter");
    await expect(page.getByText("Count: 0").isVisible()).resolves.toBe(true);
    // The hostile text is text: shown, never run.
    await page.getByText("<script>window.__pwned = true</script>").waitFor();
    expect(await page.locator('a[href="https://flet.dev/docs"]').textContent()).toBe("Flet docs");
    expect(await page.evaluate(() => "__fletClient" in window)).toBe(false);
    // The fonts are the page's own (inlined faces), not the client's: wait for them first.
    await page.evaluate(() => document.fonts.load("400 14px Roboto"));
    const before = await rootHtml(page);
    const box = await page.getByText("Below the button").boundingBox();

    await release();
    await hydrated(page);
    await page.evaluate(() => document.fonts.ready);
    expect(await rootHtml(page)).toBe(before);
    expect(await page.getByText("Below the button").boundingBox()).toEqual(box);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBe(
      undefined,
    );

    // The very session the server started: main ran once, and a click reaches it.
    await page.getByRole("button", { name: "Add one" }).click();
    await page.getByText("Count: 1").waitFor();
    expect(runs.main).toBe(1);
    expect(app.web.host.sessionCount).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __shifts: number }).__shifts)).toBe(0);
  });

  it("shows its text and working links without JavaScript", async () => {
    const app = await suite.serve(counter({ main: 0 }), { ssr: true });
    const context = await suite.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(app.url);
      await page.getByText("Server-rendered counter").waitFor();
      await expect(page.getByText("Count: 0").isVisible()).resolves.toBe(true);
      const link = page.getByRole("link", { name: "Flet docs" });
      expect(await link.getAttribute("href")).toBe("https://flet.dev/docs");
      await expect(page.locator("noscript").count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });

  it("has no accessibility violations before the client runs", async () => {
    const app = await suite.serve(counter({ main: 0 }), { ssr: true });
    const context = await suite.browser.newContext({ bypassCSP: true });
    try {
      const page = await context.newPage();
      await holdBundle(page);
      await page.goto(app.url, { waitUntil: "commit" });
      await page.getByText("Server-rendered counter").waitFor();
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: Function } }).axe;
        const result = await axe.run(document, { runOnly: ["wcag2a", "wcag2aa"] });
        return (result.violations as { id: string; nodes: { target: string[] }[] }[]).map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        );
      });
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("sends the plain page when ssr is off", async () => {
    const app = await suite.serve(counter({ main: 0 }));
    const html = await (await fetch(app.url)).text();
    expect(html).toContain('<div id="flet-root"></div>');
    expect(app.web.host.sessionCount).toBe(0);
  });
});
