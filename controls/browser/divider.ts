/**
 * `divider` and `verticaldivider`: thin lines between content.
 * @module
 */
import { cssColor } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, px } from "./dom.js";

function dividerRenderer(axis: "horizontal" | "vertical"): MaterialRenderer<HTMLElement> {
  return {
    create: () => h("div", "", { role: "separator", "aria-orientation": axis }),
    update(element, ctx) {
      const p = ctx.props;
      const space =
        typeof p[axis === "horizontal" ? "height" : "width"] === "number"
          ? p[axis === "horizontal" ? "height" : "width"]
          : 16;
      element.style[axis === "horizontal" ? "height" : "width"] = px(space);
      const thickness = typeof p.thickness === "number" && p.thickness > 0 ? p.thickness : 1;
      element.style.setProperty("--flet-thickness", `${thickness}px`);
      const color = cssColor(p.color);
      if (color) element.style.setProperty("--flet-divider-color", color);
      else element.style.removeProperty("--flet-divider-color");
    },
  };
}

/** Draws `divider`: a horizontal line in the middle of `height` (16px) of space. */
export const horizontalDividerRenderer = dividerRenderer("horizontal");
/** Draws `verticaldivider`: a vertical line in the middle of `width` (16px) of space. */
export const verticalDividerRenderer = dividerRenderer("vertical");
