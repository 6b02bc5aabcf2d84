/**
 * `navigationbar`: the Material 3 bottom navigation bar.
 * @module
 */

import { cssColor } from "flet-ts/browser";
import { borderCss, elevationCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";
import {
  destinationsIn,
  selectDestination,
  styleIndicators,
  wireDestinations,
} from "./navigation-destination.js";

/**
 * Draws `navigationbar` as `<nav>` of destination buttons; the selected one has
 * `aria-current="page"`. Clicking (or Enter/Space) sends `change` with the new
 * `selectedIndex`; arrow keys move between destinations. `labelBehavior` hides the
 * labels or shows only the selected one's.
 */
export const navigationBarRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    const nav = h("nav", "", { "aria-label": "Navigation" });
    wireDestinations(nav, ctx, "x");
    return nav;
  },
  update(nav, ctx) {
    const p = ctx.props;
    place(nav, ctx.children("destinations"));
    selectDestination(
      destinationsIn(nav),
      typeof p.selectedIndex === "number" ? p.selectedIndex : 0,
    );
    const surface = cssColor(p.bgcolor);
    const tint = cssColor(p.surfaceTintColor);
    nav.style.backgroundColor =
      surface ?? (tint ? `color-mix(in srgb, ${tint} 8%, var(--md-sys-color-surface))` : "");
    // Material 3's bar sits at elevation 3 with a transparent shadow: a shadowColor shows it.
    const elevation = typeof p.elevation === "number" ? p.elevation : p.shadowColor ? 3 : 0;
    nav.style.boxShadow = elevation > 0 ? elevationCss(elevation, p.shadowColor) : "";
    Object.assign(nav.style, borderCss(p.border));
    styleIndicators(nav, p);
    nav.dataset.labels = String(p.labelBehavior ?? "alwaysShow");
  },
};
