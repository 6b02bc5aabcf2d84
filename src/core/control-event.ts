import type { Control } from "./control.js";

/**
 * An event sent by the browser to a control's handler.
 *
 * `data` is the event's JSON payload (for a change event, usually the new value);
 * controls with richer events hand their handlers a subclass with typed fields.
 *
 * @typeParam TControl - The control that raised the event.
 * @example
 * ```ts
 * new ft.ElevatedButton("Save", { onClick: (e) => console.log(e.control.text, e.name) });
 * ```
 */
export class ControlEvent<TControl extends Control = Control> {
  /** The control that raised the event. */
  readonly control: TControl;
  /** The wire name of the event (`click`, `change`). */
  readonly name: string;
  /** The JSON payload the browser sent, if any. */
  readonly data: unknown;

  constructor(control: TControl, name: string, data?: unknown) {
    this.control = control;
    this.name = name;
    this.data = data;
  }

  /** The id of the control that raised the event. */
  get target(): string {
    return this.control.uid ?? "";
  }

  /** The page of the session the event belongs to. */
  get page() {
    return this.control.page;
  }
}

/**
 * A handler of an event: a plain or an `async` function. After it returns (or its
 * promise settles), pending changes are sent to the browser automatically. What it
 * returns or resolves to is ignored, so `onClick: () => page.login(github)` is fine.
 */
export type EventHandler<TEvent = ControlEvent> = (event: TEvent) => unknown;

/** A class that builds a typed event from what the browser sent. */
export type EventClass = new (control: any, name: string, data?: unknown) => ControlEvent<any>;
