// MenuBar, SubmenuButton and MenuItemButton in Chromium: the WAI-ARIA menubar pattern by
// mouse and keyboard, cascading menus opening below the bar and beside their button,
// open/close events, a disabled item, a SubmenuButton on its own, and screenshots of the
// menus page with a menu open.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/menus.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's WCAG 2 A/AA violations on the page as it is (run through CDP, past the CSP). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: Function } }).axe;
    const result = await axe.run(document, { runOnly: ["wcag2a", "wcag2aa"] });
    return (result.violations as { id: string; nodes: { target: string[] }[] }[]).map(
      (v) => `${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`,
    );
  });
}

async function open(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "No menu opened yet.", 10_000);
  return page;
}

const bar = (page: Page) => page.getByRole("menubar");
const barItem = (page: Page, name: string) =>
  bar(page).getByRole("menuitem", { name, exact: true });
const menu = (page: Page, name: string) => page.getByRole("menu", { name, exact: true });
const focusedText = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return (active?.querySelector(".flet-menu-label") ?? active)?.textContent?.trim() ?? "";
  });
/** Waits until the focus is on the entry whose text starts with `text` (focus moves are async under load). */
const focusOn = (page: Page, text: string) =>
  expect.poll(() => focusedText(page), { timeout: 10_000 }).toMatch(new RegExp(`^${text}`));

