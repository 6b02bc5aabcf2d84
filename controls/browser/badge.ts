/**
 * `badge`: the Material 3 badge on a control.
 * @module
 */

import { cssColor, cssSides } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";
import { textStyleCss } from "./typography.js";

const TEXT_CSS = [
  "fontSize",
  "lineHeight",
  "fontWeight",
  "fontStyle",
  "fontFamily",
  "letterSpacing",
  "color",
] as const;

/** A Flet alignment as fractions of the content's box (0 … 1), top end by default. */
function anchor(value: unknown): { x: number; y: number } {
  const a = value as { x?: unknown; y?: unknown } | undefined;
  const fraction = (v: unknown, fallback: number) =>
    typeof v === "number" && Number.isFinite(v) ? (v + 1) / 2 : fallback;
  return { x: fraction(a?.x, 1), y: fraction(a?.y, 0) };
}

/**
 * Draws `badge`: the content, and over it a dot (`smallSize`) or a labelled pill
 * (`largeSize` high, `padding` at the sides) in the error colours, its top-left corner at
 * the `alignment` point of the content moved by `offset`. The label is read after the
 * content; a dot is decorative.
 */
export const badgeRenderer: MaterialRenderer<HTMLElement> = {
  // Its `offset` moves the label, in pixels: not the generic offset of the whole control.
  own: ["offset"],
  create() {
    const badge = h("span");
    badge.append(h("span", "flet-badge-content"), h("span", "flet-badge-label"));
    return badge;
  },
  update(badge, ctx) {
    const p = ctx.props;
    const [content, label] = [...badge.children] as HTMLElement[];
    place(content!, [ctx.child("content")]);
    const text = typeof p.text === "string" ? p.text : undefined;
    label!.textContent = text ?? "";
    label!.classList.toggle("flet-badge-dot", text === undefined);
    label!.hidden = p.labelVisible === false;
    if (text === undefined) label!.setAttribute("aria-hidden", "true");
    else label!.removeAttribute("aria-hidden");
    const { x, y } = anchor(p.alignment);
    const offset = p.offset as { x?: number; y?: number } | undefined;
    label!.style.left = `calc(${x * 100}% + ${offset?.x ?? -4}px)`;
    label!.style.top = `calc(${y * 100}% + ${offset?.y ?? -4}px)`;
    label!.style.backgroundColor = cssColor(p.bgcolor) ?? "";
    // Both sizes are set; the stylesheet picks the dot's or the labelled badge's.
    for (const [name, size] of [
      ["small", p.smallSize],
      ["large", p.largeSize],
    ] as const) {
      if (typeof size === "number") label!.style.setProperty(`--flet-badge-${name}`, `${size}px`);
      else label!.style.removeProperty(`--flet-badge-${name}`);
    }
    label!.style.padding = text === undefined ? "" : (cssSides(p.padding) ?? "");
    // The text style, then textColor over its colour (as Flutter's copyWith does).
    for (const name of TEXT_CSS) label!.style[name] = "";
    Object.assign(label!.style, textStyleCss(p.textStyle));
    const color = cssColor(p.textColor);
    if (color) label!.style.color = color;
  },
};
