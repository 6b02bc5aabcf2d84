/**
 * The checks and coded errors of attaching children, raised by the {@link Reconciler} when an app
 * puts something in a slot that cannot go there. Each is reported to `page.onError` (and
 * the log), and the offending entry is left out of the tree.
 *
 * @internal
 * @module
 */
import { Control } from "../core/control.js";
import { controlOfAnotherCopy, foreignCopyOf } from "../core/copies.js";
import { describeValue, ErrorCode, FletError } from "../core/errors.js";
import { $state } from "../core/internals.js";

/** The same item twice in one child list. @internal */
export function twiceInList(item: unknown, parent: Control, slot: string): FletError {
  return new FletError(
    ErrorCode.CONTROL_DUPLICATE_PARENT,
    `Expected each control to appear once, but ${describeValue(item)} is twice in ${parent.constructor.name}.${slot}. The second entry was removed; create a new control for each place.`,
    { parent: parent.uid, slot },
  );
}

/**
 * A slot holding something that is not a control; or a control of another copy of flet-ts,
 * which is one to its own copy only. @internal
 */
export function notAControl(child: unknown, parent: Control, slot: string): FletError {
  const foreign = foreignCopyOf(child, Control);
  if (foreign !== null) {
    return controlOfAnotherCopy(child as object, foreign, `${parent.constructor.name}.${slot}`, {
      parent: parent.uid,
      slot,
    });
  }
  return new FletError(
    ErrorCode.CONTROL_NOT_A_CONTROL,
    `Expected ${parent.constructor.name}.${slot} to hold controls, but it holds ${describeValue(child)}. Wrap text in new ft.Text(...).`,
    { parent: parent.uid, slot },
  );
}

/** A control put inside its own subtree. @internal */
export function containsItself(child: Control, parent: Control, slot: string): FletError {
  return new FletError(
    ErrorCode.CONTROL_DUPLICATE_PARENT,
    `Expected a tree, but putting ${child.constructor.name} into ${parent.constructor.name}.${slot} would make it contain itself. Move it somewhere outside its own subtree.`,
    { parent: parent.uid, slot },
  );
}

/** A control of another session's page. @internal */
export function otherSession(child: Control): FletError {
  return new FletError(
    ErrorCode.CONTROL_OTHER_SESSION,
    `Expected ${child.constructor.name} to belong to this session, but it is on another session's page. Controls cannot be shared between sessions; create one per session (use pubsub to share data).`,
    { control: child.constructor.name },
  );
}

/** A control that already has a parent, put in a second place. @internal */
export function secondParent(child: Control, parent: Control, slot: string): FletError {
  const state = child[$state];
  return new FletError(
    ErrorCode.CONTROL_DUPLICATE_PARENT,
    `Expected ${child.constructor.name}#${state.id} to have one parent, but it is already in ${state.parent?.constructor.name}.${state.slot} and was also put in ${parent.constructor.name}.${slot}. Remove it from the first place, or create a new control.`,
    { control: state.id, parent: parent.uid, slot },
  );
}

/** A value of a property that cannot become JSON. @internal */
export function notSerializable(control: Control, name: string, error: unknown): FletError {
  return new FletError(
    ErrorCode.PROP_NOT_SERIALIZABLE,
    `Expected ${control.constructor.name}.${name} to be JSON data, but ${(error as Error).message}. It was not sent.`,
    { control: control.uid, prop: name },
  );
}

/** Hooks that keep making changes, so an update never settles. @internal */
export function updateLoop(rounds: number): FletError {
  return new FletError(
    ErrorCode.UPDATE_LOOP,
    `Expected an update to settle, but after ${rounds} rounds hooks (beforeUpdate, build) were still changing controls. Make beforeUpdate() set values that do not depend on the previous round, or guard the change.`,
    { rounds },
  );
}

/** True when `ancestor` is `control` or one of its ancestors. @internal */
export function isWithin(control: Control, ancestor: Control | undefined): boolean {
  for (let node: Control | undefined = control; node !== undefined; node = node[$state].parent) {
    if (node === ancestor) return true;
  }
  return false;
}

/** True when `parent`'s `slot` (still mounted) holds `child`. @internal */
export function holds(parent: Control, slot: string, child: Control): boolean {
  const parentState = parent[$state];
  if (parentState.host === undefined) return false;
  const value = parentState.slots?.[slot];
  return Array.isArray(value) ? value.includes(child) : value === child;
}
