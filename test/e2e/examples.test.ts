// The gallery (examples/gallery.ts) in Chromium with the real client: its index opens
// every example, and each example behaves in the browser as its tester test says.

import * as ft from "flet-ts";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { controlPages } from "../../examples/controls/index.js";
import {
  examples,
  type Gallery,
  guestbookExample,
  hostingExamples,
  startGallery,
} from "../../examples/gallery.js";
import { launchBrowser, waitForText } from "./browser.js";

let browser: Browser;
let gallery: Gallery;
let page: Page | undefined;

beforeAll(async () => {
  [browser, gallery] = await Promise.all([
    launchBrowser(),
    startGallery({ port: 0, host: "127.0.0.1", logger: ft.silentLogger }),
  ]);
}, 30_000);
afterAll(async () => {
  await browser?.close();
  await gallery?.close();
});
afterEach(async () => {
  await page?.close();
  page = undefined;
});

/** Opens an example of the gallery (`path` is relative to its app path). */
async function open(slug: string, path = ""): Promise<Page> {
  page = await browser.newPage();
  await page.goto(`${gallery.url}examples/${slug}/${path}`);
  return page;
}

/** Text each example shows once it runs (others are only checked to render). */
const shows: Record<string, string | RegExp> = {
  hello: "Hello, world!",
  "async-handlers": "Call handler",
  countdown: /^00:\d\d$/,
  "custom-controls": "Subtract 5",
  lifecycle: "Switch tabs or minimise the window, then come back.",
  routing: "Visit the store",
  todo: "Todos",
  calculator: "AC",
  chat: "Welcome!",
  guestbook: "Guestbook",
  uploads: "Uploaded files",
};

describe("the gallery index", () => {
  it("lists every example and every hosting example with its command", async () => {
    page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    await page.goto(gallery.url);
    await waitForText(page, "flet-ts examples", 15_000);
    for (const example of examples) {
      await waitForText(page, example.title);
      await waitForText(page, example.description);
    }
    await waitForText(page, "Controls");
    for (const controls of controlPages) {
      await waitForText(page, controls.title);
      await waitForText(page, controls.description);
    }
    await waitForText(page, "Hosting");
    for (const example of hostingExamples) {
      await waitForText(page, example.title);
      await waitForText(page, example.command);
    }
    // Not even a favicon 404.
    expect(consoleErrors).toEqual([]);
    expect(hostingExamples.map((e) => e.command)).toEqual([
      "npx tsx examples/adapters/node-http.ts",
      "npx tsx examples/adapters/express.ts",
      "npx tsx examples/adapters/fastify.ts",
      "npx tsx examples/adapters/koa.ts",
      "npx tsx examples/adapters/hono.ts",
    ]);
  });

  it("opens each example with its Open button; its All examples button returns to the index", async () => {
    page = await browser.newPage();
    await page.goto(gallery.url);
    for (const example of [...examples, guestbookExample]) {
      await page.getByRole("button", { name: `Open ${example.title}`, exact: true }).click();
      await page.waitForURL(`${gallery.url}examples/${example.slug}/`);
      // Examples added without a marker here must at least render something.
      const marker = shows[example.slug];
      const shown =
        marker === undefined
          ? page.locator(".flet-view-body > *")
          : typeof marker === "string"
            ? page.getByText(marker, { exact: true })
            : page.getByText(marker);
      await shown.first().waitFor({ timeout: 10_000 });
      // A modal dialog at start (the chat's name prompt) covers the link, as it covers
      // everything: the browser's back button is the way out there.
      if (await page.locator('dialog[open][aria-modal="true"]').count()) await page.goBack();
      else await page.getByRole("button", { name: "All examples", exact: true }).click();
      await page.waitForURL(gallery.url);
      await waitForText(page, "Hosting", 10_000);
    }
  }, 60_000);

  it("opens each controls page, which shows its title and no error, and leads home", async () => {
    page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(gallery.url);
    for (const controls of controlPages) {
      await page.getByRole("button", { name: `Open ${controls.title}`, exact: true }).click();
      await page.waitForURL(`${gallery.url}controls/${controls.slug}/`);
      await page
        .locator(".flet-view-body")
        .getByText(controls.title, { exact: true })
        .first()
        .waitFor({ timeout: 10_000 });
      await page.getByRole("button", { name: "All examples", exact: true }).click();
      await page.waitForURL(gallery.url);
      await waitForText(page, "Hosting", 10_000);
    }
    // The browser's back button still works too.
    await page.goBack();
    await page.waitForURL(`${gallery.url}controls/${controlPages.at(-1)!.slug}/`);
    expect(errors).toEqual([]);
  }, 60_000);
});

