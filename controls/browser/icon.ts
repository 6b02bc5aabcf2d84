/**
 * `icon`: a glyph of an icon font.
 * @module
 */
import { cssColor } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, px } from "./dom.js";
import { iconGlyph } from "./icon-name.js";

/** Draws `icon` as a glyph of its icon font (see `iconGlyph`); decorative unless it has a `semanticsLabel`. */
export const iconRenderer: MaterialRenderer<HTMLElement> = {
  create: () => h("span"),
  update(element, ctx) {
    const p = ctx.props;
    iconGlyph(typeof p.name === "string" ? p.name : "", element);
    element.classList.add("flet", "flet-icon");
    element.style.color = cssColor(p.color) ?? "";
    element.style.fontSize = px(p.size);
    if (typeof p.semanticsLabel === "string") {
      element.setAttribute("role", "img");
      element.setAttribute("aria-label", p.semanticsLabel);
      element.removeAttribute("aria-hidden");
    } else element.removeAttribute("role");
  },
};
