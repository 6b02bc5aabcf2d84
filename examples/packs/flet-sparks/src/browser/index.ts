/**
 * The browser entry of `flet-sparks` (the `"flet-ts".browser` field of package.json):
 * registers the renderers of `sparks.starrating` and `sparks.sparkline` and adds the
 * pack's stylesheet. The flet-ts server bundles it into the client by itself when the
 * app's package.json lists the pack.
 *
 * @example
 * ```ts
 * import "flet-sparks/browser";
 * ```
 * @module
 */
import { defineRenderer } from "flet-ts/browser";
import { sparklineRenderer } from "./sparkline.js";
import { starRatingRenderer } from "./star-rating.js";
import { installStyles } from "./styles.js";

export { sparklineRenderer } from "./sparkline.js";
export { starRatingRenderer } from "./star-rating.js";
export { formatValue, nextValue, starCount, summarize, valuesOf, valueText } from "./values.js";

installStyles();
defineRenderer("sparks.starrating", starRatingRenderer);
defineRenderer("sparks.sparkline", sparklineRenderer);