describe("MenuBar in Chromium", () => {
  it("opens a menu below its button on click, a nested one beside it on hover, and picks", async () => {
    const page = await open();
    const file = barItem(page, "File");
    expect(await file.getAttribute("aria-haspopup")).toBe("menu");
    await file.click();
    await expect.poll(() => menu(page, "File").isVisible()).toBe(true);
    await waitForText(page, "File menu open");
    expect(await file.getAttribute("aria-expanded")).toBe("true");
    const button = (await file.boundingBox())!;
    const fileMenu = (await menu(page, "File").boundingBox())!;
    expect(Math.round(fileMenu.y)).toBe(Math.round(button.y + button.height));
    expect(Math.round(fileMenu.x)).toBe(Math.round(button.x));
    // Hovering Recent opens its menu beside it, its first entry level with Recent.
    const recent = menu(page, "File").getByRole("menuitem", { name: "Recent" });
    await recent.hover();
    await expect.poll(() => menu(page, "Recent").isVisible()).toBe(true);
    const row = (await recent.boundingBox())!;
    const nested = (await menu(page, "Recent").boundingBox())!;
    expect(nested.x).toBeGreaterThanOrEqual(row.x + row.width - 1);
    expect(Math.abs(nested.y + 8 - row.y)).toBeLessThan(2);
    await menu(page, "Recent").getByRole("menuitem", { name: "plan.md" }).click();
    await waitForText(page, "File > Recent > plan.md picked");
    // The pick closed the whole cascade.
    await waitForText(page, "File menu closed");
    expect(await menu(page, "File").isVisible()).toBe(false);
    expect(await file.getAttribute("aria-expanded")).toBe("false");
  });

  it("once a menu is open, hovering another bar button opens its menu; a click outside closes", async () => {
    const page = await open();
    await barItem(page, "File").click();
    await expect.poll(() => menu(page, "File").isVisible()).toBe(true);
    await barItem(page, "Edit").hover();
    await expect.poll(() => menu(page, "Edit").isVisible()).toBe(true);
    expect(await menu(page, "File").isVisible()).toBe(false);
    // Redo has no onClick: disabled, as in Flutter; a click does nothing.
    const redo = menu(page, "Edit").getByRole("menuitem", { name: "Redo" });
    expect(await redo.getAttribute("aria-disabled")).toBe("true");
    await redo.click({ force: true });
    expect(await menu(page, "Edit").isVisible()).toBe(true);
    await page.mouse.click(700, 600);
    await waitForText(page, "Edit menu closed");
    expect(await menu(page, "Edit").isVisible()).toBe(false);
  });

  it("follows the WAI-ARIA menubar pattern from the keyboard", async () => {
    const page = await open();
    const file = barItem(page, "File");
    // One Tab stop: File; the others are -1.
    expect(await file.getAttribute("tabindex")).toBe("0");
    expect(await barItem(page, "Edit").getAttribute("tabindex")).toBe("-1");
    await file.focus();
    await page.keyboard.press("ArrowRight");
    await focusOn(page, "Edit");
    await page.keyboard.press("End");
    await focusOn(page, "Help");
    await page.keyboard.press("ArrowRight");
    await focusOn(page, "File");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => menu(page, "File").isVisible()).toBe(true);
    await focusOn(page, "New");
    await page.keyboard.press("ArrowDown");
    await focusOn(page, "Save");
    await page.keyboard.press("ArrowDown");
    await focusOn(page, "Recent");
    // Right opens the nested menu on its first entry; Left closes it, back on Recent.
    await page.keyboard.press("ArrowRight");
    await focusOn(page, "notes.txt");
    await page.keyboard.press("ArrowLeft");
    await focusOn(page, "Recent");
    expect(await menu(page, "Recent").isVisible()).toBe(false);
    // Typeahead: "q" goes to Quit; Up wraps back; Home/End.
    await page.keyboard.press("q");
    await focusOn(page, "Quit");
    await page.keyboard.press("ArrowDown");
    await focusOn(page, "New");
    await page.keyboard.press("End");
    await focusOn(page, "Quit");
    // Right on a plain item moves to the next bar menu, opened on its first entry.
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => menu(page, "Edit").isVisible()).toBe(true);
    await focusOn(page, "Undo");
    expect(await menu(page, "File").isVisible()).toBe(false);
    // Down skips the disabled Redo; Enter picks Copy and the focus returns to Edit.
    await page.keyboard.press("ArrowDown");
    await focusOn(page, "Copy");
    await page.keyboard.press("Enter");
    await waitForText(page, "Edit > Copy picked");
    await focusOn(page, "Edit");
    // Up opens on the last entry; Escape closes and returns to the bar button.
    await page.keyboard.press("ArrowUp");
    await focusOn(page, "Copy");
    await page.keyboard.press("Escape");
    await waitForText(page, "Edit menu closed");
    await focusOn(page, "Edit");
    expect(await barItem(page, "Edit").getAttribute("tabindex")).toBe("0");
  });

  it("a SubmenuButton on its own is a button that opens its menu (Enter, Space, click)", async () => {
    const page = await open();
    const share = page.getByRole("button", { name: "Share", exact: true });
    expect(await share.getAttribute("aria-haspopup")).toBe("menu");
    await share.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => menu(page, "Share").isVisible()).toBe(true);
    await focusOn(page, "Email");
    await page.keyboard.press("ArrowDown");
    await focusOn(page, "Copy link");
    await page.keyboard.press(" ");
    await waitForText(page, "Share by copy link picked");
    expect(await menu(page, "Share").isVisible()).toBe(false);
    // Its menuStyle colours the menu.
    await share.click();
    await expect.poll(() => menu(page, "Share").isVisible()).toBe(true);
    const bg = await menu(page, "Share").evaluate((el) => getComputedStyle(el).backgroundColor);
    const fileBg = await bar(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe(fileBg);
    await share.click();
    expect(await menu(page, "Share").isVisible()).toBe(false);
  });

  it("draws the style per state, the menu's alignment and offset, disabled; a resize closes", async () => {
    const page = await suite.open((p) => {
      const pick = new ft.MenuItemButton(new ft.Text("Pick"), {
        onClick: () => {},
        style: {
          bgcolor: { hovered: "#ff0000", "": "#00ff00" },
          shape: ft.shapes.roundedRectangle(12),
        },
      });
      p.add(
        new ft.MenuBar([
          new ft.SubmenuButton(new ft.Text("Styled"), {
            controls: [pick],
            menuStyle: { alignment: ft.alignment.topRight, padding: 0 },
            alignmentOffset: { x: 10, y: 20 },
          }),
          new ft.SubmenuButton(new ft.Text("Off"), {
            disabled: true,
            controls: [new ft.MenuItemButton(new ft.Text("Never"), { onClick: () => {} })],
          }),
        ]),
      );
    });
    const styled = barItem(page, "Styled");
    await styled.waitFor();
    expect(await barItem(page, "Off").getAttribute("aria-disabled")).toBe("true");
    await styled.click();
    await expect.poll(() => menu(page, "Styled").isVisible()).toBe(true);
    const button = (await styled.boundingBox())!;
    const box = (await menu(page, "Styled").boundingBox())!;
    // Its start-top corner at the button's top right, moved by the offset.
    expect(Math.round(box.x)).toBe(Math.round(button.x + button.width + 10));
    expect(Math.round(box.y)).toBe(Math.round(button.y + 20));
    const item = menu(page, "Styled").getByRole("menuitem", { name: "Pick" });
    const bg = () => item.evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.mouse.move(1, 1);
    await expect.poll(bg).toBe("rgb(0, 255, 0)");
    await item.hover();
    await expect.poll(bg).toBe("rgb(255, 0, 0)");
    expect(await item.evaluate((el) => getComputedStyle(el).borderRadius)).toBe("12px");
    // Resizing the window closes the menu, as in Flutter (it would drift from its button).
    await page.setViewportSize({ width: 1000, height: 700 });
    await expect.poll(() => menu(page, "Styled").isVisible()).toBe(false);
    expect(await styled.getAttribute("aria-expanded")).toBe("false");
  });

  it("mirrors in right-to-left text: keys, menus opening towards the start", async () => {
    const page = await suite.open((p) => {
      const item = (name: string) =>
        new ft.MenuItemButton(new ft.Text(name), { onClick: () => {} });
      p.add(
        new ft.Row(
          [
            new ft.MenuBar(
              [
                new ft.SubmenuButton(new ft.Text("File"), {
                  controls: [
                    item("New"),
                    new ft.SubmenuButton(new ft.Text("Recent"), { controls: [item("a.txt")] }),
                  ],
                }),
                new ft.SubmenuButton(new ft.Text("Edit"), { controls: [item("Undo")] }),
              ],
              { rtl: true },
            ),
          ],
          { alignment: ft.MainAxisAlignment.END },
        ),
      );
    });
    const file = barItem(page, "File");
    await file.waitFor();
    expect((await barItem(page, "Edit").boundingBox())!.x).toBeLessThan(
      (await file.boundingBox())!.x,
    );
    await file.focus();
    // Left goes to the next entry in right-to-left text.
    await page.keyboard.press("ArrowLeft");
    await focusOn(page, "Edit");
    await page.keyboard.press("ArrowRight");
    await focusOn(page, "File");
    await page.keyboard.press("ArrowDown");
    await focusOn(page, "New");
    const button = (await file.boundingBox())!;
    const box = (await menu(page, "File").boundingBox())!;
    expect(Math.round(box.x + box.width)).toBe(Math.round(button.x + button.width));
    await page.keyboard.press("ArrowDown");
    await focusOn(page, "Recent");
    // Left opens the nested menu, on the left of its button.
    await page.keyboard.press("ArrowLeft");
    await focusOn(page, "a.txt");
    const recent = (await menu(page, "File")
      .getByRole("menuitem", { name: "Recent" })
      .boundingBox())!;
    const nested = (await menu(page, "Recent").boundingBox())!;
    expect(nested.x + nested.width).toBeLessThanOrEqual(recent.x + 1);
    await page.keyboard.press("ArrowRight");
    await focusOn(page, "Recent");
  });

  it("focus() from the server focuses a SubmenuButton, and an item only while its menu is open", async () => {
    const page = await suite.open((p) => {
      const result = new ft.Text("No focus call yet.");
      const item = new ft.MenuItemButton(new ft.Text("Inside"), { onClick: () => {} });
      const submenu = new ft.SubmenuButton(new ft.Text("Tools"), { controls: [item] });
      const call = (label: string, target: { focus(): Promise<boolean> }) =>
        new ft.TextButton(label, {
          onClick: async () => {
            result.value = `${label}: ${await target.focus()}`;
            result.update();
          },
        });
      p.add(submenu, call("Focus tools", submenu), call("Focus inside", item), result);
    });
    await page.getByRole("button", { name: "Focus inside" }).click();
    await waitForText(page, "Focus inside: false");
    await page.getByRole("button", { name: "Focus tools" }).click();
    await waitForText(page, "Focus tools: true");
    await focusOn(page, "Tools");
    await page.keyboard.press("Enter");
    await focusOn(page, "Inside");
    // The menu stays open (no click outside, no Escape); focus() reaches its item now.
    await page.getByRole("button", { name: "Focus inside" }).focus();
    await page.keyboard.press("Enter");
    await waitForText(page, "Focus inside: true");
    await focusOn(page, "Inside");
  });

  it.each(["light", "dark"] as const)(
    "screenshot and axe with a cascade open (%s)",
    async (scheme) => {
      const page = await open();
      await page.emulateMedia({ colorScheme: scheme });
      await barItem(page, "File").click();
      const recent = menu(page, "File").getByRole("menuitem", { name: "Recent" });
      await recent.hover();
      await expect.poll(() => menu(page, "Recent").isVisible()).toBe(true);
      await menu(page, "Recent").getByRole("menuitem", { name: "notes.txt" }).hover();
      // Past the menus' fade-in.
      await page.waitForTimeout(250);
      await page.evaluate(() => document.fonts.ready);
      mkdirSync("docs/img", { recursive: true });
      await page.screenshot({ path: `docs/img/controls-menus-bar-${scheme}.png` });
      // The open cascade (menubar, two menus, a disabled-free File menu) passes axe.
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});
