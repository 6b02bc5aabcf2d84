/**
 * What a tap on one control sends, as the browser would: its click, a gesture detector's
 * tap sequence, a radio's choice in its group, a menu or selection toggle, a boolean
 * value flipped. The tester walks from the tapped control up to its ancestors and takes
 * the first plan there is, as a click bubbles.
 * @module
 */
import type { Control } from "../core/control.js";
import { compiledSchemaOf } from "../core/schema.js";
import { tapGesture } from "./gestures.js";
import { type TapSend, tapSends } from "./reach.js";

/** The events a tap on `control` sends (`from` is the child the tap came through), if any. */
export function tapPlan(control: Control, from?: Control): readonly TapSend[] | undefined {
  const schema = compiledSchemaOf(control.constructor);
  if (schema.eventsByName.has("click") && listens(control, "onClick"))
    return [{ target: control, name: "click" }];
  const gesture = tapGesture(control, false, false);
  if (gesture) return gesture;
  if (schema.type === "radio") {
    let group = control.parent;
    while (group && compiledSchemaOf(group.constructor).type !== "radiogroup") group = group.parent;
    if (group) {
      const value = (control as unknown as { value?: unknown }).value;
      return [{ target: group, name: "change", data: value, props: { value } }];
    }
  }
  const sends = tapSends(control, from);
  if (sends) return sends;
  const value = schema.propsByName.get("value");
  if (value?.twoWay && value.kind === "boolean" && schema.eventsByName.has("change")) {
    const { value: current, tristate } = control as unknown as {
      value?: boolean | null;
      tristate?: boolean;
    };
    // A tristate checkbox cycles false → true → null (its third state) → false.
    const next =
      tristate === true && value.nullable === true
        ? current === false
          ? true
          : current === true
            ? null
            : false
        : !current;
    return [{ target: control, name: "change", data: next, props: { value: next } }];
  }
  return undefined;
}

function listens(control: Control, handler: string): boolean {
  return typeof (control as unknown as Record<string, unknown>)[handler] === "function";
}
