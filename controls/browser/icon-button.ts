/**
 * `iconbutton`: a Material 3 icon button, optionally a toggle (`md-icon-button`).
 * @module
 */

import { cssColor, focusable } from "flet-ts/browser";
import { autofocus, wireButton } from "./button-events.js";
import { shapeRadiusCss } from "./card.js";
import type { MaterialRenderer } from "./define.js";
import { h, type MdElement, place, px } from "./dom.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";
import { forState, setToken, sideOutline, stateColor } from "./state.js";
import { setTooltip } from "./tooltip.js";

/** Material Web's token prefix for each state, with Flet's name of that state. */
const STATES: [string, string][] = [
  ["", ""],
  ["hover-", "hovered"],
  ["focus-", "focused"],
  ["pressed-", "pressed"],
];

/** A style's shape in the default state: an `OutlinedBorder` (it has a `type`) or a state map's. */
export function shapeOf(shape: unknown): unknown {
  return typeof shape === "object" && shape !== null && "type" in shape
    ? shape
    : forState(shape, "");
}

/** A readable name from an icon name, for icon buttons without a tooltip: `"arrow_back"` → `"arrow back"`. */
export function iconLabel(icon: unknown): string {
  return typeof icon === "string" ? icon.toLowerCase().replaceAll("_", " ") : "";
}

/**
 * Draws `iconbutton` as `md-icon-button`. Its accessible name is the tooltip, else the
 * icon's name. With `selectedIcon` or `selected` it is a toggle (`aria-pressed`).
 * `highlightColor` is the pressed ink; `style` gives colours, ink, outline and shape.
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
    const style = (p.style ?? {}) as Record<string, unknown>;
    for (const [state, name] of STATES) {
      const color = cssColor(p.iconColor) ?? stateColor(style.color, name);
      setToken(element, `--md-icon-button-${state}icon-color`, color);
      setToken(
        element,
        `--md-icon-button-selected-${state}icon-color`,
        cssColor(p.selectedIconColor) ?? color,
      );
    }
    // Flutter draws highlightColor (else the style's overlayColor) as the pressed ink and
    // the style's overlayColor on hover, at the colour's own alpha.
    for (const [state, name] of STATES.slice(1)) {
      if (state === "focus-") continue;
      const ink =
        (state === "pressed-" ? cssColor(p.highlightColor) : undefined) ??
        stateColor(style.overlayColor, name);
      for (const token of [`--md-icon-button-${state}`, `--md-icon-button-selected-${state}`]) {
        setToken(element, `${token}state-layer-color`, ink);
        setToken(element, `${token}state-layer-opacity`, ink ? "1" : undefined);
      }
    }
    sideOutline(element, style.side);
    const shape = shapeRadiusCss(shapeOf(style.shape));
    setToken(element, "--md-icon-button-state-layer-shape", shape || undefined);
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
    const bg = cssColor(p.bgcolor) ?? stateColor(style.bgcolor);
    element.style.backgroundColor = bg ?? "";
    element.style.borderRadius = shape || (bg || style.side ? "50%" : "");
    focusable(element, p.disabled === true);
    autofocus(element, p.autofocus);
  },
};
