// The three ported Flet tutorials (calculator, to-do, chat) in Chromium: their boxes as
// Flutter lays them out, and screenshots of each in light and dark (docs/img/).
import { mkdirSync } from "node:fs";
import type * as ft from "flet-ts";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as calculator from "../../examples/calculator.js";
import * as chat from "../../examples/chat.js";
import * as todo from "../../examples/todo.js";
import { launchBrowser, serveApp, type TestApp, waitForText } from "../e2e/browser.js";
import { type Box, TOLERANCE } from "./harness.js";

let browser: Browser;
let app: TestApp | undefined;
let tab: Page | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
}, 30_000);
afterAll(() => browser?.close());
afterEach(async () => {
  await tab?.close();
  await app?.close();
  tab = app = undefined;
});

async function open(
  main: ft.AppMain,
  scheme: "light" | "dark" = "light",
  width = 800,
): Promise<Page> {
  app = await serveApp(main);
  tab = await browser.newPage({ viewport: { width, height: 600 }, colorScheme: scheme });
  await tab.goto(app.url);
  return tab;
}

/** Waits for web components, fonts and animations, then measures `[data-key]` boxes. */
async function boxes(page: Page, keys: string[]): Promise<Record<string, Box>> {
  return page.evaluate(async (names) => {
    await document.fonts.ready;
    await Promise.all(
      [...document.querySelectorAll(":not(:defined)")].map((e) =>
        customElements.whenDefined(e.localName),
      ),
    );
    await Promise.all(document.getAnimations().map((animation) => animation.finished));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const out: Record<string, { x: number; y: number; width: number; height: number }> = {};
    for (const name of names) {
      const rect = document.querySelector(`[data-key="${name}"]`)!.getBoundingClientRect();
      out[name] = { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }
    return out;
  }, keys);
}

const near = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected), `${actual} ≈ ${expected}`).toBeLessThanOrEqual(TOLERANCE);

async function screenshot(page: Page, name: string, scheme: string): Promise<void> {
  mkdirSync("docs/img", { recursive: true });
  await page.screenshot({ path: `docs/img/${name}-${scheme}.png` });
}

const KEYS = ["AC", "+/-", "%", "/", "0", ".", "="].map((key) => `key ${key}`);

describe("calculator", () => {
  it("has 310 px rows split equally, 2:1 for expand=2, and no truncated label", async () => {
    const page = await open(calculator.main);
    await waitForText(page, "AC", 10_000);
    const b = await boxes(page, ["row-1", "row-5", ...KEYS]);
    for (const row of ["row-1", "row-5"]) near(b[row]!.width, 310);
    for (const key of ["AC", "+/-", "%", "/"]) near(b[`key ${key}`]!.width, 70);
    near(b["key 0"]!.width, 2 * b["key ."]!.width); // (310 − 20) / 4 × 2 = 145
    near(b["key 0"]!.width, 145);
    near(b["key ="]!.width, 72.5);
    const truncated = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("md-elevated-button")]
        .filter((button) => {
          const label = button.shadowRoot!.querySelector<HTMLElement>(".label")!;
          return label.scrollWidth > label.clientWidth;
        })
        .map((button) => button.textContent),
    );
    expect(truncated).toEqual([]);
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await open(calculator.main, scheme);
    await waitForText(page, "AC", 10_000);
    await boxes(page, ["row-1"]);
    await screenshot(page, "calculator", scheme);
  });
});

describe("to-do", () => {
  async function withTasks(page: Page): Promise<void> {
    await waitForText(page, "Todos", 10_000);
    const field = page.locator('[placeholder="What needs to be done?"]:is(input, textarea)');
    for (const task of ["Buy milk", "Write the layout guide"]) {
      await field.fill(task);
      await field.press("Enter");
      await waitForText(page, task);
    }
  }

  it("spans its 600 px column: tabs across, edit/delete at the right edge", async () => {
    const page = await open(todo.main);
    await withTasks(page);
    const b = await boxes(page, ["todo", "filter", "footer", "task Buy milk"]);
    near(b.todo!.width, 600);
    near(b.todo!.x, 100); // page CENTER: 10 + (780 − 600) / 2
    near(b.filter!.width, 600);
    near(b.footer!.width, 600);
    near(b["task Buy milk"]!.width, 600);
    const right = await page.evaluate(() => {
      const row = document.querySelector('[data-key="task Buy milk"]')!;
      const last = row.lastElementChild!.getBoundingClientRect();
      return last.right;
    });
    near(right, b.todo!.x + 600);
  });

  it("on a 390 px phone, its 600 px column is clamped to the screen: nothing is cut off", async () => {
    const page = await open(todo.main, "light", 390);
    await withTasks(page);
    const b = await boxes(page, ["todo", "filter", "task Buy milk"]);
    near(b.todo!.x, 10);
    near(b.todo!.width, 370); // Flutter: the 600 px constraint clamped to the 370 px content box
    near(b.filter!.width, 370);
    near(b["task Buy milk"]!.width, 370);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "todo-phone", "light");
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await open(todo.main, scheme);
    await withTasks(page);
    await boxes(page, ["todo"]);
    await screenshot(page, "todo", scheme);
  });
});

describe("chat", () => {
  it("fills the dialog's 300 px column with the name field, then the page with the input", async () => {
    const page = await open(chat.main);
    await waitForText(page, "Welcome!", 10_000);
    const b = await boxes(page, ["join-column", "join-name"]);
    near(b["join-column"]!.width, 300);
    near(b["join-name"]!.width, 300);
    await page.getByLabel("Enter your name to join the chat").fill("Alice");
    await page.getByRole("button", { name: "Join chat" }).click();
    await waitForText(page, "Alice has joined the chat.");
    const after = await boxes(page, ["chat", "new-message"]);
    near(after["new-message"]!.x, 10);
    near(after["new-message"]!.width, 780 - 10 - 40); // the row less spacing and the send button
    expect(after.chat!.height).toBeGreaterThan(400); // the expand container takes the rest
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await open(chat.main, scheme);
    await waitForText(page, "Welcome!", 10_000);
    await page.getByLabel("Enter your name to join the chat").fill("Alice");
    await page.getByRole("button", { name: "Join chat" }).click();
    // The page behind the dialog is inert until the dialog has closed.
    await waitForText(page, "Alice has joined the chat.");
    const input = page.locator('[placeholder="Write a message..."]:is(input, textarea)');
    for (const text of [
      "Hi! Is the layout right now?",
      "Rows fill, expand splits, text fields fill.",
    ]) {
      await input.fill(text);
      await input.press("Enter");
      await waitForText(page, text);
    }
    await boxes(page, ["chat"]);
    await screenshot(page, "chat", scheme);
  });
});
