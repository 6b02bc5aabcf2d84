/**
 * Small DOM helpers of the Cupertino renderers.
 * @module
 */

import { h as el, iconGlyph, placeChildren as put } from "flet-ts/browser";

export { el, put };

/** A prop as a finite number, or `fallback`. @example `num(ctx.props.radius, 10)` */
export function num(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** A prop as a string, or `""`. @example `str(ctx.props.text)` */
export function str(value: unknown): string {
  return typeof value === "string"
    ? value
    : value === undefined || value === null
      ? ""
      : String(value);
}

/**
 * The glyph of a Flet icon name, Material (`"share"`) or Cupertino
 * (`"cupertino_share"`), drawn by the runtime's icon fonts.
 *
 * @example
 * ```ts
 * button.prepend(glyph("cupertino_share"));
 * ```
 */
export function glyph(icon: string, reuse?: HTMLElement | null): HTMLElement {
  const span = iconGlyph(icon, reuse ?? undefined);
  span.classList.add("cu-glyph");
  return span;
}

/** True for the keys that press a button. @example `if (isPress(event)) click();` */
export function isPress(event: KeyboardEvent): boolean {
  return event.key === "Enter" || event.key === " ";
}

/** The text of a child control's element (its accessible name), trimmed. @example `textOf(ctx.child("title"))` */
export function textOf(element: Element | undefined | null): string {
  return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}
