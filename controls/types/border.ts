/**
 * Box borders.
 * @module
 */
import type { ColorValue } from "./colors.js";

/**
 * One side of a border. A side without `width` is drawn 1 pixel wide; one without
 * `color` uses the theme's outline colour.
 */
export interface BorderSide {
  width?: number;
  color?: ColorValue;
}

/** A border of four sides; a missing side is not drawn. */
export interface Border {
  left?: BorderSide;
  top?: BorderSide;
  right?: BorderSide;
  bottom?: BorderSide;
}

/**
 * Builds a {@link BorderSide}.
 *
 * @example
 * ```ts
 * ft.border.only({ bottom: ft.borderSide(2, ft.colors.PRIMARY) });
 * ```
 */
export function borderSide(width?: number, color?: ColorValue): BorderSide {
  return { ...(width === undefined ? {} : { width }), ...(color === undefined ? {} : { color }) };
}

/**
 * Helpers that build {@link Border}s, named as in Flet's `border` module.
 *
 * @example
 * ```ts
 * new ft.Container({ border: ft.border.all(1, ft.colors.OUTLINE_VARIANT) });
 * new ft.Container({ border: ft.border.symmetric({ vertical: ft.borderSide(2) }) });
 * ```
 */
export const border = {
  /** The same side on all four edges. */
  all: (width?: number, color?: ColorValue): Border => {
    const side = borderSide(width, color);
    return { left: side, top: side, right: side, bottom: side };
  },
  /** `vertical` on the top and bottom edges, `horizontal` on the left and right ones. */
  symmetric: ({
    vertical,
    horizontal,
  }: {
    vertical?: BorderSide;
    horizontal?: BorderSide;
  }): Border =>
    withoutUndefined({ left: horizontal, top: vertical, right: horizontal, bottom: vertical }),
  /** Only the given sides. */
  only: (sides: Border): Border => withoutUndefined({ ...sides }),
};

function withoutUndefined(value: Border): Border {
  for (const key of Object.keys(value) as (keyof Border)[])
    if (value[key] === undefined) delete value[key];
  return value;
}
