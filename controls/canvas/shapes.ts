/**
 * The simple canvas shapes: Arc, Circle, Color, Fill, Line, Oval, Points, Rect (Flet's
 * `flet.canvas` module).
 * @module
 */
import { type ControlOptions, control, enumValues, prop, withPrimary } from "flet-ts/pack";
import type { BorderRadiusValue } from "../types/border-radius.js";
import type { ColorValue } from "../types/colors.js";
import { BlendMode } from "../types/image.js";
import { positional } from "./finite.js";
import type { CanvasOffset, Paint } from "./paint.js";
import { Shape } from "./shape.js";

/** How {@link Points} draws its points (Flutter's `PointMode`). Default `points`. */
export const PointMode = {
  /** Each point as a dot (a round dot with a `round` stroke cap, else a square). */
  POINTS: "points",
  /** Each pair of points as a separate line segment. */
  LINES: "lines",
  /** One polyline through all the points. */
  POLYGON: "polygon",
} as const;
/** One of {@link PointMode}. */
export type PointMode = (typeof PointMode)[keyof typeof PointMode];

/**
 * A line from (x1, y1) to (x2, y2), always stroked with its paint (Flet's `cv.Line`);
 * `paint.strokeDashPattern` dashes it.
 *
 * @example
 * ```ts
 * new ft.cv.Line({ x1: 0, y1: 0, x2: 100, y2: 100, paint: { strokeWidth: 3, color: ft.colors.RED } });
 * ```
 */
@control("cv.line")
export class Line extends Shape {
  protected readonly finiteProps = ["x1", "y1", "x2", "y2"];
  /** @param options - The properties. */
  constructor(options?: ControlOptions<Line>);
  /** Flet"s positional form: `(x1, y1, x2, y2, paint, options)`. */
  constructor(
    x1?: number,
    y1?: number,
    x2?: number,
    y2?: number,
    paint?: Paint,
    options?: ControlOptions<Line>,
  );
  constructor(...args: unknown[]) {
    super(positional<ControlOptions<Line>>(["x1", "y1", "x2", "y2", "paint"], args));
  }
  /** Start x. Default 0. */
  @prop("number") accessor x1: number | undefined;
  /** Start y. Default 0. */
  @prop("number") accessor y1: number | undefined;
  /** End x. Default 0. */
  @prop("number") accessor x2: number | undefined;
  /** End y. Default 0. */
  @prop("number") accessor y2: number | undefined;
  /** How the line is drawn (always as a stroke). */
  @prop("json") accessor paint: Paint | undefined;
}

/**
 * A circle centred on (x, y) (Flet's `cv.Circle`): filled by default, outlined with
 * `paint.style: "stroke"`.
 *
 * @example
 * ```ts
 * new ft.cv.Circle({ x: 50, y: 50, radius: 40, paint: { color: ft.colors.GREEN } });
 * ```
 */
@control("cv.circle")
export class Circle extends Shape {
  protected readonly finiteProps = ["x", "y", "radius"];
  /** @param options - The properties. */
  constructor(options?: ControlOptions<Circle>);
  /** Flet"s positional form: `(x, y, radius, paint, options)`. */
  constructor(
    x?: number,
    y?: number,
    radius?: number,
    paint?: Paint,
    options?: ControlOptions<Circle>,
  );
  constructor(...args: unknown[]) {
    super(positional<ControlOptions<Circle>>(["x", "y", "radius", "paint"], args));
  }
  /** Centre x. Default 0. */
  @prop("number") accessor x: number | undefined;
  /** Centre y. Default 0. */
  @prop("number") accessor y: number | undefined;
  /** The radius. Default 0. */
  @prop("number") accessor radius: number | undefined;
  /** How the circle is drawn. */
  @prop("json") accessor paint: Paint | undefined;
}

