/**
 * Lazy loading of the Material Web components. A renderer creates its `md-*` element at
 * once (the browser upgrades it when the definition arrives; Lit keeps properties set
 * before that) and asks for its group here, so a page without buttons never downloads
 * them. With esbuild's `splitting`, each group is its own chunk and Lit a shared one.
 * @module
 */

const GROUPS = {
  button: () => import("./mwc/button.js"),
  field: () => import("./mwc/field.js"),
  select: () => import("./mwc/select.js"),
  toggle: () => import("./mwc/toggle.js"),
  slider: () => import("./mwc/slider.js"),
  progress: () => import("./mwc/progress.js"),
  tabs: () => import("./mwc/tabs.js"),
  ripple: () => import("./mwc/ripple.js"),
  // Not components: Markdown's parser and its code highlighter (see markdown.ts).
  markdown: () => import("./markdown-dom.js"),
  highlight: () => import("./markdown-highlight.js"),
};

/** A group of Material Web components that load together. */
export type ComponentGroup = keyof typeof GROUPS;

const pending = new Map<ComponentGroup, Promise<unknown>>();

/**
 * Starts loading a group of components (once) and returns the promise of it.
 *
 * @example
 * ```ts
 * need("button");
 * const button = document.createElement("md-filled-button");
 * ```
 */
export function need(group: ComponentGroup): Promise<unknown> {
  let promise = pending.get(group);
  if (!promise) {
    promise = GROUPS[group]().catch((error: unknown) => {
      pending.delete(group);
      console.error(`flet-ts: could not load the Material components "${group}"`, error);
    });
    pending.set(group, promise);
  }
  return promise;
}

/** Resolves when every group asked for so far has loaded (tests and screenshots wait on it). */
export function componentsReady(): Promise<unknown> {
  return Promise.all(pending.values());
}
