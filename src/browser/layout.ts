/**
 * Small CSS helpers for renderers: Flet's layout values as CSS values.
 * @module
 */

/**
 * A Flet padding or margin (a number, or `{left, top, right, bottom}`) as a CSS length list.
 *
 * @example
 * ```ts
 * cssSides(10); // "10px"
 * cssSides({ left: 4, top: 8 }); // "8px 0px 0px 4px"
 * ```
 */
export function cssSides(value: unknown): string | undefined {
  if (typeof value === "number") return `${value}px`;
  if (value === null || typeof value !== "object") return undefined;
  const sides = value as Record<string, unknown>;
  const px = (name: string) => `${typeof sides[name] === "number" ? sides[name] : 0}px`;
  return `${px("top")} ${px("right")} ${px("bottom")} ${px("left")}`;
}

const MAIN: Record<string, string> = {
  start: "flex-start",
  end: "flex-end",
  center: "center",
  spaceBetween: "space-between",
  spaceAround: "space-around",
  spaceEvenly: "space-evenly",
};

const CROSS: Record<string, string> = {
  start: "flex-start",
  end: "flex-end",
  center: "center",
  stretch: "stretch",
  baseline: "baseline",
};

/** A `MainAxisAlignment` as a CSS `justify-content` value. */
export function cssMainAxis(value: unknown): string | undefined {
  return typeof value === "string" ? MAIN[value] : undefined;
}

/** A `CrossAxisAlignment` as a CSS `align-items` value. */
export function cssCrossAxis(value: unknown): string | undefined {
  return typeof value === "string" ? CROSS[value] : undefined;
}

/**
 * Writes an input's value only when it differs, keeping the caret where the user has it:
 * a patch that echoes what the user just typed must not fight their typing.
 *
 * @example
 * ```ts
 * update(input, ctx) { syncValue(input, String(ctx.props.value ?? "")); }
 * ```
 */
export function syncValue(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  if (input.value === value) return;
  const focused = input.ownerDocument.activeElement === input;
  const start = input.selectionStart;
  const end = input.selectionEnd;
  input.value = value;
  if (focused && start !== null && end !== null) {
    try {
      input.setSelectionRange(Math.min(start, value.length), Math.min(end, value.length));
    } catch {}
  }
}

/**
 * Makes `container`'s children exactly `nodes` (empty entries skipped), in order, touching
 * only what differs. Unlike `replaceChildren` it does not move nodes that are already in
 * place, so a focused input keeps its focus (and its caret) while siblings come and go.
 *
 * @example
 * ```ts
 * update(element, ctx) { placeChildren(element, [ctx.child("leading"), ...ctx.children("controls")]); }
 * ```
 */
export function placeChildren(
  container: Element,
  nodes: readonly (Node | undefined | null | false)[],
): void {
  // Stale children go first: moving a kept node (to close the gap a sibling left before
  // it) would blur it if it has focus.
  const kept = new Set(nodes);
  for (const child of [...container.childNodes]) if (!kept.has(child)) child.remove();
  let cursor: ChildNode | null = container.firstChild;
  for (const node of nodes) {
    if (!node) continue;
    if (node === cursor) {
      cursor = cursor.nextSibling;
      continue;
    }
    container.insertBefore(node, cursor);
  }
}

/**
 * Creates an element with a class name and attributes: the one-liner every renderer needs.
 *
 * @example
 * ```ts
 * const row = h("div", "acme-row", { role: "group" });
 * ```
 */
export function h<TTag extends keyof HTMLElementTagNameMap>(
  tag: TTag,
  className?: string,
  attributes?: Record<string, string>,
): HTMLElementTagNameMap[TTag];
export function h(
  tag: string,
  className?: string,
  attributes?: Record<string, string>,
): HTMLElement;
export function h(
  tag: string,
  className = "",
  attributes: Record<string, string> = {},
): HTMLElement {
  const element = document.createElement(tag);
  if (className) element.className = className;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}