/**
 * An oval filling the box (x, y, width, height) (Flet's `cv.Oval`).
 *
 * @example
 * ```ts
 * new ft.cv.Oval({ x: 10, y: 10, width: 120, height: 60, paint: { color: ft.colors.AMBER } });
 * ```
 */
@control("cv.oval")
export class Oval extends Shape {
  protected readonly finiteProps = ["x", "y", "width", "height"];
  /** @param options - The properties. */
  constructor(options?: ControlOptions<Oval>);
  /** Flet"s positional form: `(x, y, width, height, paint, options)`. */
  constructor(
    x?: number,
    y?: number,
    width?: number,
    height?: number,
    paint?: Paint,
    options?: ControlOptions<Oval>,
  );
  constructor(...args: unknown[]) {
    super(positional<ControlOptions<Oval>>(["x", "y", "width", "height", "paint"], args));
  }
  /** Left edge of the box. Default 0. */
  @prop("number") accessor x: number | undefined;
  /** Top edge of the box. Default 0. */
  @prop("number") accessor y: number | undefined;
  /** Width of the box. Default 0. */
  @prop("number") accessor width: number | undefined;
  /** Height of the box. Default 0. */
  @prop("number") accessor height: number | undefined;
  /** How the oval is drawn. */
  @prop("json") accessor paint: Paint | undefined;
}

/**
 * An arc of the oval in the box (x, y, width, height) (Flet's `cv.Arc`), from
 * `startAngle` through `sweepAngle` (radians, clockwise from the positive x axis); with
 * `useCenter` a pie slice.
 *
 * @example
 * ```ts
 * new ft.cv.Arc({ x: 0, y: 0, width: 100, height: 100, startAngle: 0, sweepAngle: Math.PI / 2, useCenter: true });
 * ```
 */
@control("cv.arc")
export class Arc extends Shape {
  protected readonly finiteProps = ["x", "y", "width", "height", "startAngle", "sweepAngle"];
  /** @param options - The properties. */
  constructor(options?: ControlOptions<Arc>);
  /** Flet"s positional form: `(x, y, width, height, startAngle, sweepAngle, useCenter, paint, options)`. */
  constructor(
    x?: number,
    y?: number,
    width?: number,
    height?: number,
    startAngle?: number,
    sweepAngle?: number,
    useCenter?: boolean,
    paint?: Paint,
    options?: ControlOptions<Arc>,
  );
  constructor(...args: unknown[]) {
    super(
      positional<ControlOptions<Arc>>(
        ["x", "y", "width", "height", "startAngle", "sweepAngle", "useCenter", "paint"],
        args,
      ),
    );
  }
  /** Left edge of the oval's box. Default 0. */
  @prop("number") accessor x: number | undefined;
  /** Top edge of the oval's box. Default 0. */
  @prop("number") accessor y: number | undefined;
  /** Width of the oval's box. Default 0. */
  @prop("number") accessor width: number | undefined;
  /** Height of the oval's box. Default 0. */
  @prop("number") accessor height: number | undefined;
  /** Where the arc starts, radians clockwise from the positive x axis. Default 0. */
  @prop("number") accessor startAngle: number | undefined;
  /** How far it goes, radians (negative: anticlockwise). Default 0. */
  @prop("number") accessor sweepAngle: number | undefined;
  /** Close the arc through the oval's centre (a pie slice). Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor useCenter: boolean | undefined;
  /** How the arc is drawn. */
  @prop("json") accessor paint: Paint | undefined;
}

/**
 * A rectangle (x, y, width, height), corners optionally rounded (Flet's `cv.Rect`).
 *
 * @example
 * ```ts
 * new ft.cv.Rect({ x: 10, y: 10, width: 80, height: 40, borderRadius: 8, paint: { color: ft.colors.BLUE } });
 * ```
 */
