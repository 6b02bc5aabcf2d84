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
import { DRAWER_OPEN_EVENT, viewDrawer } from "./navigation-drawer.js";

type Implied = "back" | "close" | "drawer" | "endDrawer";

/** The buttons a bar shows on its own, made once and kept while the bar lives. */
const implied = new WeakMap<HTMLElement, Map<Implied, HTMLElement>>();

const IMPLIED: Record<Implied, { label: string; icon: string; className: string }> = {
  back: { label: "Back", icon: "arrow_back", className: "flet-appbar-back" },
  close: { label: "Close", icon: "close", className: "flet-appbar-close" },
  drawer: { label: "Open navigation menu", icon: "menu", className: "flet-appbar-menu" },
  endDrawer: { label: "Open end menu", icon: "menu", className: "flet-appbar-end-menu" },
};

/**
 * A button the app bar shows on its own: Back (Close on a `fullscreenDialog` view) pops
 * the top view (`page.onViewPop`); the menu buttons open the start or end drawer of the bar's scaffold (its view or Pagelet).
 * CSS shows each only when its view can go back or its scaffold has that drawer (`data-flet-can-pop`, `data-flet-drawer`,
 * `data-flet-end-drawer` on the view).
 */
function impliedButton(bar: HTMLElement, kind: Implied): HTMLElement {
  let buttons = implied.get(bar);
  if (buttons === undefined) implied.set(bar, (buttons = new Map()));
  let button = buttons.get(kind);
  if (button === undefined) {
    need("button");
    const { label, icon, className } = IMPLIED[kind];
    button = h("md-icon-button", className, { "aria-label": label });
    button.append(iconGlyph(icon));
    button.addEventListener("click", () => {
      if (kind === "back" || kind === "close") popView();
      else
        viewDrawer(
          bar.closest(".flet-scaffold"),
          kind === "drawer" ? "start" : "end",
        )?.dispatchEvent(new CustomEvent(DRAWER_OPEN_EVENT));
    });
    buttons.set(kind, button);
  }
  return button;
}

/**
 * Draws `appbar` as a `<header>`: leading, title (22px), actions on the right, `bgcolor`,
 * `elevation`. Without a `leading` control (and unless `automaticallyImplyLeading` is
 * false) it holds a menu button when its view has a drawer, else a back button while its
 * view sits above another one (a close button on a `fullscreenDialog` view), as Flutter does; without actions, a menu button for the
 * view's end drawer.
 */
export const appBarRenderer: MaterialRenderer<HTMLElement> = {
  create() {
    const bar = h("header", "", { role: "banner" });
    bar.append(
      h("div", "flet-appbar-leading"),
      h("div", "flet-appbar-title"),
      h("div", "flet-appbar-actions"),
    );
    bar.append(impliedButton(bar, "endDrawer"));
    return bar;
  },
  update(bar, ctx) {
    const p = ctx.props;
    const [leading, title, actions] = [...bar.children] as HTMLElement[];
    const own = ctx.child("leading");
    const imply = own === undefined && p.automaticallyImplyLeading !== false;
    place(
      leading!,
      own
        ? [own]
        : imply
          ? (["drawer", "back", "close"] as const).map((kind) => impliedButton(bar, kind))
          : [],
    );
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
