/**
 * The elements of a canvas {@link Path} (and of a {@link Shadow}'s outline): Flet's
 * `Path.MoveTo`, `Path.LineTo`... as small data classes, reached as `cv.Path.MoveTo`.
 * Coordinates are logical pixels from the canvas's top-left corner; angles are radians,
 * clockwise from the positive x axis.
 * @module
 */
import type { BorderRadiusValue } from "../types/border-radius.js";

/** Starts a new sub-path at (x, y). */
export class MoveTo {
  readonly type = "moveto";
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

/** A straight line from the current point to (x, y). */
export class LineTo {
  readonly type = "lineto";
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

/**
 * A curve to (x, y) bent towards the control point (cp1x, cp1y): with weight `w` 1 (the
 * default) a quadratic Bézier; other weights make Flutter's conic section.
 */
export class QuadraticTo {
  readonly type = "conicto";
  constructor(
    readonly cp1x: number,
    readonly cp1y: number,
    readonly x: number,
    readonly y: number,
    readonly w = 1,
  ) {}
}

/** A cubic Bézier curve to (x, y) with two control points. */
export class CubicTo {
  readonly type = "cubicto";
  constructor(
    readonly cp1x: number,
    readonly cp1y: number,
    readonly cp2x: number,
    readonly cp2y: number,
    readonly x: number,
    readonly y: number,
  ) {}
}

/** Another path's elements, added moved by (x, y). */
export class SubPath {
  readonly type = "subpath";
  constructor(
    readonly elements: PathElement[],
    readonly x: number,
    readonly y: number,
  ) {}
}

/** A new sub-path: the arc of the oval in the box (x, y, width, height). */
export class PathArc {
  readonly type = "arc";
  constructor(
    readonly x: number,
    readonly y: number,
    readonly width: number,
    readonly height: number,
    readonly startAngle: number,
    readonly sweepAngle: number,
  ) {}
}

/**
 * An elliptical arc from the current point to (x, y) (Flutter's `arcToPoint`): `radius`
 * 0 (the default) draws a straight line; `rotation` turns the ellipse (degrees, as SVG).
 */
export class ArcTo {
  readonly type = "arcto";
  constructor(
    readonly x: number,
    readonly y: number,
    readonly radius = 0,
    readonly rotation = 0,
    readonly largeArc = false,
    readonly clockwise = true,
  ) {}
}

/** A new closed sub-path: the oval in the box (x, y, width, height). */
export class PathOval {
  readonly type = "oval";
  constructor(
    readonly x: number,
    readonly y: number,
    readonly width: number,
    readonly height: number,
  ) {}
}

/** A new closed sub-path: the rectangle (x, y, width, height), corners rounded by `borderRadius`. */
export class PathRect {
  readonly type = "rect";
  constructor(
    readonly x: number,
    readonly y: number,
    readonly width: number,
    readonly height: number,
    readonly borderRadius?: BorderRadiusValue,
  ) {}
}

/** Closes the current sub-path with a line to its start. */
export class Close {
  readonly type = "close";
}

/** One element of a path. */
export type PathElement =
  | MoveTo
  | LineTo
  | QuadraticTo
  | CubicTo
  | SubPath
  | PathArc
  | ArcTo
  | PathOval
  | PathRect
  | Close;
