// Draggable, DragTarget and Dismissible in Chromium: a real mouse drags a colour onto the
// target (the feedback follows the pointer; the other group's colour is refused), a touch
// drag (CDP touch events) does too, the keyboard picks up, moves and drops with
// announcements; a row is swiped away by mouse and by touch, waits for the app's answer
// in a dialog, and is dismissed from the keyboard; screenshots light and dark.
import { mkdirSync } from "node:fs";
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/drag-and-drop.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function openGallery(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "Drag a colour onto the target.", 10_000);
  await page.locator(".flet-draggable").first().waitFor();
  // Every lazy renderer in (the rows' Dismissible chunk may come after the Draggable's).
  await page.locator(".flet-dismissible").first().waitFor();
  await page.waitForFunction(() => document.querySelector("[data-flet-loading]") === null);
  return page;
}

async function centre(page: Page, text: string) {
  const box = (await page.getByText(text, { exact: true }).first().boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The target box's background colour. */
const targetColour = (page: Page) =>
  page
    .locator(".flet-dragtarget > *")
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);

describe("Draggable and DragTarget in Chromium", () => {
  it("drags a colour onto the target with the mouse; the feedback follows the pointer", async () => {
    const page = await openGallery();
    const before = await targetColour(page);
    const from = await centre(page, "Cyan");
    const to = await centre(page, "Target");
    const content = (await page.getByText("Cyan").boundingBox())!;
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 30, from.y + 10, { steps: 4 });
    const feedback = page.locator(".flet-drag-feedback:not([hidden])");
    await feedback.waitFor();
    // The grip is kept: the feedback's corner moved with the pointer by (30, 10).
    const box = (await feedback.boundingBox())!;
    const grip = (await page.locator(".flet-draggable").first().boundingBox())!;
    expect(Math.round(box.x - grip.x)).toBe(30);
    expect(Math.round(box.y - grip.y)).toBe(10);
    expect(content.width).toBeGreaterThan(0);
    await page.mouse.move(to.x, to.y, { steps: 8 });
    // Over the target: the app's onWillAccept draws its border (accepting: dark).
    await expect
      .poll(() => page.locator(".flet-dragtarget").getAttribute("data-drag-over"))
      .toBe("accept");
    await page.mouse.up();
    await waitForText(page, "Dropped Cyan.");
    expect(await targetColour(page)).not.toBe(before);
    expect(await page.locator(".flet-drag-feedback:not([hidden])").count()).toBe(0);
  });

  it("refuses a colour of another group: red border while over, nothing dropped", async () => {
    const page = await openGallery();
    const from = await centre(page, "Green");
    const to = await centre(page, "Target");
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 10 });
    await expect
      .poll(() => page.locator(".flet-dragtarget").getAttribute("data-drag-over"))
      .toBe("reject");
    await expect
      .poll(() =>
        page
          .locator(".flet-dragtarget > *")
          .first()
          .evaluate((el) => getComputedStyle(el).borderTopColor),
      )
      .toMatch(/rgb\(2\d\d, \d+, \d+\)/);
    await page.mouse.up();
    await waitForText(page, "Drag a colour onto the target.");
    expect(await page.getByText("Dropped Green.").count()).toBe(0);
  });

  it("drags with a finger (touch events)", async () => {
    const page = await openGallery();
    const from = await centre(page, "Yellow");
    const to = await centre(page, "Target");
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", x: number, y: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x, y, id: 1 }],
      });
    await touch("touchStart", from.x, from.y);
    for (let i = 1; i <= 10; i++)
      await touch(
        "touchMove",
        from.x + ((to.x - from.x) * i) / 10,
        from.y + ((to.y - from.y) * i) / 10,
      );
    await touch("touchEnd", to.x, to.y);
    await waitForText(page, "Dropped Yellow.");
  });

  it("drags from the keyboard: Space picks up, arrows choose, Enter drops, announced", async () => {
    const page = await openGallery();
    const cyan = page.locator(".flet-draggable").first();
    await cyan.focus();
    await page.keyboard.press("Space");
    const live = cyan.locator("[aria-live]");
    await expect
      .poll(() => live.textContent())
      .toMatch(/^Picked up\. Over Target, drop target 1 of 1\./);
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => live.textContent()).toMatch(/^Over Target/);
    await page.keyboard.press("Enter");
    await waitForText(page, "Dropped Cyan.");
    await expect.poll(() => live.textContent()).toBe("Dropped.");
    // Escape puts it back: nothing is dropped.
    const yellow = page.locator(".flet-draggable").nth(1);
    await yellow.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    await expect.poll(() => yellow.locator("[aria-live]").textContent()).toBe("Put back.");
    expect(await page.getByText("Dropped Yellow.").count()).toBe(0);
  });
});

