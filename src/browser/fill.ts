/**
 * Flutter's box constraints as CSS classes. Flet lays controls out with Flutter's rule
 * "constraints go down, sizes go up"; the browser draws them with flexbox, which decides
 * sizes the other way round. A renderer tells the runtime which Flutter behaviour its
 * element has, and the runtime's stylesheet (`styles.css`) turns the combinations into
 * `align-self`/`flex` (see docs/guides/layout.md):
 *
 * - {@link linesChildren}: the element lays its children out in a line along `x` (a Row)
 *   or `y` (a Column, a view): children that are not expanded keep their size on the main
 *   axis (Flutter gives them unbounded main-axis constraints), and in a `y` line the
 *   cross axis is loose but bounded, so children that {@link fills} `x` span it.
 * - {@link fills}: the element takes all the room it is allowed along an axis when that
 *   room is bounded (a Row's `mainAxisSize.max`, a TextField's InputDecorator, a
 *   ListTile, a Divider, a Container with `alignment`).
 * - {@link passesConstraints}: the element hands its own constraints to its one child (a
 *   Container without alignment, a Card, Semantics): the child fills the element's
 *   content box, and the element fills an axis when its child does.
 *
 * Each call only toggles classes, so renderers can call it from `create` (for fixed
 * behaviour) or `update` (for behaviour that follows a prop, like `tight`) at no layout
 * cost: nothing here reads the DOM.
 * @module
 */

/**
 * Marks `element` as laying its children out in a line along `axis` (`"x"`: a Row,
 * `"y"`: a Column), or as not doing so (`null`).
 *
 * @example
 * ```ts
 * create() {
 *   const column = h("div", "acme-column");
 *   linesChildren(column, "y");
 *   return column;
 * }
 * ```
 */
export function linesChildren(element: HTMLElement, axis: "x" | "y" | null): void {
  element.classList.toggle("flet-lines-x", axis === "x");
  element.classList.toggle("flet-lines-y", axis === "y");
}

/**
 * Marks `element` as taking all the width (`x`) and/or height (`y`) its parent allows
 * when that room is bounded, as Flutter widgets with a `max` size do.
 *
 * @example
 * ```ts
 * update(row, ctx) { fills(row, { x: ctx.props.tight !== true }); }
 * ```
 */
export function fills(element: HTMLElement, axes: { x?: boolean; y?: boolean }): void {
  element.classList.toggle("flet-fill-x", axes.x === true);
  element.classList.toggle("flet-fill-y", axes.y === true);
}

/**
 * Marks `element` as a box that passes its constraints to its child (`on`), like a
 * Flutter Container without alignment: the child fills the element's content box, and
 * the element fills an axis of a line when its child does.
 *
 * @example
 * ```ts
 * update(box, ctx) { passesConstraints(box, ctx.props.alignment === undefined); }
 * ```
 */
export function passesConstraints(element: HTMLElement, on: boolean): void {
  element.classList.toggle("flet-pass", on);
}