@control("cv.rect")
export class Rect extends Shape {
  protected readonly finiteProps = ["x", "y", "width", "height", "borderRadius"];
  /** @param options - The properties. */
  constructor(options?: ControlOptions<Rect>);
  /** Flet"s positional form: `(x, y, width, height, borderRadius, paint, options)`. */
  constructor(
    x?: number,
    y?: number,
    width?: number,
    height?: number,
    borderRadius?: BorderRadiusValue,
    paint?: Paint,
    options?: ControlOptions<Rect>,
  );
  constructor(...args: unknown[]) {
    super(
      positional<ControlOptions<Rect>>(
        ["x", "y", "width", "height", "borderRadius", "paint"],
        args,
      ),
    );
  }
  /** Left edge. Default 0. */
  @prop("number") accessor x: number | undefined;
  /** Top edge. Default 0. */
  @prop("number") accessor y: number | undefined;
  /** Width. Default 0. */
  @prop("number") accessor width: number | undefined;
  /** Height. Default 0. */
  @prop("number") accessor height: number | undefined;
  /** Corner radii. Default square corners. */
  @prop("json") accessor borderRadius: BorderRadiusValue | undefined;
  /** How the rectangle is drawn. */
  @prop("json") accessor paint: Paint | undefined;
}

/**
 * Points, separate segments or a polyline (Flet's `cv.Points`), by `pointMode`.
 *
 * @example
 * ```ts
 * new ft.cv.Points({ points: [[0, 0], [50, 80], [100, 0]], pointMode: ft.cv.PointMode.POLYGON, paint: { strokeWidth: 2 } });
 * ```
 */
@control("cv.points")
export class Points extends Shape {
  protected readonly finiteProps = ["points"];
  /** @param options - The properties. */
  constructor(options?: ControlOptions<Points>);
  /** Flet"s positional form: `(points, pointMode, paint, options)`. */
  constructor(
    points?: CanvasOffset[],
    pointMode?: PointMode,
    paint?: Paint,
    options?: ControlOptions<Points>,
  );
  constructor(...args: unknown[]) {
    super(positional<ControlOptions<Points>>(["points", "pointMode", "paint"], args));
  }
  /** The points, `[x, y]` or `{ x, y }`. */
  @prop("json") accessor points: CanvasOffset[] | undefined;
  /** How the points are joined. Default `points`. */
  @prop({ kind: "enum", values: enumValues(PointMode) }) accessor pointMode: PointMode | undefined;
  /** How the points are drawn (always stroked; `strokeWidth` is the dot size). */
  @prop("json") accessor paint: Paint | undefined;
}

/**
 * Fills the whole canvas with a paint (Flet's `cv.Fill`): a colour or a gradient.
 *
 * @example
 * ```ts
 * new ft.cv.Fill({ paint: { gradient: { type: "linear", begin: [0, 0], end: [200, 0], colors: ["red", "blue"] } } });
 * ```
 */
@control("cv.fill")
export class Fill extends Shape {
  protected readonly finiteProps = [];
  /** @param options - The properties, or the paint. */
  constructor(options?: ControlOptions<Fill>) {
    super(options);
  }
  /** What the canvas is filled with. Default opaque black. */
  @prop("json") accessor paint: Paint | undefined;
}

/**
 * Paints the whole canvas with one colour, blended onto what is drawn (Flet's `cv.Color`).
 *
 * @example
 * ```ts
 * new ft.cv.Color(ft.colors.withOpacity(0.2, ft.colors.BLUE), { blendMode: ft.BlendMode.MULTIPLY });
 * ```
 */
@control("cv.color")
export class Color extends Shape {
  protected readonly finiteProps = [];
  /**
   * @param color - The colour, or the options.
   * @param options - Other properties.
   */
  constructor(color?: ColorValue | ControlOptions<Color>, options?: ControlOptions<Color>) {
    super(withPrimary("color", color, options));
  }
  /** The colour. Default opaque black. */
  @prop("string") accessor color: ColorValue | undefined;
  /** How it is blended. Default `srcOver`. */
  @prop({ kind: "enum", values: enumValues(BlendMode) }) accessor blendMode: BlendMode | undefined;
}
