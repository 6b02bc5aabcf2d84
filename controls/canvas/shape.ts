/**
 * The base of every canvas shape.
 * @module
 */
import { Control } from "flet-ts/pack";
import { requireFinite } from "./finite.js";

/**
 * A drawing on a {@link Canvas} (Flet's `cv.Shape`): shapes are the Canvas's `shapes`,
 * painted in order, each over the ones before. A shape is a control, so changing one of
 * its props and calling `update()` repaints the canvas; `visible: false` leaves it out.
 * Coordinates are logical pixels from the canvas's top-left corner.
 *
 * Every number a shape draws with must be finite: a NaN or infinite coordinate refuses the
 * whole update with `FLET_ERR_PROP_INVALID_VALUE` (nothing is half-drawn).
 */
export abstract class Shape extends Control {
  /** The names of the props holding numbers (or values with numbers) that must be finite. */
  protected abstract readonly finiteProps: readonly string[];

  override validate(): void {
    const name = this.constructor.name;
    for (const prop of this.finiteProps)
      requireFinite(name, prop, (this as unknown as Record<string, unknown>)[prop]);
    requireFinite(name, "paint", (this as unknown as { paint?: unknown }).paint);
  }
}