describe("async-handlers", () => {
  it("shows the sync handler's text at once and the async one's after 3 s", async () => {
    const p = await open("async-handlers");
    await p.getByRole("button", { name: "Call async handler" }).click();
    await p.getByRole("button", { name: "Call handler", exact: true }).click();
    await waitForText(p, "Handler clicked");
    // The async handler sleeps 3 s: its text is not there yet, but comes without a reload.
    expect(await p.getByText("Async handler clicked").count()).toBe(0);
    await waitForText(p, "Async handler clicked", 10_000);
    expect(await p.getByText("Handler clicked", { exact: true }).count()).toBe(1);
  });
});

describe("countdown", () => {
  it("ticks two countdowns down from 02:00 and 01:00", async () => {
    const p = await open("countdown");
    const read = async () => {
      const texts = await p.getByText(/^\d\d:\d\d$/).allTextContents();
      return texts.map((text) => {
        const [minutes, seconds] = text.split(":").map(Number);
        return minutes! * 60 + seconds!;
      });
    };
    await expect.poll(read).toHaveLength(2);
    const [first, second] = await read();
    expect(first).toBeLessThanOrEqual(120);
    expect(first).toBeGreaterThan(110);
    expect(second).toBeLessThanOrEqual(60);
    expect(second).toBeGreaterThan(50);
    // Both tick down, and keep ticking.
    const below = (limits: number[]) => async () =>
      (await read()).every((value, i) => value < limits[i]!);
    await expect.poll(below([first!, second!]), { timeout: 5_000 }).toBe(true);
    await expect.poll(below(await read()), { timeout: 5_000 }).toBe(true);
    const [a, b] = await read();
    expect(a! - b!).toBeGreaterThanOrEqual(59);
    expect(a! - b!).toBeLessThanOrEqual(61);
  });
});

describe("custom-controls", () => {
  it("counts with the built rows and turns the total red below zero", async () => {
    const p = await open("custom-controls");
    await p.getByRole("button", { name: "Increase Apples" }).click();
    await p.getByRole("button", { name: "Increase Apples" }).click();
    await waitForText(p, "2");
    await p.getByRole("button", { name: "Decrease Pears" }).click();
    await waitForText(p, "-1");
    await p.getByRole("button", { name: "Subtract 5" }).click();
    const total = p.getByText("-5", { exact: true });
    await total.waitFor();
    const red = await total.evaluate((element) => getComputedStyle(element).color);
    expect(red).toMatch(/^rgb\(2[0-9]{2}, [0-9]{1,2}, [0-9]{1,2}\)$/);
  });
});

describe("routing", () => {
  it("opens a deep link, navigates, and pops a view with the back button", async () => {
    const p = await open("routing", "store/2");
    const base = `${gallery.url}examples/routing`;
    await waitForText(p, "Price: $48", 10_000);
    const title = () => p.getByRole("banner").locator(".flet-appbar-title").allTextContents();
    await expect.poll(title).toEqual(["Pour-over kettle"]);
    // A view above another gets the app bar's automatic back button, as in Flet.
    await p.getByRole("banner").getByRole("button", { name: "Back" }).waitFor();
    await p.getByRole("button", { name: "Back to the store" }).click();
    await waitForText(p, "Burr grinder");
    await expect.poll(() => p.url()).toBe(`${base}/store`);
    await p.getByRole("button", { name: /Burr grinder/ }).click();
    await waitForText(p, "Price: $129");
    await expect.poll(() => p.url()).toBe(`${base}/store/3`);
    await p.goBack();
    await expect.poll(title).toEqual(["Store"]);
    await expect.poll(() => p.url()).toBe(`${base}/store`);
    expect(await p.getByText("Price: $129").isVisible()).toBe(false);
  });
});

describe("todo", () => {
  it("adds, completes, filters and clears tasks", async () => {
    const p = await open("todo");
    const field = p.getByRole("textbox", { name: "What needs to be done?" });
    for (const task of ["Buy milk", "Write tests"]) {
      await field.fill(task);
      await p.getByRole("button", { name: "Add task" }).click();
      await waitForText(p, task);
    }
    await waitForText(p, "2 items left");
    await expect.poll(() => field.inputValue()).toBe("");
    // The Add button had focus; add() hands it back to the field, as Flet's tutorial does.
    await expect.poll(() => field.evaluate((el) => el.matches(":focus-within"))).toBe(true);

    await p.getByRole("checkbox", { name: "Buy milk" }).click();
    await waitForText(p, "1 item left");

    await p.getByRole("tab", { name: "completed" }).click();
    await expect.poll(() => p.getByRole("checkbox").allTextContents()).toHaveLength(1);
    expect(await p.getByRole("checkbox", { name: "Buy milk" }).isVisible()).toBe(true);

    await p.getByRole("button", { name: "Clear completed" }).click();
    await p.getByRole("tab", { name: "all" }).click();
    await expect
      .poll(() => p.getByRole("checkbox", { name: "Write tests" }).isVisible())
      .toBe(true);
    expect(await p.getByRole("checkbox", { name: "Buy milk" }).count()).toBe(0);
    await waitForText(p, "1 item left");
  });
});
