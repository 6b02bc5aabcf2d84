import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();
const APP_PATH = "/apps/icons/";

/** Font files the page fetched, relative to the app path. */
const fetchedFonts = (page: Page) =>
  page.evaluate((appPath) => {
    return performance
      .getEntriesByType("resource")
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith(".woff2"))
      .map((path) => (path.startsWith(appPath) ? path.slice(appPath.length) : path))
      .sort();
  }, APP_PATH);

/** Waits until every icon glyph on the page is drawn as one glyph one em wide in its font. */
const waitForGlyphs = (page: Page, count: number) =>
  page.waitForFunction(async (expected) => {
    const glyphs = [...document.querySelectorAll<HTMLElement>(".flet-icon-glyph")];
    if (glyphs.length !== expected) return false;
    await document.fonts.ready;
    const context = document.createElement("canvas").getContext("2d")!;
    return glyphs.every((glyph) => {
      const style = getComputedStyle(glyph);
      context.font = `${style.fontSize} ${style.fontFamily}`;
      const loaded = document.fonts.check(context.font, glyph.textContent ?? "");
      const width = context.measureText(glyph.textContent ?? "").width;
      return loaded && Math.abs(width - Number.parseFloat(style.fontSize)) < 0.5;
    });
  }, count);

describe("icons in the real client", () => {
  it("draws every style from the app's own font files, under a sub-path", async () => {
    const page = await suite.open(
      (pg) => {
        const edit = new ft.IconButton(ft.icons.CREATE, { tooltip: "Edit" });
        const status = new ft.Text("ready");
        pg.add(
          new ft.Icon(ft.icons.DELETE_OUTLINED),
          new ft.Icon(ft.icons.HOME_ROUNDED),
          new ft.Icon(ft.icons.FAVORITE_BORDER_SHARP),
          new ft.Icon(ft.icons.TEN_K),
          new ft.Icon(ft.cupertinoIcons.LEFT_CHEVRON),
          edit,
          new ft.ElevatedButton("Break", {
            onClick: () => {
              try {
                edit.icon = "edti";
              } catch (error) {
                status.value = (error as ft.FletError).code;
              }
            },
          }),
          status,
        );
      },
      { webAppPath: APP_PATH },
    );
    await waitForText(page, "ready", 15_000);
    await waitForGlyphs(page, 6);
    const texts = await page
      .locator(".flet-icon-glyph")
      .evaluateAll((glyphs) => glyphs.map((g) => g.textContent));
    expect(texts).toEqual(["delete", "home", "favorite_border", "10k", "chevron_left", "create"]);
    expect(await fetchedFonts(page)).toEqual(
      expect.arrayContaining([
        "_flet/fonts/framework7-icons.woff2",
        "_flet/fonts/material-icons-outlined.woff2",
        "_flet/fonts/material-icons-round.woff2",
        "_flet/fonts/material-icons-sharp.woff2",
        "_flet/fonts/material-icons.woff2",
      ]),
    );
    await page.getByRole("button", { name: "Break" }).click();
    await waitForText(page, "FLET_ERR_ICON_UNKNOWN");
    // The bad name never reached the browser: the button keeps its glyph.
    expect(await page.locator(".flet-icon-glyph").last().textContent()).toBe("create");
  });

  it("fetches only the icon fonts the page uses", async () => {
    const page = await suite.open(
      (pg) => {
        pg.add(new ft.Icon(ft.icons.ADD), new ft.Text("plain"));
      },
      { webAppPath: APP_PATH },
    );
    await waitForText(page, "plain", 15_000);
    await waitForGlyphs(page, 1);
    const fonts = (await fetchedFonts(page)).filter((file) => !file.includes("roboto"));
    expect(fonts).toEqual(["_flet/fonts/material-icons.woff2"]);
  });
});
