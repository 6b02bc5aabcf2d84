/**
 * Cross-module internals of the control model. Nothing here is public API: the session
 * reaches into a control through the one symbol-keyed record below, so app code never
 * sees (or collides with) the bookkeeping.
 *
 * @internal
 * @module
 */
import type { Control } from "./control.js";

/** The key of a control's {@link ControlState}. @internal */
export const $state: unique symbol = Symbol("flet.state");

/**
 * What a session offers the controls mounted on it.
 * @internal
 */
export interface ControlHost {
  /** The root control (the page) of this host. */
  readonly root: Control;
  /** Remembers that a mounted control has pending changes. */
  markDirty(control: Control): void;
  /** Sends pending changes now; `scope` narrows which `beforeUpdate` hooks run. */
  flush(scope?: Control): void;
  /** Asks the client to run `method` (for the control `target`); resolves to the result. */
  call(method: string, args: Record<string, unknown>, target?: string): Promise<unknown>;
}

/**
 * The per-instance bookkeeping of a control.
 * @internal
 */
export interface ControlState {
  /** Property values set by the app (only keys that were set), plus event flags. */
  props: Record<string, unknown>;
  /** Event handlers by handler name (`onClick`). */
  handlers: Record<string, Function> | undefined;
  /** Child slot values: a control, or a list of controls. */
  slots: Record<string, unknown> | undefined;
  /** Wire id, assigned on mount. */
  id: string | undefined;
  /** The session the control is mounted on. */
  host: ControlHost | undefined;
  /** The parent control while attached. */
  parent: Control | undefined;
  /** The parent's slot that holds this control. */
  slot: string | undefined;
  /** Names of props changed since the last commit. */
  dirtyProps: Set<string> | undefined;
  /** Names of slots changed since the last commit. */
  dirtySlots: Set<string> | undefined;
  /** Whether `build()` has run. */
  built: boolean;
}

/** Creates an empty state record. @internal */
export function createState(): ControlState {
  return {
    // A plain literal (not Object.create(null)): V8 keeps it in fast mode, 3x smaller.
    // Only declared names are ever looked up, none of which shadow Object.prototype.
    props: {},
    handlers: undefined,
    slots: undefined,
    id: undefined,
    host: undefined,
    parent: undefined,
    slot: undefined,
    dirtyProps: undefined,
    dirtySlots: undefined,
    built: false,
  };
}
