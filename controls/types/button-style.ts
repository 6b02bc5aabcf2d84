/**
 * Button styles and per-state values.
 * @module
 */

import type { PaddingValue } from "flet-ts/pack";
import type { BorderSide } from "./border.js";
import type { ColorValue } from "./colors.js";
import type { OutlinedBorder } from "./shapes.js";

/**
 * The interaction states a style value can depend on. `""` (DEFAULT) is the fallback for
 * states without their own value.
 */
export const MaterialState = {
  HOVERED: "hovered",
  FOCUSED: "focused",
  PRESSED: "pressed",
  DRAGGED: "dragged",
  SELECTED: "selected",
  SCROLLED_UNDER: "scrolledUnder",
  DISABLED: "disabled",
  ERROR: "error",
  DEFAULT: "",
} as const;
/** One of {@link MaterialState}. */
export type MaterialState = (typeof MaterialState)[keyof typeof MaterialState];

/**
 * A value for every state, or a value per {@link MaterialState}
 * (`{ hovered: "blue", "": "black" }`).
 */
export type StateValue<TValue> = TValue | Partial<Record<MaterialState, TValue>>;

/**
 * The look of a button, per interaction state. Set it on `style`; unset fields keep the
 * button's defaults.
 *
 * @example
 * ```ts
 * new ft.ElevatedButton("Save", {
 *   style: {
 *     color: { [ft.MaterialState.HOVERED]: ft.colors.WHITE, [ft.MaterialState.DEFAULT]: ft.colors.BLACK },
 *     shape: ft.shapes.roundedRectangle(4),
 *     padding: 20,
 *   },
 * });
 * ```
 */
export interface ButtonStyle {
  /** Text and icon colour. */
  color?: StateValue<ColorValue>;
  bgcolor?: StateValue<ColorValue>;
  /** The ink shown on hover, focus and press. */
  overlayColor?: StateValue<ColorValue>;
  shadowColor?: StateValue<ColorValue>;
  surfaceTintColor?: StateValue<ColorValue>;
  elevation?: StateValue<number>;
  /** Duration of shape and elevation changes, in milliseconds. */
  animationDuration?: number;
  padding?: StateValue<PaddingValue>;
  /** The outline. */
  side?: StateValue<BorderSide>;
  shape?: StateValue<OutlinedBorder>;
}
