/**
 * What the menus share (PopupMenuButton's and the MenuBar family's): the entries a
 * keyboard moves through, where an open menu goes, the arrow-key and typeahead moves,
 * and a MenuStyle drawn on a surface.
 * @module
 */
import { cssColor } from "flet-ts/browser";
import { elevationCss, sidesCss } from "./box.js";
import { shapeRadiusCss } from "./card.js";
import { cursorCss } from "./cursor.js";

/** How close to the window's edges a menu may go (Flutter's `_kMenuViewPadding`). */
const EDGE = 8;

/**
 * The entries of `menu` a user can move to: its enabled `menuitem`s (found through
 * wrappers such as a SubmenuButton's), not dividers, not hidden, not inside a nested menu.
 */
export function menuEntries(menu: HTMLElement): HTMLElement[] {
  return [
    ...menu.querySelectorAll<HTMLElement>(
      "[role=menuitem],[role=menuitemcheckbox],[role=menuitemradio]",
    ),
  ].filter(
    (item) =>
      item.parentElement?.closest("[role=menu],[role=menubar]") === menu &&
      item.getAttribute("aria-disabled") !== "true" &&
      item.getClientRects().length > 0,
  );
}

/** Where a menu opens against its button. */
export interface MenuPlacement {
  /** The point of the button the menu's start-top corner goes to, as an alignment (-1..1). */
  readonly x: number;
  readonly y: number;
  /** Moves from that point, in pixels (dx is towards the end in right-to-left text). */
  readonly dx?: number;
  readonly dy?: number;
  /** A submenu beside its button: when there is no room at the end, it opens at the start. */
  readonly beside?: boolean;
}

/**
 * Places the open `menu` (a `position: fixed` popover) at `placement` against `anchor`,
 * inside the window, as Flutter's menu layout does: a menu beside its button that does not
 * fit towards the end flips to the other side; a menu below one that does not fit below
 * opens above it; anything else slides back into view.
 */
export function placeMenu(menu: HTMLElement, anchor: HTMLElement, placement: MenuPlacement): void {
  const at = anchor.getBoundingClientRect();
  const box = menu.getBoundingClientRect();
  const rtl = getComputedStyle(anchor).direction === "rtl";
  const x = rtl ? -placement.x : placement.x;
  const pointX = at.left + ((x + 1) / 2) * at.width;
  const pointY = at.top + ((placement.y + 1) / 2) * at.height;
  const dx = placement.dx ?? 0;
  let left = rtl ? pointX - box.width - dx : pointX + dx;
  let top = pointY + (placement.dy ?? 0);
  const fitsX = (value: number) => value >= EDGE && value + box.width <= innerWidth - EDGE;
  if (!fitsX(left)) {
    // Beside: the other side of the button; below: end-aligned with it.
    const other = placement.beside
      ? rtl
        ? at.right
        : at.left - box.width
      : rtl
        ? at.left
        : at.right - box.width;
    if (fitsX(other)) left = other;
  }
  left = Math.max(EDGE, Math.min(left, innerWidth - box.width - EDGE));
  if (top + box.height > innerHeight - EDGE) {
    const above = at.top - box.height;
    top =
      !placement.beside && top >= at.bottom && above >= EDGE
        ? above
        : innerHeight - box.height - EDGE;
  }
  menu.style.left = `${left}px`;
  menu.style.top = `${Math.max(EDGE, top)}px`;
}

/**
 * The entry a navigation key moves to among `entries` from index `from` (-1: none has
 * focus): Down/Up wrap around, Home/End; a printable character moves to the next entry
 * whose text starts with it (typeahead). `undefined` for other keys.
 */
export function menuMove(
  entries: readonly HTMLElement[],
  from: number,
  event: KeyboardEvent,
): HTMLElement | undefined {
  const count = entries.length;
  if (count === 0) return undefined;
  switch (event.key) {
    case "ArrowDown":
      return entries[(from + 1) % count];
    case "ArrowUp":
      return entries[(from - 1 + count) % count];
    case "Home":
      return entries[0];
    case "End":
      return entries[count - 1];
  }
  if (event.key.length !== 1 || event.key === " " || event.ctrlKey || event.metaKey || event.altKey)
    return undefined;
  const letter = event.key.toLocaleLowerCase();
  for (let step = 1; step <= count; step++) {
    const entry = entries[(from + step + count) % count]!;
    // The label, not the icons (their ligature names are text too).
    const label = entry.querySelector(".flet-menu-label, .flet-popupmenu-text") ?? entry;
    if ((label.textContent ?? "").trim().toLocaleLowerCase().startsWith(letter)) return entry;
  }
  return undefined;
}

/** A MenuStyle field's value in the default state (`{ "": v, hovered: ... }` or `v`). */
export function stateDefault(value: unknown): unknown {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const map = value as Record<string, unknown>;
    const keys = Object.keys(map);
    const isStates = keys.every((key) =>
      [
        "",
        "hovered",
        "focused",
        "pressed",
        "dragged",
        "selected",
        "scrolledUnder",
        "disabled",
        "error",
      ].includes(key),
    );
    if (isStates && keys.length > 0) return map[""];
  }
  return value;
}

/** How much of the surface tint Material 3 lays over a surface at an elevation (dp). */
export function tintPercent(elevation: number): number {
  if (elevation <= 0) return 0;
  if (elevation <= 1) return 5;
  if (elevation <= 3) return 8;
  if (elevation <= 6) return 11;
  if (elevation <= 8) return 12;
  return 14;
}

/** A BorderSide (`{ width, color }`) as a CSS border, or `""`. */
export function sideCss(value: unknown): string {
  if (typeof value !== "object" || value === null) return "";
  const side = value as { width?: unknown; color?: unknown };
  const width = typeof side.width === "number" ? side.width : 1;
  if (width <= 0) return "none";
  return `${width}px solid ${cssColor(side.color) ?? "var(--md-sys-color-outline)"}`;
}

/**
 * Draws a MenuStyle on a menu surface (a menu bar or a menu), its default-state values
 * over the stylesheet's Material 3 defaults: colour (with the tint for its elevation),
 * shadow, padding, outline, corners, pointer.
 */
export function applyMenuStyle(surface: HTMLElement, style: unknown): void {
  const s = (typeof style === "object" && style !== null ? style : {}) as Record<string, unknown>;
  const elevation = stateDefault(s.elevation);
  const dp = typeof elevation === "number" ? elevation : 3;
  const bg = cssColor(stateDefault(s.bgcolor));
  const tint = cssColor(stateDefault(s.surfaceTintColor));
  const base = bg ?? "var(--md-sys-color-surface-container)";
  surface.style.background =
    tint && tintPercent(dp) > 0
      ? `color-mix(in srgb,${tint} ${tintPercent(dp)}%,${base})`
      : (bg ?? "");
  const shadow = stateDefault(s.shadowColor);
  surface.style.boxShadow =
    typeof elevation === "number" || shadow !== undefined ? elevationCss(dp, shadow) : "";
  surface.style.padding = sidesCss(stateDefault(s.padding));
  surface.style.border = sideCss(stateDefault(s.side));
  surface.style.borderRadius = shapeRadiusCss(stateDefault(s.shape));
  surface.style.cursor = cursorCss(stateDefault(s.mouseCursor));
}
