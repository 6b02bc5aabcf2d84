/**
 * Alignment inside a box.
 * @module
 */

/**
 * A point inside a box, from `(-1, -1)` (top left) through `(0, 0)` (centre) to `(1, 1)`
 * (bottom right). Values outside that range place the point outside the box.
 *
 * @example
 * ```ts
 * new ft.Container({ alignment: new ft.Alignment(0.5, -1) });
 * new ft.Container({ alignment: ft.alignment.bottomRight });
 * ```
 */
export class Alignment {
  /**
   * @param x - Horizontal position: -1 is the left edge, 1 the right edge.
   * @param y - Vertical position: -1 is the top edge, 1 the bottom edge.
   */
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

const at = (x: number, y: number): Alignment => Object.freeze(new Alignment(x, y));

/**
 * The nine named alignments, as in Flet's `alignment` module (camelCased).
 *
 * @example
 * ```ts
 * new ft.Container({ content: new ft.Text("Hi"), alignment: ft.alignment.center });
 * ```
 */
export const alignment = Object.freeze({
  topLeft: at(-1, -1),
  topCenter: at(0, -1),
  topRight: at(1, -1),
  centerLeft: at(-1, 0),
  center: at(0, 0),
  centerRight: at(1, 0),
  bottomLeft: at(-1, 1),
  bottomCenter: at(0, 1),
  bottomRight: at(1, 1),
});
