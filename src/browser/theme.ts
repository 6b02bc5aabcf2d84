import { DEFAULT_SEED, derivePalette, type Palette, paletteCss, roleName } from "./palette.js";

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

const cache = new Map<string, Palette>();

/**
 * The CSS custom properties of a theme: its Material 3 palette from `colorSchemeSeed`
 * (light or dark), explicit `colorScheme` roles on top, and the font family.
 *
 * @example
 * ```ts
 * themeCss({ colorSchemeSeed: "green" }, true); // ":root{color-scheme:dark;--md-sys-color-primary:#...;...}"
 * ```
 */
export function themeCss(theme: unknown, dark: boolean): string {
  const props = (theme !== null && typeof theme === "object" ? theme : {}) as ThemeProps;
  const seed = typeof props.colorSchemeSeed === "string" ? props.colorSchemeSeed : DEFAULT_SEED;
  const key = `${seed}|${dark}`;
  let palette = cache.get(key);
  if (palette === undefined) cache.set(key, (palette = derivePalette(seed, dark)));
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
