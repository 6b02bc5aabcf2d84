import { DEFAULT_SEED, defaultPalette, type Palette } from "./default-palette.js";

/** A page theme as the client reads it (see `ft.Theme`). */
interface ThemeProps {
  colorSchemeSeed?: unknown;
  colorScheme?: unknown;
  fontFamily?: unknown;
}

/** True when `themeMode` with the system's preference `systemDark` shows the dark theme. */
export function isDark(themeMode: unknown, systemDark: boolean): boolean {
  return themeMode === "dark" || (themeMode !== "light" && systemDark);
}

/**
 * Turns a palette into CSS custom property declarations (`--md-sys-color-primary: #...;`),
 * the names Material Web components read.
 */
export function paletteCss(palette: Palette): string {
  let css = "";
  for (const [role, hex] of Object.entries(palette)) css += `--md-sys-color-${role}:${hex};`;
  return css;
}

/**
 * Normalizes a theme's colour role name (`onPrimary`, `onprimary`, `on_primary`) to the
 * CSS name (`on-primary`).
 */
export function roleName(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .replaceAll("_", "-")
    .toLowerCase();
}

function propsOf(theme: unknown): ThemeProps {
  return (theme !== null && typeof theme === "object" ? theme : {}) as ThemeProps;
}

/** The seed colour a theme names (`colorSchemeSeed`), else {@link DEFAULT_SEED}. */
export function themeSeed(theme: unknown): string {
  const seed = propsOf(theme).colorSchemeSeed;
  return typeof seed === "string" ? seed : DEFAULT_SEED;
}

const cache = new Map<string, Palette>();
let library: Promise<typeof import("./palette.js")> | undefined;

/**
 * The Material 3 palette of a seed: at once for the default seed (precomputed) and for a
 * seed derived before; otherwise a promise, as the colour library loads in a lazy chunk
 * (once; a failed load is tried again on the next call).
 *
 * @example
 * ```ts
 * const palette = paletteOf("green", true);
 * const css = themeCss(theme, true, palette instanceof Promise ? await palette : palette);
 * ```
 */
export function paletteOf(seed: string, dark: boolean): Palette | Promise<Palette> {
  if (seed.trim().toLowerCase() === DEFAULT_SEED) return defaultPalette(dark);
  const key = `${seed}|${dark}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  library ??= import("./palette.js").catch((error: unknown) => {
    library = undefined;
    throw error;
  });
  return library.then(({ derivePalette }) => {
    const palette = derivePalette(seed, dark);
    cache.set(key, palette);
    return palette;
  });
}

/**
 * The CSS custom properties of a theme: its Material 3 palette (see {@link paletteOf}),
 * explicit `colorScheme` roles on top, and the font family.
 *
 * @example
 * ```ts
 * themeCss({ fontFamily: "Kanit" }, true, defaultPalette(true)); // ":root{color-scheme:dark;--md-sys-color-primary:#...;...}"
 * ```
 */
export function themeCss(theme: unknown, dark: boolean, palette: Palette): string {
  const props = propsOf(theme);
  const roles = { ...palette };
  if (props.colorScheme !== null && typeof props.colorScheme === "object") {
    for (const [name, value] of Object.entries(props.colorScheme as Record<string, unknown>)) {
      if (typeof value === "string") roles[roleName(name)] = value;
    }
  }
  let css = `color-scheme:${dark ? "dark" : "light"};${paletteCss(roles)}`;
  if (typeof props.fontFamily === "string") {
    css += `--flet-font-family:${JSON.stringify(props.fontFamily)},Roboto,system-ui;`;
  }
  return `:root{${css}}`;
}
