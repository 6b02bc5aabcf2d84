// Pagelet in Chromium: a scaffold in a box (app bar, body, docked button, bottom app bar),
// drawers opened from its app bar's menu buttons and by the app, confined to its box with
// their own scrim while the page around stays usable, closed by Escape and the scrim;
// screenshots of the pagelet page with its drawer open.
import { mkdirSync } from "node:fs";
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/pagelet.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function open(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "Folder: Inbox", 10_000);
  return page;
}

const box = async (page: Page, selector: string) =>
  (await page.locator(selector).first().boundingBox())!;
/** Waits until the open drawer has slid in. */
const settled = (page: Page) =>
  page
    .locator(".flet-pagelet > dialog[open]")
    .evaluate((d) => Promise.all(d.getAnimations().map((a) => a.finished)));
/** Whether the pagelet's app bar is inert (behind its open drawer's scrim). */
const barInert = (page: Page) =>
  page.locator(".flet-pagelet > .flet-appbar").evaluate((e) => (e as HTMLElement).inert);

const drawerOpen = (page: Page, side: "start" | "end") =>
  page
    .locator(`.flet-pagelet > dialog[data-flet-side=${side}]`)
    .evaluate((d) => (d as HTMLDialogElement).open);

describe("Pagelet in Chromium", () => {
  it("lays its app bar, body, bottom app bar and docked button out inside its own box", async () => {
    const page = await open();
    const pagelet = await box(page, ".flet-pagelet");
    const frame = await box(page, ".flet-container:has(> .flet-pagelet)");
    // It fills the 440 px Container it is in.
    expect(pagelet.height).toBeCloseTo(frame.height - 2, 0);
    const bar = await box(page, ".flet-pagelet > .flet-appbar");
    expect([bar.y, bar.height]).toEqual([pagelet.y, 64]);
    const bottom = await box(page, ".flet-pagelet > .flet-bottomappbar");
    expect(bottom.y + bottom.height).toBeCloseTo(pagelet.y + pagelet.height, 0);
    const fab = await box(page, ".flet-pagelet .flet-fab");
    // centerDocked: centred on the bottom app bar's top edge.
    expect(fab.x + fab.width / 2).toBeCloseTo(pagelet.x + pagelet.width / 2, 0);
    expect(fab.y + fab.height / 2).toBeCloseTo(bottom.y, 0);
    // Only the view's app bar is the page's banner landmark.
    expect(await page.getByRole("banner").count()).toBe(0);
    await page.getByRole("button", { name: "Delete" }).click();
    await waitForText(page, "Delete pressed");
  });

  it("opens its drawer from its menu button, inside its box, and the page stays usable", async () => {
    const page = await open();
    const pagelet = await box(page, ".flet-pagelet");
    await page.getByRole("button", { name: "Open navigation menu" }).click();
    await expect.poll(() => drawerOpen(page, "start")).toBe(true);
    const menu = page.getByRole("dialog", { name: "Navigation menu" });
    await settled(page);
    const drawer = (await menu.boundingBox())!;
    expect([drawer.x, drawer.y, drawer.height]).toEqual([pagelet.x, pagelet.y, pagelet.height]);
    expect(drawer.width).toBe(Math.min(360, pagelet.width - 56));
    const scrim = await box(page, ".flet-pagelet > .flet-scaffold-scrim");
    expect(scrim).toEqual(pagelet);
    // The drawer is not modal: the rest of the page answers, the pagelet's own parts do not.
    expect(await menu.evaluate((d) => d.matches(":modal"))).toBe(false);
    await page.getByRole("button", { name: "Outside" }).click();
    await waitForText(page, "Pressed outside the pagelet.");
    expect(await barInert(page)).toBe(true);
    await menu.getByRole("button", { name: "Outbox" }).click();
    await waitForText(page, "Folder: Outbox");
    await expect.poll(() => drawerOpen(page, "start")).toBe(false);
    // The parts behind come back once the drawer has finished closing.
    await expect.poll(() => barInert(page), { timeout: 5_000 }).toBe(false);
  });

  it("is driven by the keyboard: the menu button opens, arrows pick, Escape closes", async () => {
    const page = await open();
    const opener = page.getByRole("button", { name: "Open navigation menu" });
    await opener.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => drawerOpen(page, "start")).toBe(true);
    await page.getByRole("dialog").getByRole("button", { name: "Inbox" }).focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await waitForText(page, "Folder: Favourites");
    // The menu button takes focus again once the closed drawer no longer makes it inert.
    await expect.poll(() => barInert(page), { timeout: 5_000 }).toBe(false);
    await opener.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => drawerOpen(page, "start")).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => drawerOpen(page, "start")).toBe(false);
    // Focus returns to the button that opened it (once the drawer has closed).
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.matches(".flet-pagelet .flet-appbar-menu")),
      )
      .toBe(true);
  });

  it("opens either drawer from the app, and a click on the scrim closes it", async () => {
    const page = await open();
    const pagelet = await box(page, ".flet-pagelet");
    await page.getByRole("button", { name: "Show the end drawer" }).click();
    await expect.poll(() => drawerOpen(page, "end")).toBe(true);
    await settled(page);
    const drawer = await box(page, ".flet-pagelet > dialog[data-flet-side=end]");
    expect(drawer.x + drawer.width).toBeCloseTo(pagelet.x + pagelet.width, 0);
    await page.mouse.click(pagelet.x + 20, pagelet.y + pagelet.height / 2);
    await expect.poll(() => drawerOpen(page, "end")).toBe(false);
    await page.getByRole("button", { name: "Show the drawer" }).click();
    await expect.poll(() => drawerOpen(page, "start")).toBe(true);
    await page.mouse.click(pagelet.x + pagelet.width - 20, pagelet.y + pagelet.height / 2);
    await expect.poll(() => drawerOpen(page, "start")).toBe(false);
  });

  it("contains an endContained button in its bottom app bar, at the end", async () => {
    const page = await suite.open((p) => {
      p.add(
        new ft.Pagelet(new ft.Text("Body"), {
          bottomAppbar: new ft.BottomAppBar(new ft.Text("Bar")),
          floatingActionButton: new ft.FloatingActionButton({ icon: ft.icons.ADD, tooltip: "Add" }),
          floatingActionButtonLocation: ft.FloatingActionButtonLocation.END_CONTAINED,
          height: 300,
        }),
      );
    });
    await waitForText(page, "Body", 10_000);
    const pagelet = await box(page, ".flet-pagelet");
    const bar = await box(page, ".flet-pagelet > .flet-bottomappbar");
    const fab = await box(page, ".flet-pagelet .flet-fab");
    expect(fab.y + fab.height / 2).toBeCloseTo(bar.y + bar.height / 2, 0);
    expect(pagelet.x + pagelet.width - (fab.x + fab.width)).toBeCloseTo(16, 0);
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await suite.open(main);
    await page.emulateMedia({ colorScheme: scheme });
    await waitForText(page, "Folder: Inbox", 10_000);
    await page.evaluate(() => document.fonts.ready);
    await page.getByRole("button", { name: "Open navigation menu" }).click();
    await expect.poll(() => drawerOpen(page, "start")).toBe(true);
    await settled(page);
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-pagelet-${scheme}.png` });
  });
});
