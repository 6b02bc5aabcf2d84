/**
 * Moving keyboard focus from the server: the one server→browser call behind every
 * focusable control's `focus()` (Flet's `Control.focus()`).
 *
 * @module
 */
import type { Control } from "./control.js";
import { $state } from "./internals.js";

/** The name of the browser call that focuses a control (a renderer may define its own). */
export const FOCUS_CALL = "focus";

/**
 * Asks the browser to move keyboard focus to `control`. Pending changes are sent first,
 * so the browser sees the control as it is now. A control added in the same handler is on
 * the page after an `update()` (as in Flet: add, `update()`, then `focus()`). Resolves to `true` when the
 * browser focused it, `false` when it could not: the control is not on a page, it (or
 * an ancestor) is hidden or disabled, or the browser went away. It never rejects, so a
 * fire-and-forget `field.focus()` (as in Flet) is safe.
 *
 * Pack authors expose it as a `focus()` method of their focusable controls.
 *
 * @example
 * ```ts
 * class Stars extends Control {
 *   focus(): Promise<boolean> {
 *     return requestFocus(this);
 *   }
 * }
 * ```
 */
export function requestFocus(control: Control): Promise<boolean> {
  const state = control[$state];
  if (state.host === undefined || state.id === undefined) return Promise.resolve(false);
  state.host.flush(control);
  return state.host.call(FOCUS_CALL, {}, state.id).then(
    (focused) => focused === true,
    () => false,
  );
}
