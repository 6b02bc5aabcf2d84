/**
 * `menubar`, `submenubutton` and `menuitembutton`: Flutter's Material 3 menus, as the
 * WAI-ARIA menubar and menu patterns (`menu-nav.ts` opens, closes and moves).
 * @module
 */
import { focusable, isDisabled, type RenderContext } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";
import { iconGlyph } from "./icon-name.js";
import { MENU_BAR_CSS } from "./menu-bar-styles.js";
import { drawItem, itemParts } from "./menu-item.js";
import {
  closeAll,
  closeSubmenu,
  containerOf,
  forgetSubmenu,
  isOpen,
  menuFocusIn,
  menuHover,
  menuKey,
  openSubmenu,
  registerSubmenu,
  rovingStop,
  submenuParts,
} from "./menu-nav.js";
import { applyMenuStyle, stateDefault } from "./menu-surface.js";

/** Gives the entries placed in a menu bar or menu their `menuitem` roles. */
function adopt(container: HTMLElement, elements: readonly HTMLElement[]): void {
  const nested = container.getAttribute("role") === "menu";
  for (const element of elements) {
    let item: HTMLElement | undefined;
    if (element.classList.contains("flet-menuitembutton")) item = element;
    else if (element.classList.contains("flet-submenubutton")) {
      element.setAttribute("role", "none");
      element.classList.toggle("flet-submenu-nested", nested);
      item = submenuParts(element).trigger;
    }
    if (!item) continue;
    item.setAttribute("role", "menuitem");
    if (item.tabIndex === 0 || !item.hasAttribute("tabindex")) item.tabIndex = -1;
  }
}

/** Role and Tab stop of an item: a `menuitem` in a menu or bar, else a `button`. */
function itemRole(item: HTMLElement, disabled: boolean): void {
  const inMenu = containerOf(item) !== null;
  item.setAttribute("role", inMenu ? "menuitem" : "button");
  if (disabled) item.setAttribute("aria-disabled", "true");
  else item.removeAttribute("aria-disabled");
  if (disabled || inMenu) {
    if (disabled || !item.hasAttribute("tabindex")) item.tabIndex = -1;
    const bar = containerOf(item);
    if (bar?.getAttribute("role") === "menubar") rovingStop(bar);
  } else item.tabIndex = 0;
}

/** Wires an item's hover and focus events (`hover` true/false, `focus`, `blur`). */
function wireItem(item: HTMLElement, ctx: RenderContext): void {
  item.addEventListener("pointerenter", () => {
    if (isDisabled(item) || item.getAttribute("aria-disabled") === "true") return;
    ctx.send("hover", true);
    menuHover(item, ctx.props.focusOnHover !== false);
  });
  item.addEventListener("pointerleave", () => {
    if (!isDisabled(item) && item.getAttribute("aria-disabled") !== "true")
      ctx.send("hover", false);
  });
  item.addEventListener("focus", () => ctx.send("focus"));
  item.addEventListener("blur", () => ctx.send("blur"));
}

const focusItem = (item: HTMLElement): boolean => {
  item.focus();
  return document.activeElement === item;
};

/** Draws `menuitembutton`: a `menuitem` (a `button` on its own); disabled without `onClick`. */
export const menuItemButtonRenderer: MaterialRenderer<HTMLElement> = {
  styles: MENU_BAR_CSS,
  create(ctx) {
    const item = h("div", "flet-menu-item", { role: "button", tabindex: "0" });
    itemParts(item);
    wireItem(item, ctx);
    item.addEventListener("click", () => {
      if (isDisabled(item) || item.getAttribute("aria-disabled") === "true") return;
      ctx.send("click");
      if (ctx.props.closeOnClick !== false) closeAll(item);
    });
    item.addEventListener("keydown", (event) => {
      if (containerOf(item) === null && (event.key === "Enter" || event.key === " ")) {
        event.preventDefault();
        item.click();
      }
    });
    return item;
  },
  update(item, ctx) {
    const p = ctx.props;
    drawItem(item, ctx);
    item.dataset.closeOnClick = String(p.closeOnClick !== false);
    item.dataset.focusOnHover = String(p.focusOnHover !== false);
    focusable(item, p.disabled === true || p.onClick !== true, (disabled) =>
      itemRole(item, disabled),
    );
  },
  methods: { focus: focusItem },
};

