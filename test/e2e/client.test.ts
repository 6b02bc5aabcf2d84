import * as ft from "flet-ts";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, serveApp, type TestApp, waitForText } from "./browser.js";

let browser: Browser;
let app: TestApp | undefined;
let page: Page | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
}, 30_000);
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await page?.close();
  await app?.close();
  page = undefined;
  app = undefined;
});

async function open(main: ft.AppMain, options?: Parameters<typeof serveApp>[1], path = "") {
  app = await serveApp(main, options);
  page = await browser.newPage();
  await page.goto(app.url + path);
  return page;
}

describe("browser client", () => {
  it("renders a column of texts and a button, and a click reaches the handler", async () => {
    const p = await open((pg) => {
      const count = new ft.Text("0");
      pg.add(
        new ft.Column({ controls: [new ft.Text("First"), new ft.Text("Second"), count] }),
        new ft.ElevatedButton("Add", {
          onClick: () => {
            count.value = String(Number(count.value) + 1);
          },
        }),
      );
    });
    await waitForText(p, "Second");
    await p.getByRole("button", { name: "Add" }).click();
    await waitForText(p, "1");
    await p.getByRole("button", { name: "Add" }).click();
    await waitForText(p, "2");
  });

  it("sends what the user types into a text field", async () => {
    const typed: string[] = [];
    const p = await open((pg) => {
      const echo = new ft.Text("");
      const field = new ft.TextField({
        label: "Name",
        onChange: () => {
          typed.push(field.value ?? "");
          echo.value = `Hello ${field.value}`;
        },
      });
      pg.add(field, echo);
    });
    const input = p.getByRole("textbox").first();
    await input.waitFor();
    await input.pressSequentially("Ada", { delay: 20 });
    await waitForText(p, "Hello Ada");
    expect(await input.inputValue()).toBe("Ada");
    expect(typed.at(-1)).toBe("Ada");
  });

  it("shows a visible box for a control type without a renderer", async () => {
    @ft.control("acme.nothing")
    class Nothing extends ft.Control {}
    const p = await open((pg) => pg.add(new Nothing(), new ft.Text("after")));
    await waitForText(p, "Unknown control: acme.nothing");
    await waitForText(p, "after");
  });

  it("sets the title and the theme's colours", async () => {
    const p = await open((pg) => {
      pg.title = "Themed";
      pg.themeMode = "dark";
      pg.theme = { colorSchemeSeed: "green" };
      pg.add(new ft.Text("x"));
    });
    await waitForText(p, "x");
    await expect.poll(() => p.title()).toBe("Themed");
    const primary = await p.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue("--md-sys-color-primary"),
    );
    expect(primary).toMatch(/^#[0-9a-f]{6}$/);
    expect(await p.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  });
});
