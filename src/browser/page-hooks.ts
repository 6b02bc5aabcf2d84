/**
 * Page listeners for packs: a pack that reacts to page props (the semantics pack's
 * `showSemanticsDebugger`) registers one with {@link onPageChange}; the page controller
 * calls them after every render of the page.
 * @module
 */

/**
 * Gets the page's props and the names that changed in this render.
 *
 * @example
 * ```ts
 * const listener: PageListener = (props, changed) => console.log([...changed], props.title);
 * ```
 */
export type PageListener = (
  props: Readonly<Record<string, unknown>>,
  changed: ReadonlySet<string>,
) => void;

const listeners = new Set<PageListener>();

/**
 * Calls `listener` after every render of the page. Returns a function that removes it.
 *
 * @example
 * ```ts
 * onPageChange((props, changed) => {
 *   if (changed.has("showSemanticsDebugger")) toggle(props.showSemanticsDebugger === true);
 * });
 * ```
 */
export function onPageChange(listener: PageListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Runs the listeners (the page controller does). A failing listener does not stop others.
 * @internal
 * @example
 * ```ts
 * notifyPageChange(pageProps, new Set(["showSemanticsDebugger"]));
 * ```
 */
export function notifyPageChange(
  props: Readonly<Record<string, unknown>>,
  changed: ReadonlySet<string>,
): void {
  for (const listener of listeners) {
    try {
      listener(props, changed);
    } catch (error) {
      console.error("flet-ts: a page listener failed", error);
    }
  }
}

let popper: (() => boolean) | undefined;

/**
 * Goes back from the top view, as the browser's back button does: the server gets
 * `page.onViewPop` with the top view. Returns false (and does nothing) while only one
 * view is stacked. An app bar's automatic back button calls it.
 *
 * @example
 * ```ts
 * backButton.addEventListener("click", () => popView());
 * ```
 */
export function popView(): boolean {
  return popper?.() ?? false;
}

/**
 * Installs what {@link popView} does (the page controller does). @internal
 * @example
 * ```ts
 * setViewPopper(() => routes.popView());
 * ```
 */
export function setViewPopper(pop: () => boolean): void {
  popper = pop;
}
