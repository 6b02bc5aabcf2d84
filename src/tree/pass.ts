/**
 * One reconcile pass as data, and how a failed one is undone: an update is all or
 * nothing, so a hook that loops or a value that cannot be sent leaves the committed tree,
 * the browser's copy and the id index agreeing with each other.
 *
 * @module
 */
import { Control } from "../core/control.js";
import { $state, type ControlHost } from "../core/internals.js";
import {
  type CommittedBatch,
  emptyChanges,
  type TreeChanges,
  type TreeStore,
} from "./tree-store.js";

/**
 * What a `Reconciler` needs from the host it works for (the session).
 * @internal
 */
export interface ReconcilerOwner {
  /** The host that mounted controls record as theirs (`control[$state].host`). */
  readonly host: ControlHost;
  /** The root control (the page); mounted by `Reconciler.mountRoot` as `"page"`. */
  readonly root: Control;
  /** Dev mode: warn about class fields that hide declared properties. */
  readonly dev: boolean;
  /** Writes a warning to the app's log. */
  warn(message: string): void;
  /** Reports an error of app code (a hook that threw, a bad child, a value not JSON). */
  reportError(error: unknown, source: string): void;
}

/** What one `Reconciler.reconcile` produced. @internal */
export interface Reconciled {
  /** The committed batch, or `undefined` when nothing reached the tree. */
  readonly batch: CommittedBatch | undefined;
  /** Controls mounted by this pass, parents first: their `didMount()` is due once sent. */
  readonly mounted: Control[];
}

/** What a pass collected, and the dirty flags it took (to give back if it fails). */
export interface Pass {
  readonly changes: TreeChanges;
  /** Controls mounted by the pass, parents first. */
  readonly mounted: Control[];
  /** Two-way props the pass sent (`id\0name`): their server revision moves on. */
  readonly twoWay: string[];
  readonly taken: Map<
    Control,
    { props?: Set<string> | undefined; slots?: Set<string> | undefined }
  >;
}

/** A new, empty pass. */
export function newPass(): Pass {
  return { changes: emptyChanges(), mounted: [], twoWay: [], taken: new Map() };
}

/** Remembers the dirty flags `control` has before the pass clears them. */
export function noteTaken(pass: Pass, control: Control): void {
  const state = control[$state];
  if (!state.dirtyProps && !state.dirtySlots) return;
  // The reconciler drops the control's sets right after (a later change makes new ones)
  // and never changes them, so the first time a control is taken its sets are kept as
  // they are; only a control taken twice in one pass needs a union.
  const had = pass.taken.get(control);
  if (had === undefined) {
    pass.taken.set(control, { props: state.dirtyProps, slots: state.dirtySlots });
    return;
  }
  if (state.dirtyProps)
    had.props = had.props ? new Set([...had.props, ...state.dirtyProps]) : state.dirtyProps;
  if (state.dirtySlots)
    had.slots = had.slots ? new Set([...had.slots, ...state.dirtySlots]) : state.dirtySlots;
}

/** The reconciler's bookkeeping a rollback repairs. */
export interface PassOwner {
  readonly host: ControlHost;
  readonly store: TreeStore;
  readonly index: Map<string, Control>;
  readonly hooked: Set<Control>;
  readonly dirty: Set<Control>;
  /** Ids unmounted by a failed pass that the committed tree still holds. */
  readonly orphans: string[];
}

/**
 * Undoes a failed pass: controls it mounted are unmounted again (they were never sent),
 * the dirty flags it took are given back (the next update retries them), and the ids it
 * freed go to `orphans`, to be removed with the next commit (the committed tree still
 * lists them until then).
 *
 * @example
 * ```ts
 * try { collect(pass); commit(pass.changes); } catch (error) { rollbackPass(pass, owner); throw error; }
 * ```
 */
export function rollbackPass(pass: Pass, owner: PassOwner): void {
  for (const control of pass.mounted) {
    const state = control[$state];
    if (state.id === undefined || owner.store.node(state.id) !== undefined) continue;
    owner.index.delete(state.id);
    owner.hooked.delete(control);
    owner.dirty.delete(control);
    state.id = state.host = state.parent = state.slot = undefined;
    state.dirtyProps = state.dirtySlots = undefined;
  }
  for (const [control, flags] of pass.taken) {
    const state = control[$state];
    if (state.host !== owner.host || owner.store.node(state.id!) === undefined) continue;
    if (flags.props) state.dirtyProps = new Set([...(state.dirtyProps ?? []), ...flags.props]);
    if (flags.slots) state.dirtySlots = new Set([...(state.dirtySlots ?? []), ...flags.slots]);
    owner.dirty.add(control);
  }
  owner.orphans.push(...pass.changes.removed);
}

/**
 * Runs `validate()` of the controls a pass changed or mounted that override it; the first
 * one that throws fails the whole pass (the caller rolls it back).
 */
export function validatePass(pass: Pass): void {
  const base = Control.prototype.validate;
  for (const control of pass.taken.keys())
    if (control.validate !== base && control.mounted) control.validate();
  for (const control of pass.mounted)
    if (control.validate !== base && control.mounted) control.validate();
}
