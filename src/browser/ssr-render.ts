/**
 * The server-rendered first view, drawn by the browser renderers themselves. This module
 * is bundled on its own (`src/server/ssr/ssr-bundle.ts`) with every pack's browser entry
 * and run on the server in a DOM emulation (happy-dom); it is never part of the client
 * bundle. The same {@link DomRuntime} and renderers that draw a welcome snapshot in the
 * browser draw it here, so the HTML is the DOM the client builds from it. Lazy renderers
 * (`defineLazyRenderer`) are loaded first; the client swaps its page in only once it has
 * loaded them too, so the swap never trades a drawn control for a placeholder.
 * @internal
 * @module
 */
import { PAGE_ID, type WireTree } from "../protocol/wire.js";
import { DomRuntime } from "./dom-runtime.js";
import { isLazyPending, loadRenderer } from "./renderer.js";
import { adoptedCss } from "./ssr-prelude.js";
import { isDark, paletteOf, themeCss, themeSeed } from "./theme.js";

/** A view rendered to HTML. @internal */
export interface RenderedView {
  /** The page element's outer HTML. */
  html: string;
  /** The theme's CSS custom properties (both schemes when the page follows the system). */
  themeCss: string;
  /** The styles packs adopt at run time (`adoptedStyleSheets`), as CSS text. */
  css: string;
  /** The page title, when the app set one. */
  title: string | undefined;
  /** Renderer errors, as `id: message` (the control shows an error box, as in the browser). */
  errors: string[];
}

/** Event-loop turns a render waits for renderers that finish asynchronously. */
const SETTLE_TURNS = 3;

async function schemeCss(theme: unknown, dark: boolean): Promise<string> {
  return themeCss(theme, dark, await paletteOf(themeSeed(theme), dark));
}

/** The theme CSS of the page props: fixed light or dark, or both by `prefers-color-scheme`. */
async function pageThemeCss(props: Readonly<Record<string, unknown>>): Promise<string> {
  const { themeMode, theme, darkTheme } = props;
  const light = await schemeCss(theme, false);
  const dark = await schemeCss(darkTheme ?? theme, true);
  if (isDark(themeMode, false) === isDark(themeMode, true))
    return isDark(themeMode, false) ? dark : light;
  return `${light}@media (prefers-color-scheme: dark){${dark}}`;
}

/**
 * Renders the tree of a welcome snapshot to HTML with the registered renderers (events
 * are not wired: the browser builds its own live DOM and swaps it in).
 * @internal
 */
export async function renderView(tree: WireTree): Promise<RenderedView> {
  const errors: string[] = [];
  // Lazy renderers the page uses are drawn in full: the client shows the server's page
  // until it has loaded them too. One that cannot load here stays a placeholder.
  const lazy = new Set(Object.values(tree).map((node) => node[0]));
  await Promise.allSettled([...lazy].filter(isLazyPending).map((type) => loadRenderer(type)));
  const page = tree[PAGE_ID];
  const props = page?.[1] ?? {};
  const runtime = new DomRuntime(
    {
      node: (id) => tree[id],
      send() {},
      platform: String(props.platform ?? "linux"),
      dark: isDark(props.themeMode, false),
      failed: (error, id) => errors.push(`${id}: ${(error as Error)?.message ?? String(error)}`),
    },
    // Nothing waits for a frame here: the first render is made at once, in full.
    () => 0,
  );
  const element = runtime.element(PAGE_ID);
  runtime.flush();
  // Renderers that finish asynchronously (Markdown parses after its parser's module
  // arrives, which here is a resolved promise) get a few turns of the event loop.
  for (let turn = 0; turn < SETTLE_TURNS; turn++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    runtime.flush();
  }
  // The client swaps its own live page in for the element so marked.
  element?.setAttribute("data-flet-ssr", "");
  return {
    html: element?.outerHTML ?? "",
    themeCss: await pageThemeCss(props),
    css: adoptedCss(),
    title: typeof props.title === "string" ? props.title : undefined,
    errors,
  };
}
