/**
 * `card`: a Material 3 elevated card.
 * @module
 */

import { cssColor } from "flet-ts/browser";
import { elevationCss, radiusCss, sidesCss, tintedSurface } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";

/** The CSS `border-radius` of a Flet `OutlinedBorder` shape, or `""` when unset. */
export function shapeRadiusCss(shape: unknown): string {
  if (typeof shape !== "object" || shape === null) return "";
  const { type, radius } = shape as { type?: string; radius?: unknown };
  if (type === "stadium" || type === "circle") return "9999px";
  return radius === undefined ? "" : radiusCss(radius);
}

/**
 * Draws `card`: surface-container-low, 12px corners, elevation level 1 by default; a
 * `surfaceTintColor` tints the surface by the elevation, as Material 3 does.
 */
export const cardRenderer: MaterialRenderer<HTMLElement> = {
  create: () => h("div"),
  update(element, ctx) {
    const p = ctx.props;
    const elevation = typeof p.elevation === "number" ? p.elevation : 1;
    element.style.backgroundColor =
      cssColor(p.color) ?? tintedSurface(p.surfaceTintColor, elevation);
    element.style.boxShadow = elevationCss(elevation, p.shadowColor);
    element.style.margin = sidesCss(p.margin);
    element.style.borderRadius = shapeRadiusCss(p.shape);
    place(element, [ctx.child("content")]);
  },
};
