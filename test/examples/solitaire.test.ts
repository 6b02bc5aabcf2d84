// Flet's solitaire tutorial (examples/solitaire.ts) in the tester, dealt in a fixed order:
// hearts, diamonds, clubs, spades, each Ace to King. The tableau's top cards are then the
// Ace of hearts, 8 of hearts, Ace of diamonds, 6, 10 and King of diamonds, 2 of clubs;
// the stock's top card is the King of spades.
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { type Card, main, Solitaire } from "../../examples/solitaire.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function deal(): Promise<{ t: Tester; game: Solitaire; card: (name: string) => Card }> {
  t = await createTester((page) => main(page, { shuffle: () => {} }));
  const game = t.find.byType(Solitaire).first as Solitaire;
  const card = (name: string) => game.cards.find((c) => c.name === name)!;
  return { t, game, card };
}

describe("solitaire example", () => {
  it("deals 28 cards to the tableau, the top ones face up, and 24 to the stock", async () => {
    const { game } = await deal();
    expect(game.tableau.map((slot) => slot.pile.length)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(game.stock.pile).toHaveLength(24);
    expect(game.tableau.map((slot) => slot.topCard()!.name)).toEqual([
      "Ace of hearts",
      "8 of hearts",
      "Ace of diamonds",
      "6 of diamonds",
      "10 of diamonds",
      "King of diamonds",
      "2 of clubs",
    ]);
    expect(game.cards.filter((c) => c.faceUp)).toHaveLength(7);
  });

  it("sends an Ace home on a double tap", async () => {
    const { t, game, card } = await deal();
    await t.doubleTap(card("Ace of hearts"));
    expect(game.foundations[0]!.topCard()?.name).toBe("Ace of hearts");
    expect(card("Ace of hearts")).toMatchObject({ left: 300, top: 0 });
    expect(game.tableau[0]!.pile).toEqual([]);
  });

  it("drags a King to an empty column, then turns the card it uncovered", async () => {
    const { t, game, card } = await deal();
    await t.doubleTap(card("Ace of hearts"));
    const king = card("King of diamonds");
    // From column 6 (left 500, fifth offset below 150) to the empty column 1.
    await t.drag(king, { dx: -500, dy: -100 });
    expect(game.tableau[0]!.topCard()).toBe(king);
    expect(king).toMatchObject({ left: 0, top: 150 });
    const uncovered = card("Jack of diamonds");
    expect(uncovered.faceUp).toBe(false);
    await t.tap(uncovered);
    expect(uncovered.faceUp).toBe(true);
  });

  it("bounces a card back from a pile it may not go on", async () => {
    const { t, game, card } = await deal();
    const two = card("2 of clubs");
    const before = { left: two.left, top: two.top };
    // The 2 of clubs onto the 8 of hearts: not one lower.
    await t.drag(two, { dx: 100 - 600, dy: 170 - 270 });
    expect({ left: two.left, top: two.top }).toEqual(before);
    expect(game.tableau[6]!.topCard()).toBe(two);
  });

  it("deals from the stock to the waste, and turns the waste back", async () => {
    const { t, game, card } = await deal();
    const king = card("King of spades");
    await t.tap(king);
    expect(game.waste.topCard()).toBe(king);
    expect(king.faceUp).toBe(true);
    // Deal the rest; the empty stock's slot then turns the waste back over.
    while (game.stock.pile.length > 0) await t.tap(game.stock.topCard()!);
    expect(game.waste.pile).toHaveLength(24);
    await t.tap(game.stock);
    expect(game.waste.pile).toEqual([]);
    expect(game.stock.pile).toHaveLength(24);
    expect(game.stock.topCard()).toBe(king);
    expect(king.faceUp).toBe(false);
  });
});
