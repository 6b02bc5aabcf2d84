/**
 * Small DOM helpers of the Cupertino renderers.
 * @module
 */

/**
 * Creates an element with a class name and attributes.
 *
 * @example
 * ```ts
 * el("div", "cu-row", { role: "group" });
 * ```
 */
export function el<TTag extends keyof HTMLElementTagNameMap>(
  tag: TTag,
  className = "",
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[TTag] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/**
 * Makes `nodes` (skipping empty ones) the children of `parent`, moving only what is out of
 * place so focus survives.
 *
 * @example
 * ```ts
 * put(bar, [ctx.child("leading"), title]);
 * ```
 */
export function put(parent: Element, nodes: readonly (Node | undefined | null | false)[]): void {
  let cursor: ChildNode | null = parent.firstChild;
  for (const node of nodes) {
    if (!node) continue;
    if (node === cursor) {
      cursor = cursor.nextSibling;
      continue;
    }
    parent.insertBefore(node, cursor);
  }
  while (cursor) {
    const next: ChildNode | null = cursor.nextSibling;
    cursor.remove();
    cursor = next;
  }
}

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
 * A Material Symbols glyph for a Flet icon name (`CHEVRON_RIGHT` → `chevron_right`).
 *
 * @example
 * ```ts
 * button.prepend(glyph("share"));
 * ```
 */
export function glyph(icon: string, reuse?: HTMLElement | null): HTMLElement {
  const span = reuse ?? el("span", "material-symbols-outlined flet-glyph cu-glyph");
  span.setAttribute("aria-hidden", "true");
  const name = icon.toLowerCase().replace(/_(outlined|outline|rounded|sharp)$/, "");
  if (span.textContent !== name) span.textContent = name;
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
