/**
 * `flet-ts/testing/browser`: test an app in a real Chromium (playwright-core, an optional
 * peer dependency): serve it on a free loopback port, find elements by text, key, semantics
 * label or control type, compare screenshots with goldens, and run axe-core.
 *
 * @example
 * ```ts
 * import { checkAccessibility, matchScreenshot, openApp } from "flet-ts/testing/browser";
 *
 * const app = await openApp(main);
 * await app.find.text("+").click();
 * await matchScreenshot(app.page, "test/__goldens__/counter.png");
 * expect(await checkAccessibility(app.page)).toEqual([]);
 * await app.close();
 * ```
 * @module
 */

export {
  type BrowserApp,
  type FletLocators,
  type OpenAppOptions,
  openApp,
} from "./app.js";
export { type AxeOptions, checkAccessibility } from "./axe.js";
export { CHROMIUM_FLAGS, DEFAULT_CHROMIUM, type LaunchOptions, launchChromium } from "./launch.js";
export { matchScreenshot, type ScreenshotOptions, type ScreenshotResult } from "./screenshot.js";
