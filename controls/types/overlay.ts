/**
 * Overlay value types: snack bar placement and dismiss gestures.
 * @module
 */

/** Whether a SnackBar sits at the bottom edge (`fixed`) or floats above it. */
export const SnackBarBehavior = { FIXED: "fixed", FLOATING: "floating" } as const;
/** One of {@link SnackBarBehavior}. */
export type SnackBarBehavior = (typeof SnackBarBehavior)[keyof typeof SnackBarBehavior];

/** The swipe directions that dismiss a control. */
export const DismissDirection = {
  NONE: "none",
  VERTICAL: "vertical",
  HORIZONTAL: "horizontal",
  END_TO_START: "endToStart",
  START_TO_END: "startToEnd",
  UP: "up",
  DOWN: "down",
} as const;
/** One of {@link DismissDirection}. */
export type DismissDirection = (typeof DismissDirection)[keyof typeof DismissDirection];
