/**
 * `navigationrail`: the Material 3 navigation rail.
 * @module
 */

import { cssColor } from "flet-ts/browser";
import { elevationCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, place, px } from "./dom.js";
import {
  destinationsIn,
  selectDestination,
  styleIndicators,
  wireDestinations,
} from "./navigation-destination.js";

/**
 * Draws `navigationrail` as a `<nav>` column: `leading`, then the destinations and
 * `trailing` as a group placed by `groupAlignment` (-1 top … 1 bottom) in the rest of the
 * height. The selected destination has `aria-current="page"`; a click (or Enter/Space)
 * sends `change` with the new `selectedIndex`; Up/Down/Home/End move between
 * destinations. Extended, it is `minExtendedWidth` wide with labels beside the icons;
 * otherwise `minWidth` wide with labels below as `labelType` says.
 */
export const navigationRailRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    const nav = h("nav", "", { "aria-label": "Navigation rail" });
    const items = h("div", "flet-rail-items");
    const group = h("div", "flet-rail-group");
    group.append(
      h("div", "flet-rail-spacer"),
      items,
      h("div", "flet-rail-trailing"),
      h("div", "flet-rail-spacer"),
    );
    nav.append(h("div", "flet-rail-leading"), group);
    wireDestinations(items, ctx, "y");
    return nav;
  },
  update(nav, ctx) {
    const p = ctx.props;
    const [leading, group] = [...nav.children] as HTMLElement[];
    const [top, items, trailing, bottom] = [...group!.children] as HTMLElement[];
    place(leading!, [ctx.child("leading")]);
    place(items!, ctx.children("destinations"));
    place(trailing!, [ctx.child("trailing")]);
    selectDestination(
      destinationsIn(items!),
      typeof p.selectedIndex === "number" ? p.selectedIndex : -1,
    );
    const alignment = typeof p.groupAlignment === "number" ? p.groupAlignment : -1;
    top!.style.flexGrow = String((1 + alignment) / 2);
    bottom!.style.flexGrow = String((1 - alignment) / 2);
    const extended = p.extended === true;
    nav.classList.toggle("flet-extended", extended);
    // As in Flutter, an extended rail shows its labels beside the icons, never below.
    nav.dataset.labels = extended ? "beside" : String(p.labelType ?? "all");
    nav.style.setProperty("--flet-rail-width", px(p.minWidth) || "80px");
    nav.style.setProperty("--flet-rail-extended-width", px(p.minExtendedWidth) || "256px");
    nav.style.backgroundColor = cssColor(p.bgcolor) ?? "";
    nav.style.boxShadow =
      typeof p.elevation === "number" && p.elevation > 0 ? elevationCss(p.elevation) : "";
    styleIndicators(nav, p);
  },
};
