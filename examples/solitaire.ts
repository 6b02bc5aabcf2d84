/**
 * Flet's solitaire tutorial (its final part 1), ported: a Stack of Slots and Cards, each
 * card a GestureDetector whose pan events move it (`left`/`top`), a tap turns or deals
 * it, a double tap sends it to a foundation. The cards are drawn with controls (rank and
 * suit on a white face, a patterned back) instead of the tutorial's image files.
 *
 * Like Flutter's GestureDetector, the cards are mouse and touch controls; a screen reader
 * hears each card's name ("Queen of spades", "Face-down card").
 */
import * as ft from "flet-ts";

export const title = "Solitaire";
export const description =
  "Flet's solitaire tutorial: drag cards between piles, tap the stock, double-tap to send a card home.";

const CARD_WIDTH = 70;
const CARD_HEIGHT = 100;
const DROP_PROXIMITY = 30;
const CARD_OFFSET = 20;
const SOLITAIRE_WIDTH = 700;
const SOLITAIRE_HEIGHT = 500;

/** A suit and its colour. */
export class Suite {
  constructor(
    readonly name: "hearts" | "diamonds" | "clubs" | "spades",
    readonly color: "RED" | "BLACK",
  ) {}
}

/** A rank: its name and value (Ace 1 … King 13). */
export class Rank {
  constructor(
    readonly name: string,
    readonly value: number,
  ) {}
}

const SYMBOL = { hearts: "♥", diamonds: "♦", clubs: "♣", spades: "♠" } as const;

/** A pile place: the stock, the waste, a foundation or a tableau column. */
export class Slot extends ft.Container {
  readonly pile: Card[] = [];

  constructor(
    readonly solitaire: Solitaire,
    top: number,
    left: number,
    border: ft.Border | undefined,
  ) {
    super({
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      left,
      top,
      border,
      borderRadius: 6,
      onClick: () => {
        if (this === this.solitaire.stock) this.solitaire.restartStock();
      },
    });
  }

  /** The card on top of the pile, if any. */
  topCard(): Card | undefined {
    return this.pile.at(-1);
  }
}

/** A card: dragged with the mouse or a finger, tapped, double-tapped. */
export class Card extends ft.GestureDetector {
  faceUp = false;
  slot: Slot | undefined;
  draggablePile: Card[] = [this];
  readonly face: ft.Container;

  constructor(
    readonly solitaire: Solitaire,
    readonly suite: Suite,
    readonly rank: Rank,
  ) {
    super({
      mouseCursor: ft.MouseCursor.MOVE,
      dragInterval: 5,
      onPanStart: () => this.startDrag(),
      onPanUpdate: (e) => this.drag(e),
      onPanEnd: () => this.drop(),
      onTap: () => this.click(),
      onDoubleTap: () => this.doubleClick(),
    });
    this.face = new ft.Container({ width: CARD_WIDTH, height: CARD_HEIGHT, borderRadius: 6 });
    this.content = new ft.Semantics(this.face, { label: "Face-down card", image: true });
    this.drawBack();
  }

  /** "Queen of spades". */
  get name(): string {
    return `${this.rank.name} of ${this.suite.name}`;
  }

  turnFaceUp(): void {
    this.faceUp = true;
    const color = this.suite.color === "RED" ? ft.colors.RED_700 : ft.colors.BLACK;
    const short =
      this.rank.value === 1 ? "A" : this.rank.value > 10 ? this.rank.name[0] : this.rank.name;
    Object.assign(this.face, {
      bgcolor: ft.colors.WHITE,
      border: ft.border.all(1, ft.colors.GREY_400),
      padding: 6,
      content: new ft.Column(
        [
          new ft.Text(`${short}${SYMBOL[this.suite.name]}`, {
            color,
            size: 16,
            weight: ft.FontWeight.BOLD,
          }),
          new ft.Text(SYMBOL[this.suite.name], { color, size: 28 }),
        ],
        { spacing: 4, horizontalAlignment: ft.CrossAxisAlignment.START },
      ),
    });
    (this.content as ft.Semantics).label = this.name;
    this.solitaire.update();
  }

  turnFaceDown(): void {
    this.faceUp = false;
    this.drawBack();
    this.solitaire.update();
  }

