/**
 * `cupertinocontextmenu`: a long press (~500 ms, touch or mouse) or a right click lifts
 * the content over a dimmed page and shows its actions as a `role="menu"`.
 * @module
 */
import type { RenderContext, Renderer } from "flet-ts/browser";
import { isOff } from "./define.js";
import { el, isPress, put, textOf } from "./dom.js";

const LONG_PRESS_MS = 500;

type Menu = HTMLDivElement & {
  dialog: HTMLDialogElement;
  lift: HTMLElement;
  list: HTMLElement;
  holder: HTMLElement;
};

function open(menu: Menu, ctx: RenderContext): void {
  if (menu.dialog.open || isOff(menu)) return;
  const content = ctx.child("content");
  const rect = menu.getBoundingClientRect();
  menu.holder.style.width = `${rect.width}px`;
  menu.holder.style.height = `${rect.height}px`;
  if (content) menu.lift.replaceChildren(content);
  put(menu, [menu.holder, menu.dialog]);
  menu.dialog.style.left = `${Math.max(8, Math.min(rect.left, innerWidth - 246))}px`;
  menu.dialog.style.top = `${Math.max(8, Math.min(rect.top, innerHeight - rect.height - 60 * ctx.childIds("actions").length - 20))}px`;
  menu.dialog.showModal();
  if (ctx.props.enableHapticFeedback !== false) navigator.vibrate?.(10);
  menu.list.querySelector<HTMLElement>("button")?.focus();
}

function close(menu: Menu, ctx: RenderContext): void {
  if (menu.dialog.open) menu.dialog.close();
  put(menu, [ctx.child("content"), menu.dialog]);
  menu.focus();
}

/**
 * Draws `cupertinocontextmenu`: the content inside a focusable `role="button"` with
 * `aria-haspopup="menu"`; Enter, Space, the context-menu key, right click or a long
 * press open it; Escape, a click outside or an action close it.
 *
 * @example
 * ```ts
 * cupertino("cupertinocontextmenu", contextMenuRenderer);
 * ```
 */
export const contextMenuRenderer: Renderer<Menu> = {
  create(ctx) {
    const menu = el("div", "cu-ctx", {
      role: "button",
      tabindex: "0",
      "aria-haspopup": "menu",
    }) as Menu;
    menu.dialog = el("dialog", "cu-menu", { "aria-label": "Menu" });
    menu.lift = el("div", "cu-menu-lift");
    menu.list = el("div", "cu-menu-list", { role: "menu" });
    menu.holder = el("div", "cu-menu-slot") as HTMLElement;
    menu.dialog.append(menu.lift, menu.list);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let start = { x: 0, y: 0 };
    menu.addEventListener("contextmenu", (event) => {
      event.preventDefault();
      open(menu, ctx);
    });
    menu.addEventListener("pointerdown", (event) => {
      if (event.button !== 0 || menu.dialog.open) return;
      start = { x: event.clientX, y: event.clientY };
      clearTimeout(timer);
      timer = setTimeout(() => open(menu, ctx), LONG_PRESS_MS);
    });
    menu.addEventListener("pointermove", (event) => {
      if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > 10) clearTimeout(timer);
    });
    for (const type of ["pointerup", "pointercancel", "pointerleave"])
      menu.addEventListener(type, () => clearTimeout(timer));
    menu.addEventListener("keydown", (event) => {
      if (event.target === menu && isPress(event)) {
        event.preventDefault();
        open(menu, ctx);
      }
    });
    menu.dialog.addEventListener("keydown", (event) => {
      const dir = { ArrowDown: 1, ArrowUp: -1 }[event.key];
      if (!dir) return;
      event.preventDefault();
      const items = [...menu.list.querySelectorAll<HTMLElement>("button")];
      const at = items.indexOf(document.activeElement as HTMLElement);
      items[(at + dir + items.length) % items.length]?.focus();
    });
    menu.dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      close(menu, ctx);
    });
    menu.dialog.addEventListener("click", (event) => {
      if (event.target === menu.dialog) close(menu, ctx);
    });
    menu.dialog.addEventListener("cu-action", () => close(menu, ctx));
    return menu;
  },
  update(menu, ctx) {
    const actions = ctx.children("actions");
    for (const action of actions) action.setAttribute("role", "menuitem");
    put(menu.list, actions);
    if (!menu.dialog.open) put(menu, [ctx.child("content"), menu.dialog]);
    menu.setAttribute("aria-label", `${textOf(ctx.child("content")) || "Item"}, actions`);
  },
};
