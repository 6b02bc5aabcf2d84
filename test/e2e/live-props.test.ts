// Issue 16: an appended point reaches the renderer as one change (ctx.changes), in Chromium.
import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { Series, Swatch } from "../fixtures/mini-controls.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

describe("live list props in Chromium", () => {
  it("a renderer gets each append as a change, a whole value as whole", async () => {
    const long = Array.from({ length: 50 }, (_, i) => i);
    const series = new Series({ points: [...long] });
    const page = await suite.open((pg) => pg.add(new ft.Text("ready"), series));
    await waitForText(page, "ready");
    const output = page.locator("output");
    await expect.poll(() => output.getAttribute("data-changes")).toBe('"whole"');

    series.points!.push(50);
    series.update();
    await expect.poll(() => output.textContent()).toBe([...long, 50].join(","));
    expect(JSON.parse((await output.getAttribute("data-changes"))!)).toEqual([
      { op: "add", path: ["50"], value: 50 },
    ]);

    // A sliding window: the last 51 points.
    series.points!.shift();
    series.points!.push(51);
    series.update();
    await expect.poll(() => output.textContent()).toBe([...long.slice(1), 50, 51].join(","));
    expect(JSON.parse((await output.getAttribute("data-changes"))!)).toEqual([
      { op: "remove", path: ["0"] },
      { op: "add", path: ["50"], value: 51 },
    ]);

    series.points = [7];
    series.update();
    await expect.poll(() => output.textContent()).toBe("7");
    expect(await output.getAttribute("data-changes")).toBe('"whole"');
  });

  it("canvasColor gives a canvas the theme's colours, light and dark", async () => {
    const primary = new Swatch({ color: "primary" });
    const faded = new Swatch({ color: "red,0.5" });
    let app: ft.Page | undefined;
    const page = await suite.open((pg) => {
      app = pg;
      pg.themeMode = ft.ThemeMode.LIGHT;
      pg.add(new ft.Text("ready"), primary, faded);
    });
    await waitForText(page, "ready");
    const figure = page.locator("figure");
    await expect.poll(() => figure.first().getAttribute("data-color")).toMatch(/^rgb/);
    const light = await figure.first().getAttribute("data-pixel");
    expect(light).not.toBe("0,0,0,0");
    expect(await figure.nth(1).getAttribute("data-pixel")).toMatch(/^24\d,6\d,5\d,12[78]$/); // Material red at 50%
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBackground = await background();
    app!.themeMode = ft.ThemeMode.DARK;
    app!.update();
    await expect.poll(background).not.toBe(lightBackground);
    primary.color = "primary,1"; // the renderer resolves again on its next update
    primary.update();
    await expect.poll(() => figure.first().getAttribute("data-pixel")).not.toBe(light);
  });
});
