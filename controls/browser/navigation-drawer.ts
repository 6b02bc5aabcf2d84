/**
 * `navigationdrawer`: the Material 3 modal navigation drawer, and the gestures that open
 * it (the app bar's menu buttons send `flet-drawer-open`; a touch swipe in from a screen
 * edge opens the visible view's drawer on that side).
 * @module
 */

import { cssColor, cssSides } from "flet-ts/browser";
import { elevationCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";
import { syncOpen, wireModal } from "./modal.js";
import {
  destinationsIn,
  selectDestination,
  styleIndicators,
  wireDestinations,
} from "./navigation-destination.js";

/** The DOM event that asks a drawer element to open (sent by the app bar's menu buttons). */
export const DRAWER_OPEN_EVENT = "flet-drawer-open";

/** Which edge a drawer slides from: the scaffold (view, Pagelet) sets `data-flet-side` on it. */
function sideOf(drawer: HTMLElement): "start" | "end" {
  return drawer.dataset.fletSide === "end" ? "end" : "start";
}

/**
 * The drawer of a scaffold (a view, a Pagelet) on `side`, if it has one: what the app
 * bar's menu buttons and edge swipes open.
 */
export function viewDrawer(scaffold: Element | null, side: "start" | "end"): HTMLElement | null {
  return scaffold?.querySelector<HTMLElement>(`:scope > [data-flet-side="${side}"]`) ?? null;
}

/** The confined scaffold (a Pagelet) the drawer is in, if it is in one. */
function confinedScaffold(dialog: HTMLDialogElement): HTMLElement | undefined {
  const scaffold = dialog.parentElement;
  return scaffold?.hasAttribute("data-flet-confined") ? scaffold : undefined;
}

/** What a drawer opened in place changed: the parts it made inert, where focus was. */
const opened = new WeakMap<HTMLDialogElement, { inert: HTMLElement[]; focus: Element | null }>();

/**
 * Opens or closes the drawer. In a view it is a modal dialog over the whole page; in a
 * confined scaffold (a Pagelet) it opens in place, inside the scaffold's box, over its
 * scrim, and the scaffold's other parts are inert until it closes (the rest of the page
 * stays usable, as with a nested Flutter Scaffold).
 */
function syncDrawer(dialog: HTMLDialogElement, open: boolean, attempts = 10): void {
  if (open && !dialog.isConnected) {
    if (attempts > 0)
      requestAnimationFrame(() =>
        syncDrawer(dialog, dialog.dataset.fletOpen !== undefined, attempts - 1),
      );
    return;
  }
  const scaffold = open && !dialog.open ? confinedScaffold(dialog) : undefined;
  if (scaffold === undefined) {
    syncOpen(dialog, open);
    return;
  }
  const others = [...scaffold.children].filter(
    (part): part is HTMLElement =>
      part !== dialog && part instanceof HTMLElement && !part.matches(".flet-scaffold-scrim"),
  );
  const focus = document.activeElement;
  for (const part of others) part.inert = true;
  opened.set(dialog, { inert: others, focus });
  dialog.show();
}

/** Escape closes a drawer opened in place too (only a modal dialog gets `cancel` from it). */
function wireConfined(dialog: HTMLDialogElement): void {
  dialog.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !dialog.open || dialog.matches(":modal")) return;
    event.preventDefault();
    event.stopPropagation();
    dialog.dispatchEvent(new Event("cancel", { cancelable: true }));
  });
  dialog.addEventListener("close", () => {
    const state = opened.get(dialog);
    if (state === undefined) return;
    opened.delete(dialog);
    for (const part of state.inert) part.inert = false;
    // The browser could not give focus back to the opener while it was inert.
    const lost =
      document.activeElement === document.body || dialog.contains(document.activeElement);
    if (lost && state.focus instanceof HTMLElement) state.focus.focus();
  });
}

/** How far (px) a pointer must travel sideways before a press becomes a swipe. */
const SWIPE_SLOP = 10;

/**
 * A drag towards the drawer's own edge follows the pointer and, past a third of the
 * drawer's width, dismisses it; a shorter one springs back.
 */