  private drawBack(): void {
    Object.assign(this.face, {
      bgcolor: ft.colors.INDIGO_700,
      border: ft.border.all(4, ft.colors.WHITE),
      padding: undefined,
      content: undefined,
    });
    if (this.content instanceof ft.Semantics) this.content.label = "Face-down card";
  }

  /** Brings the dragged pile to the top of the stack. */
  moveOnTop(): void {
    const controls = this.solitaire.controls;
    for (const card of this.draggablePile) {
      controls.splice(controls.indexOf(card), 1);
      controls.push(card);
    }
    this.solitaire.update();
  }

  /** Returns the dragged pile to where it came from. */
  bounceBack(): void {
    for (const card of this.draggablePile) {
      const slot = card.slot!;
      card.top = this.solitaire.tableau.includes(slot)
        ? (slot.top ?? 0) + slot.pile.indexOf(card) * CARD_OFFSET
        : slot.top;
      card.left = slot.left;
    }
    this.solitaire.update();
  }

  /** Puts the dragged pile on `slot`. */
  place(slot: Slot): void {
    for (const card of this.draggablePile) {
      card.top = this.solitaire.tableau.includes(slot)
        ? (slot.top ?? 0) + slot.pile.length * CARD_OFFSET
        : slot.top;
      card.left = slot.left;
      if (card.slot) card.slot.pile.splice(card.slot.pile.indexOf(card), 1);
      card.slot = slot;
      slot.pile.push(card);
    }
    if (this.solitaire.checkWin()) this.solitaire.winningSequence();
    this.solitaire.update();
  }

  /** The cards dragged together: this one and those above it on a tableau column. */
  private findDraggablePile(): void {
    const slot = this.slot;
    this.draggablePile =
      slot && slot !== this.solitaire.stock && slot !== this.solitaire.waste
        ? slot.pile.slice(slot.pile.indexOf(this))
        : [this];
  }

  private startDrag(): void {
    if (!this.faceUp) return;
    this.findDraggablePile();
    this.moveOnTop();
  }

  private drag(e: ft.DragUpdateEvent): void {
    if (!this.faceUp) return;
    const top = Math.max(0, (this.top ?? 0) + e.deltaY);
    const left = Math.max(0, (this.left ?? 0) + e.deltaX);
    this.draggablePile.forEach((card, index) => {
      card.top = top + index * CARD_OFFSET;
      card.left = left;
    });
    this.solitaire.update();
  }

  private drop(): void {
    if (!this.faceUp) return;
    const near = (top: number, left: number) =>
      Math.abs((this.top ?? 0) - top) < DROP_PROXIMITY &&
      Math.abs((this.left ?? 0) - left) < DROP_PROXIMITY;
    const { solitaire } = this;
    for (const slot of solitaire.tableau) {
      const top = (slot.top ?? 0) + slot.pile.length * CARD_OFFSET;
      if (near(top, slot.left ?? 0) && solitaire.checkTableauRules(this, slot)) {
        this.place(slot);
        return;
      }
    }
    if (this.draggablePile.length === 1) {
      for (const slot of solitaire.foundations) {
        if (near(slot.top ?? 0, slot.left ?? 0) && solitaire.checkFoundationsRules(this, slot)) {
          this.place(slot);
          return;
        }
      }
    }
    this.bounceBack();
  }

  private click(): void {
    this.findDraggablePile();
    const { solitaire } = this;
    if (this.slot && solitaire.tableau.includes(this.slot)) {
      if (!this.faceUp && this.draggablePile.length === 1) this.turnFaceUp();
    } else if (this.slot === solitaire.stock) {
      this.moveOnTop();
      this.place(solitaire.waste);
      this.turnFaceUp();
    }
  }

  private doubleClick(): void {
    this.findDraggablePile();
    if (!this.faceUp || this.draggablePile.length !== 1) return;
    this.moveOnTop();
    for (const slot of this.solitaire.foundations) {
      if (this.solitaire.checkFoundationsRules(this, slot)) {
        this.place(slot);
        return;
      }
    }
  }
}

/** Options of {@link Solitaire}. */
export interface SolitaireOptions {
  /** Shuffles the deck before dealing (default: at random). Tests pass a fixed order. */
  shuffle?: (cards: Card[]) => void;
}

