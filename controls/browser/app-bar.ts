/**
 * `appbar`: the Material 3 small top app bar.
 * @module
 */

import { cssColor, popView } from "flet-ts/browser";
import { elevationCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, place, px } from "./dom.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";

/** Each bar's automatic back button, made once and kept while the bar lives. */
const backButtons = new WeakMap<HTMLElement, HTMLElement>();

/** The back button an app bar shows on its own: it pops the top view (`page.onViewPop`). */
function backButton(bar: HTMLElement): HTMLElement {
  let button = backButtons.get(bar);
  if (button === undefined) {
    need("button");
    button = h("md-icon-button", "flet-appbar-back", { "aria-label": "Back" });
    button.append(iconGlyph("arrow_back"));
    button.addEventListener("click", () => popView());
    backButtons.set(bar, button);
  }
  return button;
}

/**
 * Draws `appbar` as a `<header>`: leading, title (22px), actions on the right, `bgcolor`,
 * `elevation`. Without a `leading` control (and unless `automaticallyImplyLeading` is
 * false) it holds a back button, shown while its view sits above another one.
 */
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
    const own = ctx.child("leading");
    const implied = own === undefined && p.automaticallyImplyLeading !== false;
    place(leading!, [own ?? (implied ? backButton(bar) : undefined)]);
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
