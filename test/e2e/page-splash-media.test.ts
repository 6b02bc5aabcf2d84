// The Page props and events of issue 12 in Chromium: a splash drawn over the page (clicks
// and keys do not reach what is under it) and removed; the media event with numbers at
// start and after a resize; the page's scroll events, throttled by onScrollInterval.
import { mkdirSync } from "node:fs";
import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

describe("page splash, media and scroll in Chromium", () => {
  it("shows the splash over an inert page, then removes it", async () => {
    let saves = 0;
    const page = await suite.open((p) => {
      p.splash = new ft.ProgressBar();
      const status = new ft.Text("Saved 0 times.");
      p.add(
        status,
        new ft.ElevatedButton("Save", {
          onClick: () => {
            saves++;
            status.value = `Saved ${saves} times.`;
          },
        }),
      );
      p.onKeyboardEvent = (e) => {
        if (e.key === "Escape") p.splash = undefined;
      };
    });
    await waitForText(page, "Saved 0 times.", 10_000);
    const host = page.locator(".flet-splash-host");
    await expect.poll(() => host.locator(".flet-progressbar").count()).toBe(1);
    expect(await page.locator(".flet-page").getAttribute("aria-busy")).toBe("true");
    // The button is under the splash: a click lands on the splash, the keyboard cannot reach it.
    const save = page.getByText("Save", { exact: true });
    const box = (await save.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.closest(".flet-views"))).toBeNull();
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: "docs/img/page-splash-light.png" });
    expect(await page.getByText("Saved 0 times.").count()).toBe(1);
    // The app removes the splash (here when the user presses Escape).
    await page.keyboard.press("Escape");
    await expect.poll(() => host.isVisible()).toBe(false);
    expect(await page.locator(".flet-page").getAttribute("aria-busy")).toBeNull();
    await page.getByRole("button", { name: "Save" }).click();
    await waitForText(page, "Saved 1 times.");
  });
});

describe("page media and scroll events in Chromium", () => {
  it("sends the media with numbers at start and after a resize", async () => {
    const seen: ft.PageMediaData[] = [];
    const page = await suite.open((p) => {
      const text = new ft.Text("No media yet.");
      p.onMediaChange = (e) => {
        seen.push(e);
        text.value = `Keyboard inset ${e.viewInsets.bottom}, safe top ${e.viewPadding.top}.`;
      };
      p.add(text);
    });
    await waitForText(page, "Keyboard inset 0, safe top 0.", 10_000);
    for (const media of [seen[0]!.padding, seen[0]!.viewPadding, seen[0]!.viewInsets])
      for (const side of ["left", "top", "right", "bottom"] as const)
        expect(typeof media[side]).toBe("number");
    // A pinch-free visual viewport shorter than the layout viewport: the on-screen keyboard.
    await page.evaluate(() => {
      const viewport = window.visualViewport!;
      Object.defineProperty(viewport, "height", { configurable: true, value: innerHeight - 300 });
      viewport.dispatchEvent(new Event("resize"));
    });
    await waitForText(page, "Keyboard inset 300, safe top 0.");
    expect(seen.at(-1)!.padding.bottom).toBe(0);
  });

  it("throttles the page's scroll events by onScrollInterval", async () => {
    const seen = { fast: [] as string[], slow: [] as string[] };
    let interval: keyof typeof seen = "fast";
    const open = () =>
      suite.open((p) => {
        p.scroll = ft.ScrollMode.AUTO;
        p.onScrollInterval = interval === "fast" ? 0 : 100_000;
        p.onScroll = (e) => void seen[interval].push((e.data as { eventType: string }).eventType);
        p.add(...Array.from({ length: 200 }, (_, i) => new ft.Text(`Line ${i + 1}`)));
      });
    const scrollAll = async () => {
      const page = await open();
      await waitForText(page, "Line 1", 10_000);
      const body = page.locator(".flet-view-body");
      await body.hover();
      for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 200);
      await expect.poll(() => body.evaluate((b) => b.scrollTop)).toBeGreaterThan(2000);
      return page;
    };
    await scrollAll();
    await expect
      .poll(() => seen.fast.filter((type) => type === "update").length)
      .toBeGreaterThan(5);
    await suite.app!.close();
    interval = "slow";
    await scrollAll();
    // With a very long interval each kind of event is sent once: start, update, end.
    await expect.poll(() => seen.slow.includes("end")).toBe(true);
    expect([...seen.slow].sort()).toEqual(["end", "start", "update"]);
  });
});
