/**
 * `flet-ts/browser`: the browser side of flet-ts. Pack authors register renderers with
 * {@link defineRenderer} and use the helpers here; the client bundle calls
 * {@link startClient} once every pack's renderers are registered.
 *
 * @example
 * ```ts
 * import { cssColor, defineRenderer } from "flet-ts/browser";
 *
 * defineRenderer("acme.badge", {
 *   create: () => document.createElement("span"),
 *   update(element, ctx) {
 *     element.textContent = String(ctx.props.label ?? "");
 *     element.style.background = cssColor(ctx.props.bgcolor) ?? "";
 *   },
 * });
 * ```
 * @module
 */
import "./page-renderers.js";
import { BROWSER_CONFIG_GLOBAL, type BrowserConfig } from "../protocol/browser-config.js";

export type { BrowserConfig };

import { PROTOCOL_VERSION } from "../protocol/messages.js";
import { BrowserClient } from "./client.js";

export { BrowserClient } from "./client.js";
export { cssColor, roleVariable } from "./colors.js";
export {
  applyCommonProps,
  BREAKPOINTS,
  COMMON_PROPS,
  type CommonPropsOptions,
  focusable,
  isDisabled,
  spansOf,
  transformCss,
  transitionOf,
} from "./common-props.js";
export { DRAWN, reportDrawn } from "./drawn.js";
export { fills, linesChildren, passesConstraints } from "./fill.js";
export { focusControlElement } from "./focus.js";
export {
  ICON_FONTS,
  type IconFamily,
  iconGlyph,
  iconGlyphOf,
  iconsReady,
  setIconFontBase,
} from "./icons.js";
export { cssCrossAxis, cssMainAxis, cssSides, h, placeChildren, syncValue } from "./layout.js";
export { openUrl } from "./open-url.js";
export { onPageChange, type PageListener, popView } from "./page-hooks.js";
export {
  defineLazyRenderer,
  defineRenderer,
  loadRenderer,
  type RenderContext,
  type Renderer,
  renderedTypes,
  rendererOf,
} from "./renderer.js";
export { createScaffold, type ScaffoldOptions, updateScaffold } from "./scaffold.js";
export { sendScrollEvents } from "./scroll-events.js";
export { applySubtreeTheme } from "./subtree-theme.js";
export { swatchColor } from "./swatches.js";

/** Settings used for anything `window.__FLET__` leaves out. */
export const DEFAULT_BROWSER_CONFIG: BrowserConfig = {
  appPath: "/",
  wsPath: "/ws",
  oauthCallbackPath: "/oauth_callback",
  routeUrlStrategy: "path",
  renderer: "html",
  useColorEmoji: false,
  dev: false,
  protocolVersion: PROTOCOL_VERSION,
  packs: {},
  hotReload: false,
  appName: "Flet",
};

/**
 * Starts the client in this page: reads `window.__FLET__` (or `config`), connects, and
 * renders into `#flet-root` (or the body). Call it after registering renderers.
 *
 * @example
 * ```ts
 * import "acme-pack/browser";
 * startClient();
 * ```
 */
export function startClient(config?: Partial<BrowserConfig>): BrowserClient {
  const global = (window as unknown as Record<string, Partial<BrowserConfig> | undefined>)[
    BROWSER_CONFIG_GLOBAL
  ];
  const merged: BrowserConfig = { ...DEFAULT_BROWSER_CONFIG, ...global, ...config };
  const mount = document.getElementById("flet-root") ?? document.body;
  const client = new BrowserClient(merged, mount);
  (window as unknown as { __fletClient?: BrowserClient }).__fletClient = client;
  return client;
}
