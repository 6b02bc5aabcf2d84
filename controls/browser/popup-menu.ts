/**
 * `popupmenubutton` and `popupmenuitem`: a Material 3 menu opened from a button, as in the
 * WAI-ARIA menu button pattern.
 * @module
 */

import { isDisabled } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, isActivation, place } from "./dom.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";
import { menuEntries as entries, menuMove, placeMenu } from "./menu-surface.js";

/**
 * Draws `popupmenubutton`: an icon button (or the `content`) with `aria-haspopup="menu"` and
 * `aria-expanded`, and its menu (`role="menu"`, in the top layer). See the control's TSDoc
 * for the keys. Closing without a pick sends `cancelled`.
 */
export const popupMenuButtonRenderer: MaterialRenderer<HTMLElement> = {
  tooltip: false,
  create(ctx) {
    need("ripple");
    const wrapper = h("span");
    const trigger = h("div", "flet-popupmenu-trigger", {
      role: "button",
      tabindex: "0",
      "aria-haspopup": "menu",
      "aria-expanded": "false",
    });
    const menu = h("div", "flet-popupmenu", { role: "menu", popover: "manual", tabindex: "-1" });
    wrapper.append(trigger, menu);
    const isOpen = () => menu.matches(":popover-open");
    const close = (cancelled: boolean) => {
      if (!isOpen()) return;
      menu.hidePopover();
      trigger.setAttribute("aria-expanded", "false");
      trigger.focus();
      if (cancelled) ctx.send("cancelled");
    };
    const open = (at: "first" | "last") => {
      if (isDisabled(wrapper) || isOpen()) return;
      menu.showPopover();
      trigger.setAttribute("aria-expanded", "true");
      placeMenu(menu, trigger, { x: -1, y: menu.dataset.position === "under" ? 1 : -1 });
      const all = entries(menu);
      (at === "first" ? all[0] : all[all.length - 1])?.focus();
    };
    trigger.addEventListener("click", () => (isOpen() ? close(true) : open("first")));
    trigger.addEventListener("keydown", (event) => {
      if (isActivation(event) || event.key === "ArrowDown") open("first");
      else if (event.key === "ArrowUp") open("last");
      else return;
      event.preventDefault();
    });
    menu.addEventListener("keydown", (event) => {
      const all = entries(menu);
      const from = all.indexOf(document.activeElement as HTMLElement);
      const to = menuMove(all, from, event);
      if (to) to.focus();
      else if (event.key === "Escape" || event.key === "Tab") close(true);
      else return;
      event.preventDefault();
    });
    // A picked entry (its renderer sends its click) closes the menu.
    menu.addEventListener("flet-menu-picked", () => close(false));
    document.addEventListener("pointerdown", (event) => {
      if (isOpen() && !wrapper.contains(event.target as Node)) close(true);
    });
    return wrapper;
  },
  update(wrapper, ctx) {
    const p = ctx.props;
    const [trigger, menu] = [...wrapper.children] as HTMLElement[];
    const content = ctx.child("content");
    if (content) place(trigger!, [content]);
    else {
      // An icon button drawn by the trigger itself (one button for assistive technology).
      const ripple = trigger!.querySelector<HTMLElement>(":scope > md-ripple") ?? h("md-ripple");
      const glyph = iconGlyph(
        String(p.icon ?? "more_vert"),
        trigger!.querySelector<HTMLElement>(":scope > .flet-glyph") ?? undefined,
      );
      glyph.setAttribute("aria-hidden", "true");
      place(trigger!, [ripple, glyph]);
    }
    trigger!.classList.toggle("flet-popupmenu-icon", content === undefined);
    const name = typeof p.tooltip === "string" ? p.tooltip : "Show menu";
    trigger!.setAttribute("aria-label", name);
    trigger!.title = name;
    place(menu!, ctx.children("items"));
    // Where it opens (read when opening; a reopened menu follows a change at once).
    menu!.dataset.position = p.menuPosition === "under" ? "under" : "over";
    menu!.setAttribute("aria-label", name);
  },
};

/**
 * Draws `popupmenuitem`: a `menuitem` (a `menuitemcheckbox` with `aria-checked` when
 * `checked` is set) holding the icon and text or the content, or a `separator` line with
 * neither. Enter, Space or a click on an enabled entry send `click` and close the menu.
 */
export const popupMenuItemRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    need("ripple");
    const item = h("div", "", { tabindex: "-1" });
    const pick = () => {
      if (item.getAttribute("role") === "separator" || isDisabled(item)) return;
      ctx.send("click");
      item.dispatchEvent(new CustomEvent("flet-menu-picked", { bubbles: true }));
    };
    item.addEventListener("click", pick);
    item.addEventListener("keydown", (event) => {
      if (!isActivation(event)) return;
      event.preventDefault();
      pick();
    });
    return item;
  },
  update(item, ctx) {
    const p = ctx.props;
    const content = ctx.child("content");
    const text = typeof p.text === "string" && p.text !== "" ? p.text : undefined;
    const divider = content === undefined && text === undefined;
    const checkable = typeof p.checked === "boolean";
    item.setAttribute("role", divider ? "separator" : checkable ? "menuitemcheckbox" : "menuitem");
    if (checkable) item.setAttribute("aria-checked", String(p.checked));
    else item.removeAttribute("aria-checked");
    if (divider) {
      item.removeAttribute("tabindex");
      place(item, []);
      return;
    }
    item.tabIndex = -1;
    const parts: (HTMLElement | undefined)[] = [h("md-ripple")];
    if (checkable) {
      const check = iconGlyph("check");
      check.classList.add("flet-popupmenu-check");
      check.setAttribute("aria-hidden", "true");
      parts.push(check);
    }
    if (content) parts.push(content);
    else {
      if (typeof p.icon === "string" && p.icon !== "") {
        const icon = iconGlyph(p.icon);
        icon.setAttribute("aria-hidden", "true");
        parts.push(icon);
      }
      const label = h("span", "flet-popupmenu-text");
      label.textContent = text ?? "";
      parts.push(label);
    }
    place(item, parts);
  },
};
