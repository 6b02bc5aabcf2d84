import type { Control } from "../core/control.js";
import { compiledSchemaOf } from "../core/schema.js";

/** An overlay (dialog, sheet, banner, drawer, picker) whose `open` is not true. */
export function closed(control: Control): boolean {
  return (
    compiledSchemaOf(control.constructor).propsByName.get("open")?.kind === "boolean" &&
    (control as unknown as { open?: unknown }).open !== true
  );
}
