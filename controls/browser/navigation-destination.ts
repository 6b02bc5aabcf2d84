/**
 * What the navigation bar, rail and drawer share: a destination drawn as a button (an
 * icon in an indicator pill, the selected icon while selected, and a label), selection by
 * index with `aria-current`, and arrow keys between destinations.
 * @module
 */

import { cssColor, cssSides, isDisabled, type RenderContext } from "flet-ts/browser";
import { shapeRadiusCss } from "./card.js";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";

/** The class every destination button carries, whichever bar, rail or drawer it is in. */
export const DESTINATION = "flet-navdest";

/**
 * Draws `navigationdestination`, `navigationraildestination` and
 * `navigationdrawerdestination` as a button: an icon in a pill (the selected icon when
 * selected) and the label (`labelContent` when set); `padding` around it.
 */
export const destinationRenderer: MaterialRenderer<HTMLButtonElement> = {
  create() {
    const button = h("button", DESTINATION, { type: "button" });
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
    else delete icon.dataset.fletFillSelected;
    place(pill, [ripple, ring, icon, selected]);
    const label = button.lastElementChild as HTMLElement;
    const labelContent = ctx.child("labelContent");
    if (labelContent) place(label, [labelContent]);
    else label.textContent = String(p.label ?? "");
    button.style.padding = cssSides(p.padding) ?? "";
  },
};

/** The destination buttons directly inside `container`, in order. */
export function destinationsIn(container: Element): HTMLElement[] {
  return [...container.children].filter((item): item is HTMLElement =>
    item.classList.contains(DESTINATION),
  );
}

/** Marks the destination at `index` selected (`aria-current="page"`), the others not. */
export function selectDestination(items: readonly HTMLElement[], index: number): void {
  items.forEach((item, position) => {
    const selected = position === index;
    item.classList.toggle("flet-selected", selected);
    if (selected) item.setAttribute("aria-current", "page");
    else item.removeAttribute("aria-current");
    const icon = item.querySelector(".flet-navdest-icon[data-flet-fill-selected]");
    icon?.classList.toggle("flet-glyph-filled", selected);
  });
}

/**
 * Wires picking a destination in `container`: a click (or Enter/Space) on an enabled
 * destination other than the selected one selects it and sends `change` with the new
 * `selectedIndex`; the arrow keys of `axis` move the focus between destinations (wrapping,
 * mirrored in right-to-left text), Home and End to the first and last.
 */
export function wireDestinations(
  container: HTMLElement,
  ctx: RenderContext,
  axis: "x" | "y",
  items: () => HTMLElement[] = () => destinationsIn(container),
): void {
  container.addEventListener("click", (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>(`.${DESTINATION}`);
    if (!target || isDisabled(target)) return;
    const all = items();
    const index = all.indexOf(target);
    if (index < 0 || index === ctx.props.selectedIndex) return;
    selectDestination(all, index);
    ctx.send("change", index, { selectedIndex: index });
  });
  const [back, forward] = axis === "x" ? ["ArrowLeft", "ArrowRight"] : ["ArrowUp", "ArrowDown"];
  container.addEventListener("keydown", (event) => {
    const all = items();
    const from = all.indexOf(document.activeElement as HTMLElement);
    if (from < 0) return;
    let to: number;
    if (event.key === "Home") to = 0;
    else if (event.key === "End") to = all.length - 1;
    else {
      const step = event.key === forward ? 1 : event.key === back ? -1 : 0;
      if (!step) return;
      const rtl = axis === "x" && getComputedStyle(container).direction === "rtl" ? -1 : 1;
      to = (from + step * rtl + all.length) % all.length;
    }
    all[to]?.focus();
    event.preventDefault();
  });
}

/** Sets the indicator pill's colour and shape on every destination inside `container`. */
export function styleIndicators(container: HTMLElement, p: Readonly<Record<string, unknown>>) {
  const color = cssColor(p.indicatorColor);
  const radius = shapeRadiusCss(p.indicatorShape);
  if (color) container.style.setProperty("--md-sys-color-secondary-container", color);
  else container.style.removeProperty("--md-sys-color-secondary-container");
  if (radius) container.style.setProperty("--flet-navdest-shape", radius);
  else container.style.removeProperty("--flet-navdest-shape");
}
