/**
 * How the MenuBar family's menus open, close and take the keyboard, on the DOM they are
 * drawn as: a SubmenuButton is a wrapper holding its trigger (`.flet-submenu-trigger`) and
 * its menu (`.flet-menu`, a `role="menu"` popover in the top layer), so a whole cascade is
 * inside the wrapper of its top-level button, and inside its menu bar.
 * @module
 */
import { isDisabled, type RenderContext } from "flet-ts/browser";
import { type MenuPlacement, menuEntries, menuMove, placeMenu } from "./menu-surface.js";

const contexts = new WeakMap<HTMLElement, RenderContext>();
/** The open SubmenuButtons, so a click outside can close them. */
const open = new Set<HTMLElement>();

/** A SubmenuButton wrapper's trigger and menu. */
export function submenuParts(wrapper: HTMLElement): { trigger: HTMLElement; menu: HTMLElement } {
  return {
    trigger: wrapper.querySelector<HTMLElement>(":scope > .flet-submenu-trigger")!,
    menu: wrapper.querySelector<HTMLElement>(":scope > .flet-menu")!,
  };
}

/** The menu or menu bar an element is an entry of, if any. */
export function containerOf(element: Element): HTMLElement | null {
  return element.parentElement?.closest<HTMLElement>("[role=menu],[role=menubar]") ?? null;
}

/** The SubmenuButton wrapper of a trigger (the element itself when it is none). */
function wrapperOf(item: HTMLElement): HTMLElement | undefined {
  return item.classList.contains("flet-submenu-trigger") ? item.parentElement! : undefined;
}

export function isOpen(wrapper: HTMLElement): boolean {
  return submenuParts(wrapper).menu.matches(":popover-open");
}

/** Registers a SubmenuButton wrapper (the context sends its `open` and `close`). */
export function registerSubmenu(wrapper: HTMLElement, ctx: RenderContext): void {
  contexts.set(wrapper, ctx);
  installOutsideClick();
}

/** Forgets a SubmenuButton that leaves the page, closing its menu without events. */
export function forgetSubmenu(wrapper: HTMLElement): void {
  open.delete(wrapper);
  const { menu } = submenuParts(wrapper);
  if (menu.matches(":popover-open")) menu.hidePopover();
}

function placementOf(wrapper: HTMLElement, menu: HTMLElement): MenuPlacement {
  const nested = containerOf(wrapper)?.getAttribute("role") === "menu";
  const align = (wrapper.dataset.align ?? "").split(",").map(Number);
  const [ox, oy] = (wrapper.dataset.offset ?? "0,0").split(",").map(Number);
  const hasAlign = align.length === 2 && align.every(Number.isFinite);
  // A nested menu moves up by its padding, so its first entry lines up with its button.
  const padTop = nested ? Number.parseFloat(getComputedStyle(menu).paddingTop) || 0 : 0;
  return {
    x: hasAlign ? align[0]! : nested ? 1 : -1,
    y: hasAlign ? align[1]! : nested ? -1 : 1,
    dx: ox ?? 0,
    dy: (oy ?? 0) - padTop,
    beside: nested,
  };
}

/**
 * Opens a SubmenuButton's menu (closing the other open menus of its menu bar or menu),
 * places it, sends `open`, and focuses its first or last entry (or nothing).
 */
export function openSubmenu(wrapper: HTMLElement, focus: "first" | "last" | "none"): void {
  const { trigger, menu } = submenuParts(wrapper);
  if (isDisabled(wrapper) || trigger.getAttribute("aria-disabled") === "true") return;
  if (!menu.matches(":popover-open")) {
    const container = containerOf(wrapper);
    if (container) closeOthers(container, wrapper);
    menu.showPopover();
    open.add(wrapper);
    trigger.setAttribute("aria-expanded", "true");
    placeMenu(menu, trigger, placementOf(wrapper, menu));
    contexts.get(wrapper)?.send("open");
  }
  const entries = menuEntries(menu);
  if (focus !== "none") (focus === "first" ? entries[0] : entries[entries.length - 1])?.focus();
}

/**
 * Closes a SubmenuButton's menu and its open submenus (innermost first), sending `close`
 * for each; the focus, when it was inside, returns to its trigger.
 */
