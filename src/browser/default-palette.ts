/**
 * The Material 3 palettes of the default seed, precomputed, so that a page without a
 * `colorSchemeSeed` shows its colours at once without loading the colour library
 * (`@material/material-color-utilities`, about 20 KB gzipped), which `palette.ts` brings in
 * a lazy chunk for other seeds. `test/browser/palette.test.ts` checks these rows against
 * `derivePalette(DEFAULT_SEED, dark)`, so they cannot drift from the library.
 * @module
 */

/** Colour roles by CSS name (`primary`, `on-primary`, `surface-container-high`, ...) → `#rrggbb`. */
export type Palette = Record<string, string>;

/** The seed Flet uses when a theme names none (Material's default purple). */
export const DEFAULT_SEED = "#6750a4";

/** Role, light tone and dark tone (`rrggbb`) of the {@link DEFAULT_SEED} scheme. */
const ROWS: readonly (readonly [role: string, light: string, dark: string])[] = [
  ["background", "fdf7ff", "141218"],
  ["on-background", "1d1b20", "e6e0e9"],
  ["surface", "fdf7ff", "141218"],
  ["surface-bright", "fdf7ff", "3b383e"],
  ["surface-container-lowest", "ffffff", "0f0d13"],
  ["surface-container-low", "f8f2fa", "1d1b20"],
  ["surface-container", "f2ecf4", "211f24"],
  ["surface-container-high", "ece6ee", "2b292f"],
  ["surface-container-highest", "e6e0e9", "36343a"],
  ["on-surface", "1d1b20", "e6e0e9"],
  ["on-surface-variant", "49454e", "cac4cf"],
  ["outline", "7a757f", "948f99"],
  ["outline-variant", "cac4cf", "49454e"],
  ["inverse-surface", "322f35", "e6e0e9"],
  ["inverse-on-surface", "f5eff7", "322f35"],
  ["primary", "65558f", "cfbdfe"],
  ["on-primary", "ffffff", "36275d"],
  ["primary-container", "e9ddff", "4d3d75"],
  ["on-primary-container", "4d3d75", "e9ddff"],
  ["primary-fixed", "e9ddff", "e9ddff"],
  ["on-primary-fixed", "201047", "201047"],
  ["on-primary-fixed-variant", "4d3d75", "4d3d75"],
  ["inverse-primary", "cfbdfe", "65558f"],
  ["secondary", "625b71", "cbc2db"],
  ["on-secondary", "ffffff", "332d41"],
  ["secondary-container", "e8def8", "4a4458"],
  ["on-secondary-container", "4a4458", "e8def8"],
  ["secondary-fixed", "e8def8", "e8def8"],
  ["on-secondary-fixed", "1e192b", "1e192b"],
  ["on-secondary-fixed-variant", "4a4458", "4a4458"],
  ["tertiary", "7e5260", "efb8c8"],
  ["on-tertiary", "ffffff", "4a2532"],
  ["tertiary-container", "ffd9e3", "633b48"],
  ["on-tertiary-container", "633b48", "ffd9e3"],
  ["tertiary-fixed", "ffd9e3", "ffd9e3"],
  ["on-tertiary-fixed", "31101d", "31101d"],
  ["on-tertiary-fixed-variant", "633b48", "633b48"],
  ["error", "ba1a1a", "ffb4ab"],
  ["on-error", "ffffff", "690005"],
  ["error-container", "ffdad6", "93000a"],
  ["on-error-container", "93000a", "ffdad6"],
  ["surface-variant", "e6e0e9", "36343a"],
];

const palettes = [false, true].map(
  (dark): Palette => Object.fromEntries(ROWS.map((row) => [row[0], `#${row[dark ? 2 : 1]}`])),
);

/**
 * The palette of {@link DEFAULT_SEED}, light or dark (a fresh copy each call).
 *
 * @example
 * ```ts
 * defaultPalette(false).primary; // "#65558f"
 * ```
 */
export function defaultPalette(dark: boolean): Palette {
  return { ...palettes[dark ? 1 : 0]! };
}
