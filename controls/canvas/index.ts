/**
 * The canvas shapes, exported from `flet-ts` as the `cv` namespace (as Flet's
 * `import flet.canvas as cv`): `new ft.cv.Circle({...})`, `new ft.cv.Path.MoveTo(0, 0)`.
 * @module
 */

export { Path, Shadow } from "./path.js";
export {
  ArcTo as PathArcTo,
  Close as PathClose,
  CubicTo as PathCubicTo,
  LineTo as PathLineTo,
  MoveTo as PathMoveTo,
  PathArc,
  type PathElement,
  PathOval,
  PathRect,
  QuadraticTo as PathQuadraticTo,
  SubPath as PathSubPath,
} from "./path-elements.js";
export { Shape } from "./shape.js";
export { Arc, Circle, Color, Fill, Line, Oval, PointMode, Points, Rect } from "./shapes.js";
export { Text } from "./text.js";
