/** The prefix (under the app path) of the client's own static files. */
export const STATIC_PREFIX = "_flet/";

/**
 * The font stylesheets the client links, relative to the app path. Shared by the browser
 * (which links them) and `static-files.ts` (which tells the server where they are).
 */
export const FONT_STYLESHEETS = {
  /** Roboto, the Material font, in the weights Material 3 uses. */
  roboto: [
    "_flet/fonts/roboto-400.css",
    "_flet/fonts/roboto-500.css",
    "_flet/fonts/roboto-700.css",
  ],
  /** The Material Symbols icon font (`.material-symbols-outlined`). */
  icons: ["_flet/fonts/material-symbols-outlined.css"],
  /** The colour emoji font, only when `FLET_WEB_USE_COLOR_EMOJI` is on. */
  emoji: ["_flet/fonts/noto-color-emoji.css"],
} as const;
