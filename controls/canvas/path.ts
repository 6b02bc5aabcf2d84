/**
 * The canvas shapes built from path elements: Path and Shadow.
 * @module
 */
import { type ControlOptions, control, prop } from "flet-ts/pack";
import type { ColorValue } from "../types/colors.js";
import { positional } from "./finite.js";
import type { Paint } from "./paint.js";
import {
  ArcTo,
  Close,
  CubicTo,
  LineTo,
  MoveTo,
  PathArc,
  type PathElement,
  PathOval,
  PathRect,
  QuadraticTo,
  SubPath,
} from "./path-elements.js";
import { Shape } from "./shape.js";

/**
 * A path of lines, curves, arcs, ovals and rectangles (Flet's `cv.Path`), filled by
 * default or stroked with `paint.style: "stroke"` (dashed by `paint.strokeDashPattern`).
 * Filling uses the non-zero rule, as Flutter. The elements are `cv.Path.MoveTo`,
 * `LineTo`, `QuadraticTo`, `CubicTo`, `SubPath`, `Arc`, `ArcTo`, `Oval`, `Rect`, `Close`.
 *
 * @example
 * ```ts
 * new ft.cv.Path({
 *   elements: [
 *     new ft.cv.Path.MoveTo(25, 125),
 *     new ft.cv.Path.QuadraticTo(50, 25, 135, 35),
 *     new ft.cv.Path.LineTo(100, 125),
 *     new ft.cv.Path.Close(),
 *   ],
 *   paint: { color: ft.colors.PINK, style: ft.PaintingStyle.STROKE, strokeWidth: 2 },
 * });
 * ```
 */
@control("cv.path")
export class Path extends Shape {
  /** Starts a new sub-path at (x, y). */
  static readonly MoveTo = MoveTo;
  /** A straight line to (x, y). */
  static readonly LineTo = LineTo;
  /** A quadratic (or conic, by weight) curve to (x, y). */
  static readonly QuadraticTo = QuadraticTo;
  /** A cubic Bézier curve to (x, y). */
  static readonly CubicTo = CubicTo;
  /** Another path's elements, moved by (x, y). */
  static readonly SubPath = SubPath;
  /** A new sub-path: an arc of the oval in a box. */
  static readonly Arc = PathArc;
  /** An elliptical arc from the current point to (x, y). */
  static readonly ArcTo = ArcTo;
  /** A new sub-path: the oval in a box. */
  static readonly Oval = PathOval;
  /** A new sub-path: a (rounded) rectangle. */
  static readonly Rect = PathRect;
  /** Closes the current sub-path. */
  static readonly Close = Close;

  protected readonly finiteProps = ["elements"];
  /** @param options - The properties. */
  constructor(options?: ControlOptions<Path>);
  /** Flet's positional form: `(elements, paint, options)`. */
  constructor(elements?: PathElement[], paint?: Paint, options?: ControlOptions<Path>);
  constructor(...args: unknown[]) {
    super(positional<ControlOptions<Path>>(["elements", "paint"], args));
  }
  /** The elements, drawn in order. */
  @prop("json") accessor elements: PathElement[] | undefined;
  /** How the path is drawn. */
  @prop("json") accessor paint: Paint | undefined;
}

/**
 * The shadow a material outline casts at an elevation (Flet's `cv.Shadow`, Flutter's
 * `Canvas.drawShadow`): the outline is given as path elements. The browser draws it as a
 * blurred, slightly offset copy of the outline (blur and offset grow with `elevation`).
 *
 * @example
 * ```ts
 * new ft.cv.Shadow({ path: [new ft.cv.Path.Rect(20, 20, 100, 60)], color: ft.colors.BLACK, elevation: 8 });
 * ```
 */
@control("cv.shadow")
export class Shadow extends Shape {
  protected readonly finiteProps = ["path", "elevation"];
  /** @param options - The properties. */
  constructor(options?: ControlOptions<Shadow>);
  /** Flet's positional form: `(path, color, elevation, transparentOccluder, options)`. */
  constructor(
    path?: PathElement[],
    color?: ColorValue,
    elevation?: number,
    transparentOccluder?: boolean,
    options?: ControlOptions<Shadow>,
  );
  constructor(...args: unknown[]) {
    super(
      positional<ControlOptions<Shadow>>(
        ["path", "color", "elevation", "transparentOccluder"],
        args,
      ),
    );
  }
  /** The outline that casts the shadow. */
  @prop("json") accessor path: PathElement[] | undefined;
  /** The shadow's colour. Default black. */
  @prop("string") accessor color: ColorValue | undefined;
  /** How high the outline floats: the higher, the softer and further the shadow. Default 0. */
  @prop("number") accessor elevation: number | undefined;
  /**
   * Whether the outline's own area may be transparent (the shadow then shows under it
   * too). Default `false`: the shadow is drawn only outside the outline.
   */
  @prop({ kind: "boolean", default: false }) accessor transparentOccluder: boolean | undefined;
}