function shuffleAtRandom(cards: Card[]): void {
  for (let i = cards.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [cards[i], cards[j]] = [cards[j]!, cards[i]!];
  }
}

/** The game: a Stack that deals the cards when it is mounted. */
export class Solitaire extends ft.Stack {
  cards: Card[] = [];
  stock!: Slot;
  waste!: Slot;
  foundations: Slot[] = [];
  tableau: Slot[] = [];
  readonly #shuffle: (cards: Card[]) => void;

  constructor(options: SolitaireOptions = {}) {
    super({ width: SOLITAIRE_WIDTH, height: SOLITAIRE_HEIGHT });
    this.#shuffle = options.shuffle ?? shuffleAtRandom;
  }

  override didMount(): void {
    this.createCardDeck();
    this.createSlots();
    this.dealCards();
  }

  private createCardDeck(): void {
    const suites = [
      new Suite("hearts", "RED"),
      new Suite("diamonds", "RED"),
      new Suite("clubs", "BLACK"),
      new Suite("spades", "BLACK"),
    ];
    const names = ["Ace", "2", "3", "4", "5", "6", "7", "8", "9", "10", "Jack", "Queen", "King"];
    const ranks = names.map((name, index) => new Rank(name, index + 1));
    this.cards = suites.flatMap((suite) => ranks.map((rank) => new Card(this, suite, rank)));
  }

  private createSlots(): void {
    this.stock = new Slot(this, 0, 0, ft.border.all(1, ft.colors.OUTLINE));
    this.waste = new Slot(this, 0, 100, undefined);
    this.foundations = [0, 1, 2, 3].map(
      (i) => new Slot(this, 0, 300 + i * 100, ft.border.all(1, ft.colors.OUTLINE)),
    );
    this.tableau = [0, 1, 2, 3, 4, 5, 6].map((i) => new Slot(this, 150, i * 100, undefined));
    this.controls.push(this.stock, this.waste, ...this.foundations, ...this.tableau);
    this.update();
  }

  private dealCards(): void {
    this.#shuffle(this.cards);
    this.controls.push(...this.cards);
    const remaining = [...this.cards];
    for (let first = 0; first < this.tableau.length; first++) {
      for (const slot of this.tableau.slice(first)) remaining.shift()!.place(slot);
    }
    for (const card of remaining) card.place(this.stock);
    this.update();
    for (const slot of this.tableau) slot.topCard()!.turnFaceUp();
    this.update();
  }

  checkFoundationsRules(card: Card, slot: Slot): boolean {
    const top = slot.topCard();
    return top
      ? card.suite.name === top.suite.name && card.rank.value - top.rank.value === 1
      : card.rank.name === "Ace";
  }

  checkTableauRules(card: Card, slot: Slot): boolean {
    const top = slot.topCard();
    return top
      ? card.suite.color !== top.suite.color && top.rank.value - card.rank.value === 1 && top.faceUp
      : card.rank.name === "King";
  }

  /** Turns the waste back into the stock. */
  restartStock(): void {
    while (this.waste.pile.length > 0) {
      const card = this.waste.topCard()!;
      card.turnFaceDown();
      card.draggablePile = [card];
      card.moveOnTop();
      card.place(this.stock);
    }
  }

  checkWin(): boolean {
    return this.foundations.reduce((sum, slot) => sum + slot.pile.length, 0) === 52;
  }

  /** The cards fly about, and a dialog congratulates. */
  winningSequence(): void {
    for (const slot of this.foundations) {
      for (const card of slot.pile) {
        card.animatePosition = 2000;
        card.draggablePile = [card];
        card.moveOnTop();
        card.top = Math.floor(Math.random() * SOLITAIRE_HEIGHT);
        card.left = Math.floor(Math.random() * SOLITAIRE_WIDTH);
      }
    }
    this.update();
    this.page.showDialog(new ft.AlertDialog({ title: new ft.Text("Congratulations! You won!") }));
  }
}

export function main(page: ft.Page, options: SolitaireOptions = {}): void {
  page.title = title;
  page.bgcolor = ft.colors.GREEN_800;
  // The table is wider than a phone: the row scrolls sideways there.
  page.add(new ft.Row([new Solitaire(options)], { scroll: ft.ScrollMode.AUTO }));
}
