/**
 * `navigationbar` and `navigationdestination`: the Material 3 bottom navigation bar.
 * @module
 */

import { cssColor, isDisabled } from "flet-ts/browser";
import { elevationCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";

/**
 * Draws `navigationdestination` as a button: an icon in a pill (the selected icon when
 * selected), and the label below.
 */
export const navigationDestinationRenderer: MaterialRenderer<HTMLButtonElement> = {
  create() {
    const button = h("button", "", { type: "button" });
    const pill = h("span", "flet-navdest-pill");
    const ring = h("md-focus-ring") as HTMLElement & { attach?: (control: HTMLElement) => void };
    pill.append(h("md-ripple"), ring);
    // The ring sits on the pill but must follow the button's focus.
    void need("ripple")
      .then(() => customElements.whenDefined("md-focus-ring"))
      .then(() => ring.attach?.(button));
    button.append(pill, h("span", "flet-navdest-label"));
    return button;
  },
  update(button, ctx) {
    const p = ctx.props;
    const pill = button.firstElementChild as HTMLElement;
    const [ripple, ring] = [pill.children[0], pill.children[1]];
    const icon =
      ctx.child("iconContent") ??
      iconGlyph(
        String(p.icon ?? ""),
        pill.querySelector<HTMLElement>(":scope > .flet-navdest-icon") ?? undefined,
      );
    icon.classList.add("flet-navdest-icon");
    const selected =
      ctx.child("selectedIconContent") ??
      (typeof p.selectedIcon === "string"
        ? iconGlyph(
            p.selectedIcon,
            pill.querySelector<HTMLElement>(":scope > .flet-navdest-selected-icon") ?? undefined,
          )
        : null);
    selected?.classList.add("flet-navdest-selected-icon");
    icon.classList.toggle("flet-has-selected-icon", selected !== null);
    if (!selected && !ctx.child("iconContent")) icon.dataset.fletFillSelected = "";
    place(pill, [ripple, ring, icon, selected]);
    (button.lastElementChild as HTMLElement).textContent = String(p.label ?? "");
  },
};

/**
 * Draws `navigationbar` as `<nav>` of destination buttons; the selected one has
 * `aria-current="page"`. Clicking (or Enter/Space) sends `change` with the new
 * `selectedIndex`; arrow keys move between destinations.
 */
export const navigationBarRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    const nav = h("nav", "", { "aria-label": "Navigation" });
    nav.addEventListener("click", (event) => {
      const target = (event.target as HTMLElement).closest(".flet-navigationdestination");
      if (!target || isDisabled(target as HTMLElement)) return;
      const index = [...nav.children].indexOf(target);
      if (index < 0 || index === ctx.props.selectedIndex) return;
      select(nav, index);
      ctx.send("change", index, { selectedIndex: index });
    });
    nav.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      const items = [...nav.children] as HTMLElement[];
      const from = items.indexOf(document.activeElement as HTMLElement);
      const rtl = getComputedStyle(nav).direction === "rtl" ? -1 : 1;
      items[(from + step * rtl + items.length) % items.length]?.focus();
      event.preventDefault();
    });
    return nav;
  },
  update(nav, ctx) {
    const p = ctx.props;
    place(nav, ctx.children("destinations"));
    select(nav, typeof p.selectedIndex === "number" ? p.selectedIndex : 0);
    nav.style.backgroundColor = cssColor(p.bgcolor) ?? "";
    nav.style.boxShadow =
      typeof p.elevation === "number" && p.elevation > 0 ? elevationCss(p.elevation) : "";
    const indicator = cssColor(p.indicatorColor);
    for (const pill of nav.querySelectorAll<HTMLElement>(".flet-navdest-pill")) {
      if (indicator) pill.style.setProperty("--md-sys-color-secondary-container", indicator);
    }
    if (p.labelBehavior === "alwaysHide") nav.style.setProperty("--flet-navdest-label", "none");
  },
};

function select(nav: HTMLElement, index: number): void {
  [...nav.children].forEach((item, position) => {
    const selected = position === index;
    item.classList.toggle("flet-selected", selected);
    if (selected) item.setAttribute("aria-current", "page");
    else item.removeAttribute("aria-current");
    const icon = item.querySelector(".flet-navdest-icon[data-flet-fill-selected]");
    icon?.classList.toggle("flet-glyph-filled", selected);
  });
}
