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
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";
import { bevel, sideOutline } from "./state.js";

const STATES = ["", "hover-", "focus-", "pressed-"];

/** A colour of a `ButtonStyle` prop in its default state (`{ "": c, hovered: ... }` or `c`). */
function stateColor(value: unknown): string | undefined {
  if (typeof value === "string") return cssColor(value);
  if (typeof value === "object" && value !== null)
    return cssColor((value as Record<string, unknown>)[""]);
  return undefined;
}

function setToken(element: HTMLElement, name: string, value: string | undefined): void {
  if (value) element.style.setProperty(name, value);
  else element.style.removeProperty(name);
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
      const label = cssColor(p.color) ?? stateColor(style.color);
      const icon = cssColor(p.iconColor) ?? label;
      for (const state of STATES) {
        setToken(element, `${prefix}-${state}label-text-color`, label);
        setToken(element, `${prefix}-${state}icon-color`, icon);
      }
      setToken(
        element,
        `${prefix}-container-color`,
        cssColor(p.bgcolor) ?? stateColor(style.bgcolor),
      );
      const shape = style.shape as unknown;
      setToken(element, `${prefix}-container-shape`, shapeRadiusCss(shape) || undefined);
      bevel(
        element,
        typeof shape === "object" && shape !== null && !("type" in shape)
          ? (shape as Record<string, unknown>)[""]
          : shape,
      );
      sideOutline(element, style.side);
      const padding = sidesCss(style.padding);
      if (padding) element.style.setProperty("padding", "0");
      setToken(element, `${prefix}-leading-space`, padding ? padding.split(" ")[3] : undefined);
      setToken(element, `${prefix}-trailing-space`, padding ? padding.split(" ")[1] : undefined);
      if (typeof p.elevation === "number" && variant === "elevated") {
        setToken(
          element,
          `${prefix}-container-elevation`,
          String(Math.min(5, Math.round(p.elevation))),
        );
      }
      focusable(element, p.disabled === true);
      autofocus(element, p.autofocus);
    },
  };
}
