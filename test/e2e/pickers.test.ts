// DatePicker and TimePicker in Chromium: the Material 3 dialogs opened from the overlay by
// pickDate()/pickTime(), a date and a time chosen by mouse and by keyboard, the input
// modes with their errors, dismissal, and screenshots of both dialogs open.
import { mkdirSync } from "node:fs";
import * as ft from "flet-ts";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/pickers.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function openGallery(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "No date or time picked yet.", 10_000);
  return page;
}

const isOpen = (dialog: Locator) =>
  dialog.evaluate((d) => (d as HTMLDialogElement).open && d.contains(document.activeElement));
const datePicker = (page: Page) => page.locator("dialog.flet-datepicker");
const timePicker = (page: Page) => page.locator("dialog.flet-timepicker");

/** Opens a picker and waits until the focus is inside its dialog (keys go there then). */
async function open(page: Page, button: string, dialog: Locator): Promise<void> {
  await page.getByRole("button", { name: button }).click();
  await expect.poll(() => isOpen(dialog), { timeout: 10_000 }).toBe(true);
}

describe("DatePicker in Chromium", () => {
  it("opens on the value's month with the value selected and today outlined", async () => {
    const page = await openGallery();
    const dialog = datePicker(page);
    await open(page, "Pick date", dialog);
    expect(await dialog.locator(".flet-dp-headline").textContent()).toBe("Mon, May 20");
    expect(await dialog.locator(".flet-dp-month").textContent()).toContain("May 2024");
    const selected = dialog.getByRole("gridcell", { selected: true });
    expect(await selected.textContent()).toBe("20");
    const today = dialog.locator("[aria-current=date]");
    expect(await today.textContent()).toBe("17");
    expect(await today.evaluate((el) => getComputedStyle(el).boxShadow)).toContain("inset");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    expect(focused).toBe("Monday, May 20, 2024");
    // en-US weeks start on Sunday.
    expect(await dialog.locator("th").first().getAttribute("abbr")).toBe("Sunday");
  });

  it("chooses a day with the mouse and confirms with OK", async () => {
    const page = await openGallery();
    const dialog = datePicker(page);
    await open(page, "Pick date", dialog);
    await dialog.getByRole("button", { name: "Next month" }).click();
    await dialog.getByRole("button", { name: "Wednesday, June 12, 2024" }).click();
    expect(await dialog.locator(".flet-dp-headline").textContent()).toBe("Wed, Jun 12");
    await dialog.getByRole("button", { name: "OK" }).click();
    await waitForText(page, "Picked Wed Jun 12 2024.");
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
  });

  it("moves with the arrow keys, PageDown and Home; Enter chooses; focus returns", async () => {
    const page = await openGallery();
    const dialog = datePicker(page);
    await open(page, "Pick date", dialog);
    for (const key of ["ArrowRight", "ArrowDown", "PageDown", "Home"])
      await page.keyboard.press(key);
    // May 20 → 21 → 28 → June 28 → Sunday June 23.
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    expect(focused).toBe("Sunday, June 23, 2024");
    await page.keyboard.press("Enter");
    await waitForText(page, "Picked Sun Jun 23 2024.");
    const back = await page.evaluate(() => document.activeElement?.textContent);
    expect(back).toContain("Pick date");
  });

  it("picks a year from the year grid with the keyboard", async () => {
    const page = await openGallery();
    const dialog = datePicker(page);
    await open(page, "Pick date", dialog);
    await dialog.locator(".flet-dp-month").focus();
    await page.keyboard.press("Enter");
    const current = () => page.evaluate(() => document.activeElement?.textContent);
    await expect.poll(current).toBe("2024");
    await page.keyboard.press("ArrowRight");
    expect(await current()).toBe("2025");
    await page.keyboard.press("Enter");
    expect(await dialog.locator(".flet-dp-month").textContent()).toContain("May 2025");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Tuesday, May 20, 2025",
    );
  });

  it("keeps days outside the range out of reach; Escape dismisses", async () => {
    const page = await openGallery();
    const dialog = datePicker(page);
    await open(page, "Pick date", dialog);
    await dialog.locator(".flet-dp-month").click();
    await dialog.getByRole("option", { name: "2024" }).click();
    await page.keyboard.press("PageUp");
    await page.keyboard.press("PageUp");
    await page.keyboard.press("PageUp");
    await page.keyboard.press("PageUp");
    await page.keyboard.press("PageUp");
    expect(await dialog.locator(".flet-dp-month").textContent()).toContain("January 2024");
    expect(await dialog.getByRole("button", { name: "Previous month" }).isDisabled()).toBe(true);
    await page.keyboard.press("Escape");
    await waitForText(page, "Date picker dismissed.");
  });

  it("takes a typed date in input mode and shows format and range errors", async () => {
    const page = await openGallery();
    const dialog = datePicker(page);
    await open(page, "Pick date", dialog);
    await dialog.getByRole("button", { name: "Switch to input" }).click();
    const field = dialog.getByRole("textbox", { name: "Enter Date" });
    expect(await field.inputValue()).toBe("05/20/2024");
    expect(await field.getAttribute("placeholder")).toBe("mm/dd/yyyy");
    await field.fill("13/45/2024");
    await page.keyboard.press("Enter");
    expect(await dialog.getByRole("alert").textContent()).toBe("Type a date as mm/dd/yyyy.");
    await dialog.getByRole("textbox", { name: "Enter Date" }).fill("01/02/2030");
    await page.keyboard.press("Enter");
    expect(await dialog.getByRole("alert").textContent()).toBe("Pick a day in 2024 or 2025.");
    await dialog.getByRole("textbox", { name: "Enter Date" }).fill("07/04/2024");
    await dialog.getByRole("button", { name: "OK" }).click();
    await waitForText(page, "Picked Thu Jul 04 2024.");
  });
});

