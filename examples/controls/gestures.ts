/**
 * Gestures: a card dragged around a Stack (like Flet's solitaire: `onPanUpdate` moves its
 * `left` and `top`), a pad that reports taps, double taps, right clicks, long presses,
 * hover and wheel scrolls, and a tile to pinch with two fingers.
 */
import * as ft from "flet-ts";

export const title = "Gestures";
export const description = "Drag a card, tap, double-tap, right-click, hover, scroll and pinch.";
export const controls = ["GestureDetector"] as const;

const round = (value: number) => Math.round(value);

export function main(page: ft.Page): void {
  page.title = title;
  page.scroll = ft.ScrollMode.AUTO;
  const heading = (text: string) =>
    new ft.Text(text, { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM });

  const cardStatus = new ft.Text("Drag the card.");
  const card: ft.GestureDetector = new ft.GestureDetector(
    new ft.Container(
      new ft.Column(
        [
          new ft.Icon(ft.icons.FAVORITE, { color: ft.colors.ON_PRIMARY_CONTAINER }),
          new ft.Text("Ace", { weight: ft.FontWeight.BOLD, color: ft.colors.ON_PRIMARY_CONTAINER }),
        ],
        {
          alignment: ft.MainAxisAlignment.CENTER,
          horizontalAlignment: ft.CrossAxisAlignment.CENTER,
          spacing: 4,
        },
      ),
      {
        width: 80,
        height: 112,
        bgcolor: ft.colors.PRIMARY_CONTAINER,
        borderRadius: 8,
        alignment: ft.alignment.center,
      },
    ),
    {
      left: 16,
      top: 16,
      mouseCursor: ft.MouseCursor.MOVE,
      onPanUpdate: (e) => {
        card.left = Math.min(280, Math.max(0, (card.left ?? 0) + e.deltaX));
        card.top = Math.min(88, Math.max(0, (card.top ?? 0) + e.deltaY));
        cardStatus.value = `Card at ${round(card.left)}, ${round(card.top)}.`;
      },
      onPanEnd: () => {
        cardStatus.value = `Card dropped at ${round(card.left ?? 0)}, ${round(card.top ?? 0)}.`;
      },
    },
  );
  const table = new ft.Container(new ft.Stack([card], { width: 360, height: 200 }), {
    border: ft.border.all(1, ft.colors.OUTLINE_VARIANT),
    borderRadius: 12,
    bgcolor: ft.colors.SURFACE_VARIANT,
    width: 362,
  });

  const padStatus = new ft.Text("Try a gesture on the pad.");
  const say = (text: string) => {
    padStatus.value = text;
  };
  const pad = new ft.GestureDetector(
    new ft.Container(new ft.Text("Tap, double-tap, right-click, press, hover or scroll"), {
      width: 362,
      height: 96,
      padding: 16,
      borderRadius: 12,
      border: ft.border.all(1, ft.colors.OUTLINE),
      alignment: ft.alignment.center,
    }),
    {
      mouseCursor: ft.MouseCursor.CLICK,
      onTap: () => say("Tapped."),
      onDoubleTap: () => say("Double-tapped."),
      onSecondaryTapUp: (e) => say(`Right-clicked at ${round(e.localX)}, ${round(e.localY)}.`),
      onLongPressStart: () => say("Long-pressed."),
      onEnter: () => say("Pointer entered."),
      onExit: () => say("Pointer left."),
      onScroll: (e) => say(`Scrolled ${round(e.scrollDeltaY ?? 0)} px.`),
    },
  );

  const pinchStatus = new ft.Text("Pinch the tile with two fingers.");
  const tile = new ft.Container(new ft.Icon(ft.icons.PHOTO, { size: 48 }), {
    width: 160,
    height: 120,
    borderRadius: 12,
    bgcolor: ft.colors.TERTIARY_CONTAINER,
    alignment: ft.alignment.center,
  });
  const pinch = new ft.GestureDetector(tile, {
    onScaleUpdate: (e) => {
      tile.scale = Math.min(2, Math.max(0.5, e.scale));
      pinchStatus.value = `Scale ${e.scale.toFixed(2)} with ${e.pointerCount} fingers.`;
    },
    onScaleEnd: () => {
      pinchStatus.value = "Pinch ended.";
    },
  });

  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    heading("Drag"),
    table,
    cardStatus,
    heading("Tap, click, hover, scroll"),
    pad,
    padStatus,
    heading("Pinch"),
    pinch,
    pinchStatus,
  );
}
