/**
 * `iconbutton`: a Material 3 icon button, optionally a toggle (`md-icon-button`).
 * @module
 */

import { cssColor, focusable } from "flet-ts/browser";
import { autofocus, wireButton } from "./button-events.js";
import type { MaterialRenderer } from "./define.js";
import { h, type MdElement, place, px } from "./dom.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";
import { setTooltip } from "./tooltip.js";

/** A readable name from an icon name, for icon buttons without a tooltip: `"arrow_back"` → `"arrow back"`. */
export function iconLabel(icon: unknown): string {
  return typeof icon === "string" ? icon.toLowerCase().replaceAll("_", " ") : "";
}

/**
 * Draws `iconbutton` as `md-icon-button`. Its accessible name is the tooltip, else the
 * icon's name. With `selectedIcon` or `selected` it is a toggle (`aria-pressed`).
 */
export const iconButtonRenderer: MaterialRenderer<MdElement> = {
  tooltip: false,
  create(ctx) {
    need("button");
    const element = h("md-icon-button") as MdElement;
    wireButton(element, ctx);
    // The server owns `selected`: undo the component's own toggle on click.
    element.addEventListener("change", () => {
      element.selected = ctx.props.selected === true;
    });
    return element;
  },
  update(element, ctx) {
    const p = ctx.props;
    const content = ctx.child("content");
    const glyph =
      content ??
      iconGlyph(
        String(p.icon ?? ""),
        element.querySelector<HTMLElement>(":scope > .flet-glyph:not([slot])") ?? undefined,
      );
    let selectedGlyph: HTMLElement | null = null;
    if (typeof p.selectedIcon === "string") {
      selectedGlyph = iconGlyph(
        p.selectedIcon,
        element.querySelector<HTMLElement>(":scope > [slot=selected]") ?? undefined,
      );
      selectedGlyph.slot = "selected";
    }
    place(element, [glyph, selectedGlyph]);
    const toggle = selectedGlyph !== null || p.selected !== undefined;
    element.toggle = toggle;
    element.selected = p.selected === true;
    const label = typeof p.tooltip === "string" ? p.tooltip : iconLabel(p.icon);
    setTooltip(element, label, ctx.id, true);
    element.ariaLabel = label;
    const color = cssColor(p.iconColor);
    const selectedColor = cssColor(p.selectedIconColor);
    for (const state of ["", "hover-", "focus-", "pressed-"]) {
      if (color) element.style.setProperty(`--md-icon-button-${state}icon-color`, color);
      if (selectedColor)
        element.style.setProperty(`--md-icon-button-selected-${state}icon-color`, selectedColor);
    }
    const size = px(p.iconSize) || "24px";
    element.style.setProperty("--md-icon-button-icon-size", size);
    // The glyph's own size (the pack's .flet-glyph rule) beats the component's ::slotted
    // one; Flutter pads the icon by 8px on each side, so the ink grows with it.
    for (const icon of [content ? null : glyph, selectedGlyph])
      if (icon) Object.assign(icon.style, { fontSize: size, width: size, height: size });
    const layer = typeof p.iconSize === "number" ? `${p.iconSize + 16}px` : "";
    for (const side of ["width", "height"])
      if (layer) element.style.setProperty(`--md-icon-button-state-layer-${side}`, layer);
      else element.style.removeProperty(`--md-icon-button-state-layer-${side}`);
    element.style.backgroundColor = cssColor(p.bgcolor) ?? "";
    element.style.borderRadius = p.bgcolor ? "50%" : "";
    focusable(element, p.disabled === true);
    autofocus(element, p.autofocus);
  },
};
