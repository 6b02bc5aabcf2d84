/**
 * The look shared by `menuitembutton` and a `submenubutton`'s trigger: leading, label and
 * trailing parts, and a ButtonStyle per state as CSS variables that the stylesheet reads
 * in each state (`menu-bar-styles.ts`).
 * @module
 */
import { cssColor, type RenderContext } from "flet-ts/browser";
import { elevationCss, sidesCss } from "./box.js";
import { shapeRadiusCss } from "./card.js";
import { h, place } from "./dom.js";
import { sideCss, stateDefault, tintPercent } from "./menu-surface.js";

/** The states a menu item's style values are drawn in, as variable suffixes. */
export const ITEM_STATES = ["", "hovered", "focused", "pressed", "disabled"] as const;

/** The ButtonStyle fields drawn per state, and how each becomes CSS. */
const FIELDS: Readonly<Record<string, (value: unknown, style: Record<string, unknown>) => string>> =
  {
    color: (value) => cssColor(value) ?? "",
    bgcolor: (value) => cssColor(value) ?? "",
    overlayColor: (value) => cssColor(value) ?? "",
    elevation: (value, style) =>
      typeof value === "number" ? elevationCss(value, stateDefault(style.shadowColor)) : "",
    side: (value) => sideCss(value),
    shape: (value) => shapeRadiusCss(value),
    padding: (value) => sidesCss(value),
  };

/** The CSS variable of a style field in a state (`--mi-color`, `--mi-color-hovered`). */
export function itemVar(field: string, state: string): string {
  return `--mi-${field}${state ? `-${state}` : ""}`;
}

/** The value of a per-state style field in one state (a plain value is the default one). */
function inState(value: unknown, state: string): unknown {
  const plain = stateDefault(value);
  if (plain !== value) return (value as Record<string, unknown>)[state];
  return state === "" ? value : undefined;
}

/** Makes the parts of a menu item: leading, label and trailing slots. */
export function itemParts(item: HTMLElement): void {
  item.append(
    h("span", "flet-menu-lead", { "aria-hidden": "true" }),
    h("span", "flet-menu-label"),
    h("span", "flet-menu-trail", { "aria-hidden": "true" }),
  );
}

/** Places a menu item's `leading`, `content` and `trailing`, and draws its `style` and clip. */
export function drawItem(item: HTMLElement, ctx: RenderContext): void {
  const [lead, label, trail] = ["lead", "label", "trail"].map(
    (part) => item.querySelector<HTMLElement>(`:scope > .flet-menu-${part}`)!,
  );
  place(lead!, [ctx.child("leading")]);
  place(label!, [ctx.child("content")]);
  place(trail!, [ctx.child("trailing")]);
  const style = (ctx.props.style ?? {}) as Record<string, unknown>;
  for (const [field, css] of Object.entries(FIELDS)) {
    for (const state of ITEM_STATES) {
      const value = inState(style[field], state);
      const text = value === undefined ? "" : css(value, style);
      const name = itemVar(field, state);
      if (text) item.style.setProperty(name, text);
      else item.style.removeProperty(name);
    }
  }
  // Icons follow a set label colour, as Flutter's icon colour follows the foreground.
  item.classList.toggle("flet-menu-colored", style.color !== undefined);
  const tint = cssColor(stateDefault(style.surfaceTintColor));
  const dp = stateDefault(style.elevation);
  const percent = typeof dp === "number" ? tintPercent(dp) : 0;
  if (tint && percent > 0)
    item.style.setProperty(
      itemVar("bgcolor", ""),
      `color-mix(in srgb,${tint} ${percent}%,${cssColor(stateDefault(style.bgcolor)) ?? "transparent"})`,
    );
  item.style.transitionDuration =
    typeof style.animationDuration === "number" ? `${style.animationDuration}ms` : "";
  const clip = ctx.props.clipBehavior;
  item.style.overflow = typeof clip === "string" && clip !== "none" ? "hidden" : "";
}