export function closeSubmenu(wrapper: HTMLElement): void {
  const { trigger, menu } = submenuParts(wrapper);
  if (!menu.matches(":popover-open")) return;
  for (const nested of [...open])
    if (nested !== wrapper && menu.contains(nested)) closeSubmenu(nested);
  const hadFocus = menu.contains(document.activeElement);
  menu.hidePopover();
  open.delete(wrapper);
  trigger.setAttribute("aria-expanded", "false");
  if (hadFocus) trigger.focus();
  contexts.get(wrapper)?.send("close");
}

/** Closes the open menus of `container`'s entries other than `keep`. */
export function closeOthers(container: HTMLElement, keep?: HTMLElement): void {
  for (const wrapper of [...open])
    if (wrapper !== keep && containerOf(wrapper) === container) closeSubmenu(wrapper);
}

/** Closes the whole cascade `element` is in (after an item was picked). */
export function closeAll(element: HTMLElement): void {
  let top: HTMLElement | undefined;
  for (const wrapper of open)
    if (wrapper.contains(element) && (!top || wrapper.contains(top))) top = wrapper;
  if (top) closeSubmenu(top);
}

let outsideInstalled = false;
function installOutsideClick(): void {
  if (outsideInstalled) return;
  outsideInstalled = true;
  document.addEventListener(
    "pointerdown",
    (event) => {
      const target = event.target as Node;
      for (const wrapper of [...open]) {
        if (!open.has(wrapper) || wrapper.contains(target)) continue;
        // Only the outermost open menus; closing them closes the nested ones.
        const outer = [...open].some((other) => other !== wrapper && other.contains(wrapper));
        if (!outer) closeSubmenu(wrapper);
      }
    },
    true,
  );
  // As Flutter's menus: scrolling what is under them, or resizing the window, closes them
  // (they are fixed in the top layer and would drift from their buttons).
  const closeOuter = (event: Event) => {
    const target = event.target;
    for (const wrapper of [...open]) {
      if (!open.has(wrapper)) continue;
      if (target instanceof Node && submenuParts(wrapper).menu.contains(target)) continue;
      if (![...open].some((other) => other !== wrapper && other.contains(wrapper)))
        closeSubmenu(wrapper);
    }
  };
  document.addEventListener("scroll", closeOuter, true);
  window.addEventListener("resize", closeOuter);
}

/** The entry of a menu bar that is `step` away from `item` (wrapping), and whether a menu was open. */
function barNeighbour(bar: HTMLElement, item: HTMLElement, step: number): HTMLElement | undefined {
  const entries = menuEntries(bar);
  if (entries.length === 0) return undefined;
  const from = entries.indexOf(item);
  return entries[(from + step + entries.length) % entries.length];
}

/** Moves along the bar from `item` and, when asked, opens the menu of the entry reached. */
function moveInBar(bar: HTMLElement, item: HTMLElement, step: number, openIt: boolean): void {
  const next = barNeighbour(bar, item, step);
  if (!next) return;
  closeOthers(bar, wrapperOf(next));
  next.focus();
  const wrapper = wrapperOf(next);
  if (openIt && wrapper) openSubmenu(wrapper, "first");
}

/** The top-level SubmenuButton of the menu `menu` and its bar, if it is in one. */
function barOf(menu: HTMLElement): { bar: HTMLElement; item: HTMLElement } | undefined {
  let wrapper = menu.parentElement!;
  for (
    let up = containerOf(wrapper);
    up?.getAttribute("role") === "menu";
    up = containerOf(wrapper)
  )
    wrapper = up.parentElement!;
  const bar = containerOf(wrapper);
  return bar ? { bar, item: submenuParts(wrapper).trigger } : undefined;
}

/**
 * The keys of the WAI-ARIA menubar and menu patterns, for an entry of `container` (a
 * `menubar`, a `menu`), or of no container (a SubmenuButton on its own). Handled keys
 * are `preventDefault`ed.
 */
