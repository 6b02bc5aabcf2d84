/**
 * What the DatePicker and TimePicker dialogs share: the `<dialog>` with its state and the
 * modal wiring (Escape or a click outside dismisses it, sending the current value).
 * @module
 */
import type { RenderContext } from "flet-ts/browser";
import { h } from "./date-picker-calendar.js";
import { wireModal } from "./modal.js";

/**
 * Makes a picker's dialog: its state from `fresh`, no start basis yet, and the modal
 * wiring.
 *
 * @example
 * ```ts
 * const dialog = pickerDialog(ctx, states, bases, fresh);
 * ```
 */
export function pickerDialog<TState extends { open: boolean }>(
  ctx: RenderContext,
  states: WeakMap<HTMLDialogElement, TState>,
  bases: WeakMap<HTMLDialogElement, string>,
  fresh: (props: Readonly<Record<string, unknown>>) => TState,
): HTMLDialogElement {
  const dialog = h("dialog", "", { "aria-modal": "true" }) as HTMLDialogElement;
  states.set(dialog, fresh(ctx.props));
  bases.set(dialog, "");
  wireModal(
    dialog,
    ctx,
    () => {
      const s = states.get(dialog);
      if (s) s.open = false;
      return true;
    },
    () => ctx.props.value,
  );
  return dialog;
}

/**
 * The picker's state for this update: kept while the dialog stays open, made afresh when
 * it opens or when the app changes a prop the dialog starts from (`startsFrom`).
 *
 * @example
 * ```ts
 * const s = pickerState(dialog, ctx, states, bases, fresh, ["value", "firstDate"]);
 * ```
 */
export function pickerState<TState extends { open: boolean }>(
  dialog: HTMLDialogElement,
  ctx: RenderContext,
  states: WeakMap<HTMLDialogElement, TState>,
  bases: WeakMap<HTMLDialogElement, string>,
  fresh: (props: Readonly<Record<string, unknown>>) => TState,
  startsFrom: readonly string[],
): TState {
  let s = states.get(dialog)!;
  const basis = JSON.stringify(startsFrom.map((name) => ctx.props[name]));
  if (!s.open || bases.get(dialog) !== basis) {
    bases.set(dialog, basis);
    s = fresh(ctx.props);
    s.open = ctx.props.open === true;
    states.set(dialog, s);
  }
  return s;
}
