// Badge in Chromium: a labelled pill or a dot at the content's top end corner, moved by
// alignment and offset, in the error colours; its label read after the content.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/avatars.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function open(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "Avatars and badges", 10_000);
  return page;
}

const boxes = (page: Page, index: number) =>
  page
    .locator(".flet-badge")
    .nth(index)
    .evaluate((badge) => {
      const rect = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const label = badge.querySelector(".flet-badge-label")!;
      return {
        content: rect(badge.querySelector(".flet-badge-content")!),
        label: rect(label),
        colors: [getComputedStyle(label).backgroundColor, getComputedStyle(label).color],
      };
    });

describe("Badge in Chromium", () => {
  it("puts a 16 px labelled pill at the top end corner, 4 px out", async () => {
    const page = await open();
    const { content, label } = await boxes(page, 0);
    expect(label.height).toBe(16);
    expect(label.x).toBe(content.x + content.width - 4);
    expect(label.y).toBe(content.y - 4);
    expect(await page.locator(".flet-badge").nth(0).innerText()).toContain("3");
    // A longer label widens the pill.
    expect((await boxes(page, 1)).label.width).toBeGreaterThan(label.width);
  });

  it("draws a dot without a label, and moves it by alignment and offset", async () => {
    const page = await open();
    const dot = await boxes(page, 2);
    expect([dot.label.width, dot.label.height]).toEqual([8, 8]);
    const online = await boxes(page, 3);
    expect([online.label.width, online.label.height]).toEqual([12, 12]);
    // bottomRight, moved 12 px back and up: inside the avatar's bottom end corner.
    expect(online.label.x).toBe(online.content.x + online.content.width - 12);
    expect(online.label.y).toBe(online.content.y + online.content.height - 12);
    expect(online.colors[0]).toBe("rgb(76, 175, 80)");
    // The badge's offset moves its label only: the avatar stays in its row.
    expect(online.content.y).toBe((await boxes(page, 0)).content.y - 8);
    expect(dot.colors[0]).not.toBe(online.colors[0]);
  });
});
