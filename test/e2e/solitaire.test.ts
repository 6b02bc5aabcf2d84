// Flet's solitaire tutorial (examples/solitaire.ts) played in Chromium, dealt in a fixed
// order (see test/examples/solitaire.test.ts): a double click sends the Ace of hearts
// home, the mouse drags the King of diamonds to the emptied column, a finger (CDP touch
// events) drags the King of spades from the waste, and a card dropped where it may not go
// flies back.
import { mkdirSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/solitaire.js";
import { browserSuite } from "./browser.js";

const suite = browserSuite();

const card = (page: Page, name: string) => page.getByRole("img", { name, exact: true });

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where a card sits on the table (relative to the stack's corner). */
async function placeOf(page: Page, name: string): Promise<{ left: number; top: number }> {
  const table = (await page.locator(".flet-stack").first().boundingBox())!;
  const box = (await card(page, name).boundingBox())!;
  return { left: Math.round(box.x - table.x), top: Math.round(box.y - table.y) };
}

/** A mouse drag in 50 small moves (as a hand makes them; the first one wins the pan). */
async function mouseDrag(page: Page, from: { x: number; y: number }, dx: number, dy: number) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 50; step++)
    await page.mouse.move(from.x + (dx * step) / 50, from.y + (dy * step) / 50);
  await page.mouse.up();
}

describe("solitaire in Chromium", () => {
  it("plays with the mouse: double click home, drag to a column, bounce back", async () => {
    const page = await suite.open((p) => main(p, { shuffle: () => {} }));
    await card(page, "Ace of hearts").waitFor({ timeout: 15_000 });
    expect(await page.getByRole("img", { name: "Face-down card" }).count()).toBe(45);
    await card(page, "Ace of hearts").dblclick();
    await expect.poll(() => placeOf(page, "Ace of hearts")).toEqual({ left: 300, top: 0 });

    await mouseDrag(page, await centre(card(page, "King of diamonds")), -500, -100);
    await expect.poll(() => placeOf(page, "King of diamonds")).toEqual({ left: 0, top: 150 });

    // The 2 of clubs onto the 8 of hearts: not allowed, so it flies back.
    const before = await placeOf(page, "2 of clubs");
    await mouseDrag(page, await centre(card(page, "2 of clubs")), -500, -100);
    await expect.poll(() => placeOf(page, "2 of clubs")).toEqual(before);
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: "docs/img/example-solitaire.png" });
  });

  it("plays with a finger: tap the stock, drag from the waste", async () => {
    const page = await suite.open((p) => main(p, { shuffle: () => {} }));
    await card(page, "Ace of hearts").waitFor({ timeout: 15_000 });
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", x: number, y: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x, y, id: 1 }],
      });
    const tap = async (at: { x: number; y: number }) => {
      await touch("touchStart", at.x, at.y);
      await touch("touchEnd", at.x, at.y);
    };
    // Empty the first column, so a King may go there.
    await card(page, "Ace of hearts").dblclick();
    await expect.poll(() => placeOf(page, "Ace of hearts")).toEqual({ left: 300, top: 0 });
    // The stock's top card (face down, at the table's corner) goes to the waste, face up.
    const table = (await page.locator(".flet-stack").first().boundingBox())!;
    await tap({ x: table.x + 35, y: table.y + 50 });
    await expect.poll(() => placeOf(page, "King of spades")).toEqual({ left: 100, top: 0 });
    // A finger's pan wins after 36 px (Flutter's touch pan slop), which the card does not
    // follow (DragStartBehavior.start): the finger goes that much further, as on a phone.
    const from = await centre(card(page, "King of spades"));
    const [dx, dy] = [-120, 180];
    await touch("touchStart", from.x, from.y);
    for (let step = 1; step <= 20; step++)
      await touch("touchMove", from.x + (dx * step) / 20, from.y + (dy * step) / 20);
    await touch("touchEnd", from.x + dx, from.y + dy);
    await expect.poll(() => placeOf(page, "King of spades")).toEqual({ left: 0, top: 150 });
  });
});
