/**
 * `appbar`: the Material 3 small top app bar.
 * @module
 */

import { cssColor } from "flet-ts/browser";
import { elevationCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, place, px } from "./dom.js";

/** Draws `appbar` as a `<header>`: leading, title (22px), actions on the right, `bgcolor`, `elevation`. */
export const appBarRenderer: MaterialRenderer<HTMLElement> = {
  create() {
    const bar = h("header", "", { role: "banner" });
    bar.append(
      h("div", "flet-appbar-leading"),
      h("div", "flet-appbar-title"),
      h("div", "flet-appbar-actions"),
    );
    return bar;
  },
  update(bar, ctx) {
    const p = ctx.props;
    const [leading, title, actions] = [...bar.children] as HTMLElement[];
    place(leading!, [ctx.child("leading")]);
    leading!.style.width = px(p.leadingWidth);
    place(title!, [ctx.child("title")]);
    place(actions!, ctx.children("actions"));
    bar.classList.toggle("flet-center", p.centerTitle === true);
    bar.style.height = px(p.toolbarHeight);
    bar.style.backgroundColor = cssColor(p.bgcolor) ?? "";
    bar.style.color = cssColor(p.color) ?? "";
    bar.style.boxShadow = typeof p.elevation === "number" ? elevationCss(p.elevation) : "";
  },
};