function wireSwipeToClose(dialog: HTMLDialogElement, dismiss: () => void): void {
  let start: { x: number; y: number; id: number } | undefined;
  let dragging = false;
  const offset = (x: number) => {
    const dx = x - start!.x;
    return sideOf(dialog) === "end" ? Math.max(0, dx) : Math.min(0, dx);
  };
  dialog.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    start = { x: event.clientX, y: event.clientY, id: event.pointerId };
    dragging = false;
  });
  dialog.addEventListener("pointermove", (event) => {
    if (!start || event.pointerId !== start.id) return;
    const dx = offset(event.clientX);
    if (!dragging) {
      if (Math.abs(dx) < SWIPE_SLOP || Math.abs(dx) < Math.abs(event.clientY - start.y)) return;
      dragging = true;
      dialog.setPointerCapture(event.pointerId);
      dialog.classList.add("flet-dragging");
    }
    dialog.style.translate = `${dx}px 0`;
  });
  const end = (event: PointerEvent) => {
    if (!start || event.pointerId !== start.id) return;
    const dx = offset(event.clientX);
    const wasDragging = dragging;
    start = undefined;
    dragging = false;
    dialog.classList.remove("flet-dragging");
    dialog.style.translate = "";
    if (!wasDragging) return;
    // A drag is not a click on what it started on.
    dialog.addEventListener("click", (click) => click.stopPropagation(), {
      capture: true,
      once: true,
    });
    if (event.type === "pointerup" && Math.abs(dx) > dialog.offsetWidth / 3) dismiss();
  };
  dialog.addEventListener("pointerup", end);
  dialog.addEventListener("pointercancel", end);
}

let edgeSwipes = false;

/** Once per document: a touch that starts at a screen edge and moves inwards opens that side's drawer. */
function wireEdgeSwipes(): void {
  if (edgeSwipes) return;
  edgeSwipes = true;
  let start: { x: number; side: "start" | "end"; id: number } | undefined;
  document.addEventListener("pointerdown", (event) => {
    start = undefined;
    if (event.pointerType !== "touch") return;
    const rtl = getComputedStyle(document.documentElement).direction === "rtl";
    const left = event.clientX <= 20;
    const right = event.clientX >= window.innerWidth - 20;
    if (!left && !right) return;
    const side = left !== rtl ? "start" : "end";
    start = { x: event.clientX, side, id: event.pointerId };
  });
  document.addEventListener("pointermove", (event) => {
    if (!start || event.pointerId !== start.id) return;
    const inwards = start.x <= 20 ? event.clientX - start.x : start.x - event.clientX;
    if (inwards < 40) return;
    const view = document.querySelector(".flet-view:not([hidden])");
    viewDrawer(view, start.side)?.dispatchEvent(new CustomEvent(DRAWER_OPEN_EVENT));
    start = undefined;
  });
}

/**
 * Draws `navigationdrawer` as a native modal `<dialog>` at the start or end edge (focus
 * trapped, the page behind inert, focus restored on close); inside a Pagelet, as a
 * dialog opened in place at the edge of the Pagelet's box (see `syncDrawer`). Its controls are stacked;
 * destinations are buttons with the selected one `aria-current="page"`, Up/Down/Home/End
 * between them. Picking one sends `change` with `selectedIndex` (counting destinations
 * only). Escape, the scrim or a swipe back send `dismiss` with `open: false`; opening it
 * from the app bar or an edge swipe sends `open` with `open: true`.
 */
export const navigationDrawerRenderer: MaterialRenderer<HTMLDialogElement> = {
  create(ctx) {
    const dialog = h("dialog", "", { "aria-modal": "true", "aria-label": "Navigation menu" });
    const dismiss = wireModal(dialog, ctx, () => true);
    wireSwipeToClose(dialog, dismiss);
    wireConfined(dialog);
    wireDestinations(dialog, ctx, "y");
    dialog.addEventListener(DRAWER_OPEN_EVENT, () => {
      if (dialog.open) return;
      dialog.dataset.fletOpen = "";
      syncDrawer(dialog, true);
      ctx.send("open", undefined, { open: true });
    });
    wireEdgeSwipes();
    return dialog;
  },
  update(dialog, ctx, changed) {
    const p = ctx.props;
    place(dialog, ctx.children("controls"));
    selectDestination(
      destinationsIn(dialog),
      typeof p.selectedIndex === "number" ? p.selectedIndex : 0,
    );
    const tint = cssColor(p.surfaceTintColor);
    dialog.style.backgroundColor =
      cssColor(p.bgcolor) ??
      (tint ? `color-mix(in srgb, ${tint} 8%, var(--md-sys-color-surface-container-low))` : "");
    dialog.style.boxShadow = elevationCss(
      typeof p.elevation === "number" ? p.elevation : 1,
      p.shadowColor,
    );
    const tile = cssSides(p.tilePadding);
    if (tile) dialog.style.setProperty("--flet-tile-padding", tile);
    else dialog.style.removeProperty("--flet-tile-padding");
    styleIndicators(dialog, p);
    if (changed.has("open")) {
      if (p.open === true) dialog.dataset.fletOpen = "";
      else delete dialog.dataset.fletOpen;
      syncDrawer(dialog, p.open === true);
    }
  },
};
