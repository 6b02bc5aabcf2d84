/**
 * Pointer and focus events shared by the button renderers.
 * @module
 */
import { isDisabled, openUrl, type RenderContext } from "flet-ts/browser";

const LONG_PRESS_MS = 500;

/**
 * Wires a button element's events to the server: `click` (also opening `url`),
 * `longPress`, `hover` (`true`/`false`), `focus` and `blur`. Each is sent only when the
 * server listens; a click right after a long press is swallowed.
 *
 * @example
 * ```ts
 * wireButton(element, ctx);
 * ```
 */
export function wireButton(element: HTMLElement, ctx: RenderContext): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let longPressed = false;
  element.addEventListener("click", (event) => {
    if (longPressed || isDisabled(element)) {
      event.stopImmediatePropagation();
      longPressed = false;
      return;
    }
    ctx.send("click");
    const url = ctx.props.url;
    if (typeof url === "string") openUrl(url, String(ctx.props.urlTarget ?? "_blank"));
  });
  element.addEventListener("pointerdown", () => {
    longPressed = false;
    clearTimeout(timer);
    if (!ctx.listens("longPress")) return;
    timer = setTimeout(() => {
      longPressed = true;
      ctx.send("longPress");
    }, LONG_PRESS_MS);
  });
  for (const type of ["pointerup", "pointercancel"])
    element.addEventListener(type, () => clearTimeout(timer));
  element.addEventListener("pointerenter", () => ctx.send("hover", true));
  element.addEventListener("pointerleave", () => {
    clearTimeout(timer);
    ctx.send("hover", false);
  });
  element.addEventListener("focus", () => ctx.send("focus"));
  element.addEventListener("blur", () => ctx.send("blur"));
}

/** Focuses `element` once it is on the page, for `autofocus`. */
export function autofocus(element: HTMLElement, enabled: unknown): void {
  if (enabled !== true || element.dataset.fletAutofocused !== undefined) return;
  element.dataset.fletAutofocused = "";
  requestAnimationFrame(() => element.focus());
}
