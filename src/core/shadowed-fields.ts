/**
 * Class fields that hide declared properties.
 *
 * A subclass field named like a declared property (`value = "x"` in a class body) is an
 * own property of the instance, so it hides the prototype's accessor and the value never
 * reaches the browser. {@link adoptShadowedFields} moves such values behind the accessor
 * when the control is mounted.
 *
 * @internal
 * @module
 */
import type { Control } from "./control.js";
import type { CompiledSchema } from "./schema.js";

const shadowChecked = new WeakMap<Function, string[]>();

/**
 * Moves own fields of `control` that hide its declared properties, events or slots behind
 * their accessors. Calls `warn` with the names the first time a class is seen with them.
 *
 * @internal
 */
export function adoptShadowedFields(
  control: Control,
  schema: CompiledSchema,
  warn: ((names: readonly string[]) => void) | undefined,
): void {
  let shadowed = shadowChecked.get(control.constructor);
  if (shadowed === undefined) {
    shadowed = [];
    for (const name of [
      ...schema.propsByName.keys(),
      ...schema.eventsByHandler.keys(),
      ...schema.slotsByName.keys(),
    ]) {
      if (Object.hasOwn(control, name)) shadowed.push(name);
    }
    shadowChecked.set(control.constructor, shadowed);
    if (shadowed.length > 0) warn?.(shadowed);
  }
  const record = control as unknown as Record<string, unknown>;
  for (const name of shadowed) {
    if (!Object.hasOwn(control, name)) continue;
    const value = record[name];
    delete record[name];
    record[name] = value;
  }
}
