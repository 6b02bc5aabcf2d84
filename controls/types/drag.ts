/**
 * Enums of Draggable and Dismissible.
 * @module
 */

/** An axis a drag is limited to (`Draggable.axis`) or must start along (`affinity`). */
export const Axis = {
  HORIZONTAL: "horizontal",
  VERTICAL: "vertical",
} as const;
/** One of {@link Axis}. */
export type Axis = (typeof Axis)[keyof typeof Axis];
