/**
 * How the core names the page without importing it.
 *
 * `control.page` returns the session's `Page`, but `Page` lives in the page layer, above
 * the core. Rather than import it upward, the core declares an empty registry here and
 * `src/page/page.ts` adds itself to it by declaration merging (the "register" pattern of
 * TanStack Router and Vue's component types). The types are erased: nothing is imported
 * at run time in either direction.
 *
 * @module
 */
import type { Control } from "./control.js";

/**
 * Filled in by `src/page/page.ts` with `{ page: Page }`. Apps never touch it.
 *
 * @example
 * ```ts
 * declare module "../core/page-type.js" {
 *   interface PageTypeRegistry {
 *     page: Page;
 *   }
 * }
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by declaration merging
export interface PageTypeRegistry {}

/** The type of `control.page`: the registered `Page`, or `Control` before it is registered. */
export type PageOf = PageTypeRegistry extends { page: infer TPage } ? TPage : Control;
