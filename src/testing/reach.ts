/**
 * What a user can reach in the tester, as in the browser: not hidden, disabled or inside
 * a closed overlay; what a tap on a navigation destination does; which control has
 * `autofocus`.
 * @module
 */
import type { Control } from "../core/control.js";
import { compiledSchemaOf } from "../core/schema.js";

/**
 * The control (itself or an ancestor) that is hidden, disabled or closed (a dialog, sheet,
 * drawer or banner whose `open` is false), if any.
 */
export function interactive(control: Control): Control | undefined {
  for (let node: Control | undefined = control; node !== undefined; node = node.parent)
    if (node.visible === false || node.disabled === true || closed(node)) return node;
  return undefined;
}

function closed(control: Control): boolean {
  return (
    compiledSchemaOf(control.constructor).propsByName.get("open")?.kind === "boolean" &&
    (control as unknown as { open?: unknown }).open !== true
  );
}

/**
 * A destination of a navigation bar, rail or drawer, and its index among its parent's
 * destinations: a tap on it picks it (`change` with `selectedIndex`), as a click does.
 */
export function destinationOf(control: Control): { bar: Control; index: number } | undefined {
  const bar = control.parent;
  if (!bar || !compiledSchemaOf(control.constructor).type.endsWith("destination")) return;
  const schema = compiledSchemaOf(bar.constructor);
  if (!schema.propsByName.get("selectedIndex")?.twoWay || !schema.eventsByName.has("change"))
    return;
  const destinations = schema.slots
    .filter((slot) => slot.list)
    .flatMap((slot) => (bar as unknown as Record<string, Control[] | undefined>)[slot.name] ?? [])
    .filter((child) => compiledSchemaOf(child.constructor).type.endsWith("destination"));
  return { bar, index: destinations.indexOf(control) };
}

export function autofocused(control: Control): boolean {
  return (control as unknown as { autofocus?: unknown }).autofocus === true;
}