export function menuKey(event: KeyboardEvent, container: HTMLElement | null): void {
  const item = event.target as HTMLElement;
  if (containerOf(item) !== container || item.getAttribute("aria-disabled") === "true") return;
  const rtl = getComputedStyle(item).direction === "rtl";
  let key = event.key;
  if (rtl && key === "ArrowLeft") key = "ArrowRight";
  else if (rtl && key === "ArrowRight") key = "ArrowLeft";
  const wrapper = wrapperOf(item);
  const role = container?.getAttribute("role");
  const activate = key === "Enter" || key === " ";
  let handled = true;
  if (activate && !wrapper) item.click();
  else if (
    wrapper &&
    (activate ||
      (role !== "menu" && key === "ArrowDown") ||
      (role === "menu" && key === "ArrowRight"))
  )
    openSubmenu(wrapper, "first");
  else if (role !== "menu" && key === "ArrowUp" && wrapper) openSubmenu(wrapper, "last");
  else if (key === "Escape") {
    if (role === "menu") closeSubmenu(container!.parentElement!);
    else if (wrapper) closeSubmenu(wrapper);
  } else if (key === "Tab") {
    closeAll(item);
    handled = false;
  } else if (role === "menubar" && (key === "ArrowLeft" || key === "ArrowRight")) {
    const wasOpen = [...open].some((w) => containerOf(w) === container);
    moveInBar(container!, item, key === "ArrowRight" ? 1 : -1, wasOpen);
  } else if (role === "menubar" && (key === "Home" || key === "End")) {
    const entries = menuEntries(container!);
    (key === "Home" ? entries[0] : entries[entries.length - 1])?.focus();
  } else if (role === "menu" && (key === "ArrowLeft" || key === "ArrowRight")) {
    const owner = container!.parentElement!;
    const inBar = barOf(container!);
    const nested = containerOf(owner)?.getAttribute("role") === "menu";
    if (key === "ArrowLeft" && nested) closeSubmenu(owner);
    else if (inBar) moveInBar(inBar.bar, inBar.item, key === "ArrowRight" ? 1 : -1, true);
    else if (key === "ArrowLeft") closeSubmenu(owner);
    else handled = false;
  } else if (role === "menu") {
    const entries = menuEntries(container!);
    const to = menuMove(entries, entries.indexOf(item), event);
    if (to) to.focus();
    else handled = false;
  } else handled = false;
  if (handled) event.preventDefault();
}

/**
 * What the pointer over an entry does: focus it (`focusOnHover`), and open a
 * SubmenuButton's menu inside a menu, or in a menu bar that already has a menu open.
 */
export function menuHover(item: HTMLElement, focusOnHover: boolean): void {
  const container = containerOf(item);
  if (!container || item.getAttribute("aria-disabled") === "true") return;
  const wrapper = wrapperOf(item);
  const inMenu = container.getAttribute("role") === "menu";
  const barOpen = [...open].some((w) => containerOf(w) === container);
  if (wrapper && (inMenu || barOpen)) {
    openSubmenu(wrapper, "none");
    item.focus({ preventScroll: true });
  } else if (focusOnHover && (inMenu || barOpen)) item.focus({ preventScroll: true });
}

/**
 * Keeps a container's entries consistent when one gets the focus: the other entries' open
 * menus close, and in a menu bar the focused entry becomes its one Tab stop.
 */
export function menuFocusIn(event: FocusEvent, container: HTMLElement): void {
  const item = event.target as HTMLElement;
  if (containerOf(item) !== container) return;
  closeOthers(container, wrapperOf(item));
  if (container.getAttribute("role") === "menubar") rovingStop(container, item);
}

/** Makes `current` (or the first enabled entry) a menu bar's one Tab stop. */
export function rovingStop(bar: HTMLElement, current?: HTMLElement): void {
  // Not menuEntries(): a bar drawn before it is on the page has no layout yet.
  const entries = [...bar.querySelectorAll<HTMLElement>("[role=menuitem]")].filter(
    (entry) => containerOf(entry) === bar,
  );
  const enabled = entries.filter((entry) => entry.getAttribute("aria-disabled") !== "true");
  const stop =
    current && enabled.includes(current)
      ? current
      : (enabled.find((entry) => entry.tabIndex === 0) ?? enabled[0]);
  for (const entry of entries) entry.tabIndex = entry === stop ? 0 : -1;
}