describe("TimePicker in Chromium", () => {
  it("shows 9:30 AM on a 12-hour dial and picks hour then minute with the mouse", async () => {
    const page = await openGallery();
    const dialog = timePicker(page);
    await open(page, "Pick time", dialog);
    expect(await dialog.locator(".flet-tp-hour").textContent()).toBe("9");
    expect(await dialog.locator(".flet-tp-minute").textContent()).toBe("30");
    expect(await dialog.getByRole("button", { name: "AM" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    const dial = dialog.getByRole("slider", { name: "Hour" });
    const box = (await dial.boundingBox())!;
    // 3 o'clock: right of the centre.
    await page.mouse.click(box.x + box.width / 2 + 104, box.y + box.height / 2);
    await expect.poll(() => dialog.locator(".flet-tp-hour").textContent()).toBe("3");
    const minutes = dialog.getByRole("slider", { name: "Minute" });
    // 45 minutes: left of the centre.
    await page.mouse.click(box.x + box.width / 2 - 104, box.y + box.height / 2);
    expect(await minutes.getAttribute("aria-valuenow")).toBe("45");
    await dialog.getByRole("button", { name: "PM" }).click();
    await dialog.getByRole("button", { name: "OK" }).click();
    await waitForText(page, "Picked 15:45.");
  });

  it("works from the keyboard: arrows turn the dial, Enter confirms, Escape dismisses", async () => {
    const page = await openGallery();
    const dialog = timePicker(page);
    await open(page, "Pick time", dialog);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    expect(await dialog.locator(".flet-tp-hour").textContent()).toBe("11");
    await page.keyboard.press("Enter");
    await waitForText(page, "Picked 11:30.");
    await open(page, "Pick time", dialog);
    await page.keyboard.press("Escape");
    await waitForText(page, "Time picker dismissed.");
  });

  it("switches to input mode (onEntryModeChange) and refuses an invalid time", async () => {
    const page = await openGallery();
    const dialog = timePicker(page);
    await open(page, "Pick time", dialog);
    await dialog.getByRole("button", { name: "Switch to text input mode" }).click();
    await waitForText(page, "Time entry: input.");
    const hour = dialog.getByRole("textbox", { name: "Hour" });
    await hour.fill("13");
    await dialog.getByRole("button", { name: "OK" }).click();
    expect(await dialog.getByRole("alert").textContent()).toBe("Type a time from 1:00 to 12:59.");
    await dialog.getByRole("textbox", { name: "Hour" }).fill("7");
    await dialog.getByRole("textbox", { name: "Minute" }).fill("05");
    await dialog.getByRole("button", { name: "OK" }).click();
    await waitForText(page, "Picked 07:05.");
  });

  it("follows the locale: French months and Monday weeks, a 24-hour dial with an inner ring", async () => {
    const status = new ft.Text("Ready");
    const date = new ft.DatePicker({ value: new Date(2024, 4, 20), locale: "fr-FR" });
    const time: ft.TimePicker = new ft.TimePicker({
      value: "18:45",
      locale: "de-DE",
      onChange: () => {
        status.value = `Picked ${time.value}.`;
      },
    });
    const page = await suite.open((p) => {
      p.overlay.push(date, time);
      p.add(
        status,
        new ft.TextButton("Date", { onClick: () => date.pickDate() }),
        new ft.TextButton("Time", { onClick: () => time.pickTime() }),
      );
    });
    await waitForText(page, "Ready", 10_000);
    await open(page, "Date", datePicker(page));
    expect(await datePicker(page).locator(".flet-dp-month").textContent()).toContain("mai 2024");
    expect(await datePicker(page).locator("th").first().getAttribute("abbr")).toBe("lundi");
    await page.keyboard.press("Escape");
    await open(page, "Time", timePicker(page));
    const dialog = timePicker(page);
    expect(await dialog.locator(".flet-tp-hour").textContent()).toBe("18");
    expect(await dialog.locator(".flet-tp-period").isHidden()).toBe(true);
    const box = (await dialog.getByRole("slider", { name: "Hour" }).boundingBox())!;
    // 15 sits on the inner ring, at three o'clock.
    await page.mouse.click(box.x + box.width / 2 + 68, box.y + box.height / 2);
    await expect.poll(() => dialog.locator(".flet-tp-hour").textContent()).toBe("15");
    await page.keyboard.press("Enter");
    await waitForText(page, "Picked 15:45.");
  });

  it.each(["light", "dark"] as const)("screenshots (%s)", async (scheme) => {
    const page = await suite.open(main);
    await page.emulateMedia({ colorScheme: scheme });
    await waitForText(page, "No date or time picked yet.", 10_000);
    await page.evaluate(() => document.fonts.ready);
    mkdirSync("docs/img", { recursive: true });
    await open(page, "Pick date", datePicker(page));
    await page.screenshot({ path: `docs/img/controls-pickers-${scheme}.png` });
    await page.keyboard.press("Escape");
    await waitForText(page, "Date picker dismissed.");
    await open(page, "Pick time", timePicker(page));
    await page.screenshot({ path: `docs/img/controls-pickers-time-${scheme}.png` });
  });
});