describe("Draggable limits in Chromium", () => {
  it("a disabled Draggable neither drags nor takes focus; axis keeps the feedback on its line", async () => {
    const seen: string[] = [];
    const square = (label: string) =>
      new ft.Container(new ft.Text(label), { width: 60, height: 60, bgcolor: ft.colors.AMBER_200 });
    const page = await suite.open((p) => {
      p.add(
        new ft.Row([
          new ft.Draggable(square("Off"), {
            disabled: true,
            onDragStart: () => void seen.push("off start"),
          }),
          new ft.Draggable(square("Rail"), {
            axis: ft.Axis.HORIZONTAL,
            onDragStart: () => void seen.push("rail start"),
          }),
          new ft.DragTarget(square("Drop"), { onAccept: () => void seen.push("accept") }),
        ]),
      );
    });
    await waitForText(page, "Drop", 10_000);
    const off = page.locator(".flet-draggable").first();
    expect(await off.getAttribute("tabindex")).toBe("-1");
    expect(await off.getAttribute("aria-disabled")).toBe("true");
    const a = await centre(page, "Off");
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move(a.x + 60, a.y + 40, { steps: 5 });
    expect(await page.locator(".flet-drag-feedback:not([hidden])").count()).toBe(0);
    await page.mouse.up();
    const rail = await centre(page, "Rail");
    const railBox = (await page.locator(".flet-draggable").nth(1).boundingBox())!;
    await page.mouse.move(rail.x, rail.y);
    await page.mouse.down();
    await page.mouse.move(rail.x + 50, rail.y + 80, { steps: 5 });
    const feedback = (await page.locator(".flet-drag-feedback:not([hidden])").boundingBox())!;
    expect(Math.round(feedback.y - railBox.y)).toBe(0);
    expect(Math.round(feedback.x - railBox.x)).toBe(50);
    // Still on its line, the pointer below the target drops onto it.
    const drop = await centre(page, "Drop");
    await page.mouse.move(drop.x, drop.y + 80, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => seen).toEqual(["rail start", "accept"]);
  });
});

