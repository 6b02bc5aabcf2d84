/**
 * The semantics pack: {@link Semantics}, {@link MergeSemantics} and
 * {@link SemanticsService}, built only on `flet-ts/pack`, with its own entry
 * `flet-ts/semantics`, and re-exported by `flet-ts`. The browser half
 * (`flet-ts/semantics/browser`) maps them to ARIA and live regions.
 * @module
 */
export { MergeSemantics } from "./merge-semantics.js";
export { Semantics } from "./semantics.js";
export { type AnnounceOptions, Assertiveness, SemanticsService } from "./semantics-service.js";
