/**
 * `bottomappbar`: the Material 3 bottom app bar, with the notch around a docked floating
 * action button.
 * @module
 */

import { cssColor, cssSides } from "flet-ts/browser";
import { elevationCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, place, px } from "./dom.js";

/**
 * Draws `bottomappbar`: an 80 px bar (surface container) around its content, padded 12/16
 * px. With `shape`, the stylesheet masks a notch out of its top edge where its view's
 * docked floating action button sits (`data-flet-fab` on the view), `notchMargin` px
 * around the button: a circle, or a rounded square like the button (`auto`).
 */
export const bottomAppBarRenderer: MaterialRenderer<HTMLElement> = {
  create: () => h("div"),
  update(bar, ctx) {
    const p = ctx.props;
    place(bar, [ctx.child("content")]);
    const tint = cssColor(p.surfaceTintColor);
    bar.style.backgroundColor =
      cssColor(p.bgcolor) ??
      (tint ? `color-mix(in srgb, ${tint} 8%, var(--md-sys-color-surface-container))` : "");
    bar.style.boxShadow =
      typeof p.elevation === "number" && p.elevation > 0
        ? elevationCss(p.elevation, p.shadowColor)
        : "";
    bar.style.padding = cssSides(p.padding) ?? "";
    bar.style.overflow = p.clipBehavior && p.clipBehavior !== "none" ? "hidden" : "";
    if (p.shape === "circular" || p.shape === "auto") bar.dataset.notch = p.shape;
    else delete bar.dataset.notch;
    const margin = px(p.notchMargin);
    if (margin) bar.style.setProperty("--flet-notch-margin", margin);
    else bar.style.removeProperty("--flet-notch-margin");
  },
};
