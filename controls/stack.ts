import {
  ConstrainedControl,
  type Control,
  type ControlOptions,
  children,
  control,
  enumValues,
  prop,
  withPrimary,
} from "flet-ts/pack";
import { ClipBehavior } from "./types/box.js";

/**
 * Places its children on top of each other, the last one on top.
 *
 * Children with `left`, `top`, `right` or `bottom` are positioned against the stack's
 * edges; the others sit at its top-left corner. The stack is as big as its largest
 * unpositioned child.
 *
 * @example
 * ```ts
 * new ft.Stack([
 *   new ft.Image("/photo.jpg", { width: 300, height: 200 }),
 *   new ft.Text("Caption", { bottom: 8, left: 8, color: ft.colors.WHITE }),
 * ]);
 * ```
 */
@control("stack")
export class Stack extends ConstrainedControl {
  /**
   * @param controls - The children, bottom first, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(controls?: Control[] | ControlOptions<Stack>, options?: ControlOptions<Stack>) {
    super(withPrimary("controls", controls, options));
  }

  /** The children, bottom first. */
  @children() accessor controls!: Control[];
  /** How children reaching past the stack's edges are clipped. Default `hardEdge`. */
  @prop({ kind: "enum", values: enumValues(ClipBehavior) }) accessor clipBehavior:
    | ClipBehavior
    | undefined;
}