/** Draws `submenubutton`: its trigger (`aria-haspopup="menu"`) and its menu, a popover. */
export const submenuButtonRenderer: MaterialRenderer<HTMLElement> = {
  styles: MENU_BAR_CSS,
  create(ctx) {
    const wrapper = h("div");
    const trigger = h("div", "flet-menu-item flet-submenu-trigger", {
      role: "button",
      tabindex: "0",
      id: `flet-submenu-${ctx.id}`,
      "aria-haspopup": "menu",
      "aria-expanded": "false",
    });
    itemParts(trigger);
    const arrow = iconGlyph("arrow_right", h("span", "flet-menu-arrow"));
    arrow.setAttribute("aria-hidden", "true");
    trigger.append(arrow);
    const menu = h("div", "flet-menu", {
      role: "menu",
      popover: "manual",
      "aria-labelledby": trigger.id,
    });
    wrapper.append(trigger, menu);
    registerSubmenu(wrapper, ctx);
    wireItem(trigger, ctx);
    trigger.addEventListener("click", () => {
      if (isOpen(wrapper)) closeSubmenu(wrapper);
      else openSubmenu(wrapper, "none");
    });
    trigger.addEventListener("keydown", (event) => {
      if (containerOf(trigger) === null) menuKey(event, null);
    });
    menu.addEventListener("keydown", (event) => menuKey(event, menu));
    menu.addEventListener("focusin", (event) => menuFocusIn(event, menu));
    return wrapper;
  },
  update(wrapper, ctx) {
    const p = ctx.props;
    const { trigger, menu } = submenuParts(wrapper);
    drawItem(trigger, ctx);
    const entries = ctx.children("controls");
    place(menu, entries);
    adopt(menu, entries);
    const style = (p.menuStyle ?? {}) as Record<string, unknown>;
    applyMenuStyle(menu, style);
    const clip = p.clipBehavior;
    menu.classList.toggle("flet-menu-unclipped", clip === "none");
    const align = stateDefault(style.alignment) as { x?: unknown; y?: unknown } | undefined;
    if (align && typeof align.x === "number" && typeof align.y === "number")
      wrapper.dataset.align = `${align.x},${align.y}`;
    else delete wrapper.dataset.align;
    const offset = p.alignmentOffset as { x?: number; y?: number } | undefined;
    if (offset) wrapper.dataset.offset = `${offset.x ?? 0},${offset.y ?? 0}`;
    else delete wrapper.dataset.offset;
    const own = p.disabled === true || entries.length === 0;
    focusable(trigger, own, (disabled) => {
      itemRole(trigger, disabled);
      if (disabled) closeSubmenu(wrapper);
    });
  },
  destroy(wrapper) {
    forgetSubmenu(wrapper);
  },
  methods: { focus: (wrapper) => focusItem(submenuParts(wrapper).trigger) },
};

/** Draws `menubar`: a `menubar` of its controls with one Tab stop, and its MenuStyle. */
export const menuBarRenderer: MaterialRenderer<HTMLElement> = {
  styles: MENU_BAR_CSS,
  create() {
    const bar = h("div", "", { role: "menubar" });
    bar.addEventListener("keydown", (event) => menuKey(event, bar));
    bar.addEventListener("focusin", (event) => menuFocusIn(event, bar));
    return bar;
  },
  update(bar, ctx) {
    const p = ctx.props;
    const entries = ctx.children("controls");
    place(bar, entries);
    adopt(bar, entries);
    rovingStop(bar);
    applyMenuStyle(bar, p.style);
    const clip = p.clipBehavior;
    bar.style.overflow = typeof clip === "string" && clip !== "none" ? "hidden" : "";
  },
};
