// Issue 16: an appended point reaches the renderer as one change (ctx.changes), in Chromium.
import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { Series } from "../fixtures/mini-controls.js";
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
});
