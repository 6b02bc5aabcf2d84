/**
 * What a tap on one control sends, as the browser would: its click, a gesture detector's
 * tap sequence, a radio's choice in its group, a menu or selection toggle, a boolean
 * value flipped. The tester walks from the tapped control up to its ancestors and takes
 * the first plan there is, as a click bubbles.
 * @module
 */
import type { Control } from "../core/control.js";
import { ErrorCode, FletError } from "../core/errors.js";
import { compiledSchemaOf } from "../core/schema.js";
import { tapGesture } from "./gestures.js";
import { describeControl } from "./listening.js";
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
  const picked = indexPick(control, from);
  if (picked) return picked;
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

/** Controls whose children are picked by a tap, by index (`change` with `selectedIndex`). */
const PICKED_BY_INDEX: Readonly<Record<string, string>> = {
  tabs: "tabs",
  cupertinosegmentedbutton: "controls",
  cupertinoslidingsegmentedbutton: "controls",
};

/**
 * A tap on a Tab of Tabs (not on its `content`, which the panel shows) or on a segment of
 * a Cupertino (sliding) segmented button picks it, as the browser sends it: `change` with
 * the index and `selectedIndex`; nothing when it is already the selected one.
 */
export function indexPick(control: Control, from?: Control): TapSend[] | undefined {
  const parent = control.parent;
  const slot = parent && PICKED_BY_INDEX[compiledSchemaOf(parent.constructor).type];
  if (!parent || !slot) return undefined;
  const items = (parent as unknown as Record<string, Control[] | undefined>)[slot] ?? [];
  const index = items.indexOf(control);
  if (index < 0) return undefined;
  if (from !== undefined && (control as unknown as { content?: Control }).content === from)
    return undefined;
  const selected = (parent as unknown as { selectedIndex?: number }).selectedIndex ?? 0;
  if (index === selected) return [];
  return [{ target: parent, name: "change", data: index, props: { selectedIndex: index } }];
}

function listens(control: Control, handler: string): boolean {
  return typeof (control as unknown as Record<string, unknown>)[handler] === "function";
}

/**
 * A tap that no plan of `tapped` or its ancestors takes: a clickable control, or a gesture
 * detector around it, still takes the click (and nothing happens); else the tap is refused
 * with `FLET_ERR_TESTER_NOT_INTERACTIVE`.
 */
export function unheardTap(tapped: Control): readonly TapSend[] {
  const schema = compiledSchemaOf(tapped.constructor);
  for (const name of ["click", "tap"])
    if (schema.eventsByName.has(name)) return [{ target: tapped, name }];
  for (let c = tapped.parent; c !== undefined; c = c.parent)
    if (compiledSchemaOf(c.constructor).eventsByName.has("tapDown")) return [];
  throw new FletError(
    ErrorCode.TESTER_NOT_INTERACTIVE,
    `Expected ${describeControl(tapped)} (or an ancestor) to react to a tap (a click or tap event, or a boolean value), but none does. Use t.trigger(target, eventName) for its events: ${[...schema.eventsByName.keys()].join(", ") || "none"}.`,
  );
}
