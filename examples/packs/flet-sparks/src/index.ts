/**
 * `flet-sparks`: an example flet-ts control pack. The server entry: import the classes
 * you use (importing registers them).
 *
 * @example
 * ```ts
 * import * as ft from "flet-ts";
 * import { Sparkline, StarRating } from "flet-sparks";
 *
 * await ft.app((page) => page.add(new StarRating({ label: "Rate us" }), new Sparkline([1, 5, 3])));
 * ```
 * @module
 */
export { PACK_INFO } from "./pack-info.js";
export { Sparkline, SparklineClickEvent, SparklineCurve } from "./sparkline.js";
export { StarHoverEvent, StarIcon, StarRating } from "./star-rating.js";