describe("Keyboard drags between several targets", () => {
  it("Tab and Shift+Tab move between the targets of the group only; each hears willAccept and leave", async () => {
    const seen: string[] = [];
    const square = (label: string) =>
      new ft.Container(new ft.Text(label), { width: 60, height: 60, bgcolor: ft.colors.AMBER_200 });
    const target = (label: string, group: string) =>
      new ft.DragTarget(square(label), {
        group,
        onWillAccept: () => void seen.push(`will ${label}`),
        onLeave: () => void seen.push(`leave ${label}`),
        onAccept: () => void seen.push(`accept ${label}`),
      });
    const page = await suite.open((p) => {
      p.add(
        new ft.Row([
          new ft.Draggable(square("Item"), { group: "g" }),
          target("One", "g"),
          target("Other", "h"),
          target("Two", "g"),
        ]),
      );
    });
    await waitForText(page, "Two", 10_000);
    const item = page.locator(".flet-draggable");
    await item.focus();
    await page.keyboard.press("Enter");
    const live = item.locator("[aria-live]");
    await expect.poll(() => live.textContent()).toMatch(/Over One, drop target 1 of 2/);
    await page.keyboard.press("Tab");
    await expect.poll(() => live.textContent()).toMatch(/Over Two, drop target 2 of 2/);
    await expect.poll(() => page.locator("[data-drag-over=accept]").textContent()).toBe("Two");
    await page.keyboard.press("Shift+Tab");
    await expect.poll(() => live.textContent()).toMatch(/Over One/);
    await page.keyboard.press("Space");
    await expect
      .poll(() => seen)
      .toEqual(["will One", "leave One", "will Two", "leave Two", "will One", "accept One"]);
    await expect(item.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });
});

describe("Dismissible in Chromium", () => {
  it("swipes a row right with the mouse: it slides out, shrinks and is removed (archived)", async () => {
    const page = await openGallery();
    const row = await centre(page, "Invoice");
    await page.mouse.move(row.x - 100, row.y);
    await page.mouse.down();
    await page.mouse.move(row.x + 150, row.y, { steps: 10 });
    await page.mouse.up();
    await waitForText(page, "Invoice archived.");
    expect(await page.getByText("Invoice", { exact: true }).count()).toBe(0);
  });

  it("swipes left: waits for the app's dialog; Cancel springs back, Delete removes", async () => {
    const page = await openGallery();
    const swipeLeft = async () => {
      const row = await centre(page, "Newsletter");
      await page.mouse.move(row.x + 100, row.y);
      await page.mouse.down();
      await page.mouse.move(row.x - 150, row.y, { steps: 10 });
      await page.mouse.up();
    };
    await swipeLeft();
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect
      .poll(() =>
        page
          .locator(".flet-dismiss-content")
          .nth(1)
          .evaluate((el) => {
            // Back in place: no inline offset, no slide still running, aligned with its row.
            const row = el.parentElement!.getBoundingClientRect();
            const moving = el.getAnimations().length > 0;
            const left = Math.round(el.getBoundingClientRect().left - row.left);
            return `${(el as HTMLElement).style.transform}|${moving}|${left}`;
          }),
      )
      .toBe("|false|0");
    expect(await page.getByText("Newsletter", { exact: true }).isVisible()).toBe(true);
    // The closing dialog's scrim takes the pointer until it is gone.
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    await page.waitForFunction(() => document.querySelector("[inert]:not([hidden])") === null);
    await swipeLeft();
    await page.getByRole("button", { name: "Delete" }).click();
    await waitForText(page, "Newsletter deleted.");
    // Two swipes, two dialogs and their animations: more than 20 s on a loaded CI machine.
  }, 60_000);

  it("swipes with a finger, and Delete dismisses the focused row from the keyboard", async () => {
    const page = await openGallery();
    const row = await centre(page, "Flight");
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", x: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x, y: row.y, id: 1 }],
      });
    await touch("touchStart", row.x - 120);
    for (let i = 1; i <= 10; i++) await touch("touchMove", row.x - 120 + i * 25);
    await touch("touchEnd", row.x + 130);
    await waitForText(page, "Flight archived.");
    const lunch = page.getByRole("group", { name: "Team lunch" });
    await lunch.focus();
    await page.keyboard.press("Delete");
    await page.getByRole("button", { name: "Delete" }).click();
    await waitForText(page, "Team lunch deleted.");
    // An arrow key along the axis dismisses that way: right archives without a dialog.
    await page.getByRole("group", { name: "Invoice" }).focus();
    await page.keyboard.press("ArrowRight");
    await waitForText(page, "Invoice archived.");
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await suite.open(main);
    await page.emulateMedia({ colorScheme: scheme });
    await waitForText(page, "Drag a colour onto the target.", 10_000);
    await page.evaluate(() => document.fonts.ready);
    const from = await centre(page, "Cyan");
    const to = await centre(page, "Target");
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    await waitForText(page, "Dropped Cyan.");
    // A row held mid-swipe shows its red delete background.
    const row = await centre(page, "Team lunch");
    await page.mouse.move(row.x, row.y);
    await page.mouse.down();
    await page.mouse.move(row.x - 80, row.y, { steps: 4 });
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-drag-and-drop-${scheme}.png` });
    await page.mouse.up();
  });
});
