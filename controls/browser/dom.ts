/**
 * Small DOM helpers shared by the renderers.
 * @module
 */

export { h, placeChildren as place } from "flet-ts/browser";

/** Sets an attribute, or removes it when `value` is `undefined`, `null` or `false`. */
export function attr(
  element: Element,
  name: string,
  value: string | number | boolean | undefined | null,
): void {
  if (value === undefined || value === null || value === false) element.removeAttribute(name);
  else element.setAttribute(name, value === true ? "" : String(value));
}

/** Pixels as CSS (`12` → `"12px"`), or `""` when not a number. */
export function px(value: unknown): string {
  return typeof value === "number" && Number.isFinite(value) ? `${value}px` : "";
}

/** A prop as a string, or `undefined` when it is not one. */
export function str(value: unknown): string | undefined {
  return typeof value === "string"
    ? value
    : value === undefined || value === null
      ? undefined
      : String(value);
}

/** A prop as a finite number, or `fallback`. */
export function num(value: unknown, fallback: number): number;
export function num(value: unknown): number | undefined;
export function num(value: unknown, fallback?: number): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** True when the user presses Enter or Space (the keys that activate a button). */
export function isActivation(event: KeyboardEvent): boolean {
  return event.key === "Enter" || event.key === " ";
}

/** A Material Web element, whose properties (`value`, `selected`, ...) the renderers set. */
export type MdElement = HTMLElement & Record<string, any>;
