/**
 * The Material 3 text-and-icon buttons: `elevatedbutton`, `filledbutton`,
 * `filledtonalbutton`, `outlinedbutton`, `textbutton` (Material Web `md-*-button`).
 * @module
 */

import { cssColor, focusable } from "flet-ts/browser";
import { sidesCss } from "./box.js";
import { autofocus, wireButton } from "./button-events.js";
import { shapeRadiusCss } from "./card.js";
import type { MaterialRenderer } from "./define.js";
import { h, type MdElement, place } from "./dom.js";
import { shapeOf } from "./icon-button.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";
import { bevel, forState, setToken, sideOutline, stateColor } from "./state.js";

const STATES = ["", "hover-", "focus-", "pressed-"];
/** Flet's state name for each Material Web token prefix. */
const STATE_NAMES: Record<string, string> = {
  "": "",
  "hover-": "hovered",
  "focus-": "focused",
  "pressed-": "pressed",
};
/** Material 3's elevation levels 0 to 5, in dp. */
const LEVELS = [0, 1, 3, 6, 8, 12];

/** The Material Web elevation level (0-5) nearest to `dp`, or undefined without a number. */
export function elevationLevel(dp: unknown): string | undefined {
  if (typeof dp !== "number" || !Number.isFinite(dp)) return undefined;
  const distances = LEVELS.map((level) => Math.abs(level - dp));
  return String(distances.indexOf(Math.min(...distances)));
}

/**
 * An outlined button's `style.side` replaces the component's own outline (its width and
 * colour tokens) rather than drawing a second one over it, as Flutter's `side` does.
 */
function outlineSide(element: HTMLElement, prefix: string, side: unknown): void {
  element.style.outline = "";
  element.style.outlineOffset = "";
  const plain = typeof side === "object" && side !== null && ("width" in side || "color" in side);
  for (const state of ["", "pressed-"]) {
    const value = (plain ? side : forState(side, STATE_NAMES[state])) as
      | { width?: unknown; color?: unknown }
      | undefined;
    const valid = typeof value === "object" && value !== null;
    setToken(element, `${prefix}-${state}outline-color`, valid ? cssColor(value.color) : undefined);
    if (state === "")
      setToken(
        element,
        `${prefix}-outline-width`,
        valid && typeof value.width === "number" ? `${value.width}px` : undefined,
      );
  }
}

/**
 * The renderer of one button variant (`"filled"` draws `md-filled-button`): label, icon
 * (`icon`, `iconColor`), `content` instead of them, `color`/`bgcolor`, and `style`
 * (colours, shape, padding in the default state).
 */
export function buttonRenderer(
  variant: "elevated" | "filled" | "filled-tonal" | "outlined" | "text",
): MaterialRenderer<MdElement> {
  const prefix = `--md-${variant}-button`;
  return {
    create(ctx) {
      need("button");
      const element = h(`md-${variant}-button`) as MdElement;
      wireButton(element, ctx);
      return element;
    },
    update(element, ctx) {
      const p = ctx.props;
      const style = (p.style ?? {}) as Record<string, unknown>;
      const content = ctx.child("content");
      let glyph = element.querySelector<HTMLElement>(":scope > [slot=icon]");
      if (typeof p.icon === "string" && !content) {
        glyph = iconGlyph(p.icon, glyph ?? undefined);
        glyph.slot = "icon";
        glyph.classList.add("flet-button-icon");
      } else glyph = null;
      element.hasIcon = glyph !== null;
      const text = content
        ? undefined
        : document.createTextNode(typeof p.text === "string" ? p.text : "");
      const current = [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE);
      if (text && current && current.nodeValue === text.nodeValue) place(element, [glyph, current]);
      else place(element, [glyph, text ?? content]);
      for (const state of STATES) {
        const label = cssColor(p.color) ?? stateColor(style.color, STATE_NAMES[state]);
        setToken(element, `${prefix}-${state}label-text-color`, label);
        setToken(element, `${prefix}-${state}icon-color`, cssColor(p.iconColor) ?? label);
      }
      // Flutter's overlayColor is the ink itself (its own alpha), so the layer is opaque.
      for (const state of ["hover-", "pressed-"]) {
        const ink = stateColor(style.overlayColor, STATE_NAMES[state]);
        setToken(element, `${prefix}-${state}state-layer-color`, ink);
        setToken(element, `${prefix}-${state}state-layer-opacity`, ink ? "1" : undefined);
      }
      setToken(element, `${prefix}-container-shadow-color`, stateColor(style.shadowColor));
      setToken(
        element,
        `${prefix}-container-color`,
        cssColor(p.bgcolor) ?? stateColor(style.bgcolor),
      );
      const shape = shapeOf(style.shape);
      setToken(element, `${prefix}-container-shape`, shapeRadiusCss(shape) || undefined);
      bevel(element, shape);
      if (variant === "outlined") outlineSide(element, prefix, style.side);
      else sideOutline(element, style.side);
      const padding = sidesCss(style.padding);
      if (padding) element.style.setProperty("padding", "0");
      setToken(element, `${prefix}-leading-space`, padding ? padding.split(" ")[3] : undefined);
      setToken(element, `${prefix}-trailing-space`, padding ? padding.split(" ")[1] : undefined);
      if (variant === "elevated" || variant === "filled" || variant === "filled-tonal") {
        // `elevation` is Flet's shortcut for the style's elevation in every state.
        const elevation = typeof p.elevation === "number" ? p.elevation : style.elevation;
        for (const state of STATES)
          setToken(
            element,
            `${prefix}-${state}container-elevation`,
            elevationLevel(forState(elevation, STATE_NAMES[state])),
          );
      }
      focusable(element, p.disabled === true);
      autofocus(element, p.autofocus);
    },
  };
}
