/**
 * A control's state as the wire sees it: its node (`[type, props, slots?]`) and each
 * property value converted to JSON data.
 *
 * @internal
 * @module
 */
import type { Control } from "../core/control.js";
import { $state } from "../core/internals.js";
import { compiledSchemaOf } from "../core/schema.js";
import { toWireValue } from "../core/wire-value.js";
import type { WireNode, WireSlots } from "../protocol/wire.js";
import { notSerializable } from "./attach-checks.js";

/** Where a value that cannot be sent is reported (`page.onError` and the log). @internal */
export type ReportError = (error: unknown, source: string) => void;

/**
 * The wire form of property `name` of `control`. Objects go through `toWireValue`; one
 * that is not JSON data is reported with `FLET_ERR_PROP_NOT_SERIALIZABLE` and becomes
 * `undefined` (not sent).
 *
 * @internal
 */
export function wireValue(
  report: ReportError,
  control: Control,
  name: string,
  value: unknown,
): unknown {
  if (value === undefined || typeof value !== "object") return value;
  try {
    return toWireValue(value);
  } catch (error) {
    report(notSerializable(control, name, error), `update of ${control.constructor.name}.${name}`);
    return undefined;
  }
}

/** The node of a newly mounted `control`, with its children's ids in `slots`. @internal */
export function nodeOf(report: ReportError, control: Control, slots: WireSlots): WireNode {
  const state = control[$state];
  const props: Record<string, unknown> = {};
  for (const name in state.props) {
    const value = wireValue(report, control, name, state.props[name]);
    if (value !== undefined) props[name] = value;
  }
  const type = compiledSchemaOf(control.constructor).type;
  return Object.keys(slots).length > 0 ? [type, props, slots] : [type, props];
}
