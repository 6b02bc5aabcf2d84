// NavigationRail and NavigationDrawer in Chromium: the rail beside the content, picked by
// mouse and keyboard, extended and label types; drawers opened from the app bar's menu
// buttons, by the app, and by an edge swipe; closed by Escape, the scrim and a swipe back;
// screenshots of the navigation page.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/navigation.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function open(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "Navigation", 10_000);
  return page;
}

const rail = (page: Page) => page.getByRole("navigation", { name: "Navigation rail" });
const drawer = (page: Page) => page.getByRole("dialog", { name: "Navigation menu" });

describe("NavigationRail in Chromium", () => {
  it("stands at the left, full height, 80 px wide, labels under the icons", async () => {
    const page = await open();
    const box = (await rail(page).boundingBox())!;
    const body = (await page.locator(".flet-view-body").boundingBox())!;
    expect(box.width).toBe(80);
    // The Row is expanded: the rail spans the view's body, less its padding.
    expect(box.height).toBeGreaterThan(body.height - 30);
    const inbox = rail(page).getByRole("button", { name: "Inbox" });
    expect(await inbox.getAttribute("aria-current")).toBe("page");
    const icon = (await inbox.locator(".flet-navdest-pill").boundingBox())!;
    const label = (await inbox.locator(".flet-navdest-label").boundingBox())!;
    expect(label.y).toBeGreaterThan(icon.y + icon.height - 1);
    expect(icon.width).toBe(56);
  });

  it("is picked by mouse and by keyboard", async () => {
    const page = await open();
    await rail(page).getByRole("button", { name: "Starred" }).click();
    await waitForText(page, "Rail: Starred");
    expect(
      await rail(page).getByRole("button", { name: "Starred" }).getAttribute("aria-current"),
    ).toBe("page");
    expect(
      await rail(page).getByRole("button", { name: "Inbox" }).getAttribute("aria-current"),
    ).toBeNull();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await waitForText(page, "Rail: Sent");
    await page.keyboard.press("End");
    await page.keyboard.press("Space");
    await waitForText(page, "Rail: Drafts");
  });

  it("extends to 256 px with labels beside the icons, and follows labelType", async () => {
    const page = await open();
    await page.getByRole("switch", { name: "Extended rail" }).click();
    await expect.poll(async () => (await rail(page).boundingBox())!.width).toBe(256);
    const inbox = rail(page).getByRole("button", { name: "Inbox" });
    const icon = (await inbox.locator(".flet-navdest-pill").boundingBox())!;
    const label = (await inbox.locator(".flet-navdest-label").boundingBox())!;
    expect(Math.abs(label.y + label.height / 2 - (icon.y + icon.height / 2))).toBeLessThan(2);
    expect(label.x).toBeGreaterThan(icon.x + icon.width);
    await page.getByRole("switch", { name: "Extended rail" }).click();
    await expect.poll(async () => (await rail(page).boundingBox())!.width).toBe(80);
    // A hidden label is hidden from sight only: it still names its button.
    const labelWidth = (name: string) =>
      rail(page)
        .getByRole("button", { name })
        .locator(".flet-navdest-label")
        .evaluate((label) => label.getBoundingClientRect().width);
    await page.getByRole("radio", { name: "Labels: none" }).click();
    await expect.poll(() => labelWidth("Inbox")).toBeLessThanOrEqual(1);
    await page.getByRole("radio", { name: "Labels: selected" }).click();
    await expect.poll(() => labelWidth("Inbox")).toBeGreaterThan(10);
    expect(await labelWidth("Sent")).toBeLessThanOrEqual(1);
  });
});

describe("NavigationDrawer in Chromium", () => {
  it("opens from the app bar's menu button, traps focus, picks, closes", async () => {
    const page = await open();
    const menu = page.getByRole("button", { name: "Open navigation menu" });
    await menu.click();
    await expect.poll(() => drawer(page).isVisible()).toBe(true);
    // Slid in to the left edge (after its animation).
    await expect.poll(async () => (await drawer(page).boundingBox())!.x).toBe(0);
    expect((await drawer(page).boundingBox())!.width).toBe(360);
    // Focus is inside; the page behind is inert.
    expect(await page.evaluate(() => document.activeElement?.closest("dialog") !== null)).toBe(
      true,
    );
    await drawer(page).getByRole("button", { name: "Sent" }).click();
    await waitForText(page, "Drawer: destination 2 picked");
    // The app closed it (page.closeDrawer).
    await expect.poll(() => drawer(page).isVisible()).toBe(false);
    // Reopened, the pick is shown as current.
    await menu.click();
    expect(
      await drawer(page).getByRole("button", { name: "Sent" }).getAttribute("aria-current"),
    ).toBe("page");
    await page.keyboard.press("Escape");
    await waitForText(page, "Drawer dismissed.");
    expect(await drawer(page).isVisible()).toBe(false);
    // Focus returns to the menu button.
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains("flet-appbar-menu")),
    ).toBe(true);
  });

  it("moves between destinations with the arrow keys", async () => {
    const page = await open();
    await page.getByRole("button", { name: "Open navigation menu" }).click();
    await drawer(page).getByRole("button", { name: "Inbox" }).focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await waitForText(page, "Drawer: destination 2 picked");
  });

  it("the end drawer opens at the right edge; the scrim closes it", async () => {
    const page = await open();
    await page.getByRole("button", { name: "Open end menu" }).click();
    const end = page.getByRole("dialog", { name: "Navigation menu" }).filter({ hasText: "Labels" });
    await expect.poll(() => end.isVisible()).toBe(true);
    const width = page.viewportSize()!.width;
    await expect
      .poll(async () => {
        const box = (await end.boundingBox())!;
        return box.x + box.width;
      })
      .toBe(width);
    await page.mouse.click(100, 300);
    await expect.poll(() => end.isVisible()).toBe(false);
  });

  it("opens when the app calls page.showDrawer; a swipe back closes it", async () => {
    const page = await open();
    await page.getByRole("button", { name: "Open the drawer" }).click();
    await expect.poll(() => drawer(page).isVisible()).toBe(true);
    const box = (await drawer(page).boundingBox())!;
    await page.mouse.move(box.x + 300, box.y + 500);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y + 505, { steps: 5 });
    await page.mouse.move(box.x + 50, box.y + 510, { steps: 5 });
    await page.mouse.up();
    await waitForText(page, "Drawer dismissed.");
    expect(await drawer(page).isVisible()).toBe(false);
  });

  it("a touch swipe in from the left edge opens the start drawer", async () => {
    const page = await open();
    await page.evaluate(() => {
      const fire = (type: string, x: number) =>
        document.body.dispatchEvent(
          new PointerEvent(type, {
            pointerType: "touch",
            pointerId: 7,
            clientX: x,
            clientY: 300,
            bubbles: true,
          }),
        );
      fire("pointerdown", 5);
      fire("pointermove", 30);
      fire("pointermove", 80);
      fire("pointerup", 80);
    });
    await expect.poll(() => drawer(page).isVisible()).toBe(true);
  });

  it.each(["light", "dark"] as const)("screenshots (%s)", async (scheme) => {
    const page = await open();
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => document.fonts.ready);
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-navigation-${scheme}.png` });
    await page.getByRole("button", { name: "Open navigation menu" }).click();
    await expect.poll(() => drawer(page).isVisible()).toBe(true);
    // Past the slide-in animation.
    await page.waitForTimeout(400);
    await page.screenshot({ path: `docs/img/controls-navigation-drawer-${scheme}.png` });
  });
});
