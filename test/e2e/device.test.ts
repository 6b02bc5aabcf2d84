// HapticFeedback, ShakeDetector and WindowDragArea in Chromium: the buttons of the gallery
// vibrate through navigator.vibrate (stubbed to record the calls: what users feel, not
// see), synthetic devicemotion readings make shakes, and the drag area draws its content;
// screenshots of the gallery page.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/device.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

/** Opens the gallery page with navigator.vibrate recording its calls in `window.vibrations`. */
async function openGallery(): Promise<Page> {
  const app = await suite.serve(main);
  const page = await suite.newPage();
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    (window as unknown as { vibrations: unknown[] }).vibrations = calls;
    Object.defineProperty(Navigator.prototype, "vibrate", {
      configurable: true,
      value: (pattern: unknown) => {
        calls.push(pattern);
        return true;
      },
    });
  });
  await page.goto(app.url);
  await waitForText(page, "Shake the phone twice.", 10_000);
  return page;
}

const vibrations = (page: Page) =>
  page.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations);

/** Dispatches one accelerometer reading of `g` times gravity along x. */
function motion(page: Page, g: number): Promise<void> {
  return page.evaluate((x) => {
    const event = new Event("devicemotion") as Event & {
      accelerationIncludingGravity: { x: number; y: number; z: number };
    };
    Object.defineProperty(event, "accelerationIncludingGravity", { value: { x, y: 0, z: 0 } });
    window.dispatchEvent(event);
  }, 9.80665 * g);
}

describe("device controls in Chromium", () => {
  it("vibrates for each haptic button, by mouse and by keyboard", async () => {
    const page = await openGallery();
    await page.getByRole("button", { name: "Heavy impact" }).click();
    await expect.poll(() => vibrations(page)).toEqual([30]);
    await page.getByRole("button", { name: "Light impact" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Medium impact" }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: "Vibrate" }).click();
    await expect.poll(() => vibrations(page)).toEqual([30, 10, 20, 100]);
    // The haptic control draws nothing.
    expect(await page.locator(".flet-hapticfeedback").isVisible()).toBe(false);
  });

  it("fires onShake from devicemotion readings, after two shakes", async () => {
    const page = await openGallery();
    // The slop time (300 ms) after the detector started must pass: readings before it
    // are ignored, as in Flutter's shake package. Shake until two shakes have counted.
    await motion(page, 1); // standing still: never a shake
    await expect
      .poll(
        async () => {
          await motion(page, 4);
          return page.getByText(/^Shaken \d+ times?\.$/).count();
        },
        { timeout: 10_000, interval: 350 },
      )
      .toBe(1);
    expect(await page.getByText("Shake the phone twice.").count()).toBe(0);
  });

  it("draws the drag area's content, and a click on it does nothing else", async () => {
    const page = await openGallery();
    const area = page.locator(".flet-windowdragarea");
    await expect.poll(() => area.textContent()).toBe("Drag here to move the desktop window");
    await area.dblclick();
    const box = (await area.boundingBox())!;
    expect(box.height).toBeGreaterThan(20);
    await page.mouse.move(box.x + 10, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 100, box.y + 10, { steps: 4 });
    await page.mouse.up();
    expect(await area.boundingBox()).toEqual(box);
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await openGallery();
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => document.fonts.ready);
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-device-${scheme}.png` });
  });
});
