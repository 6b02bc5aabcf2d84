/**
 * Colour names, as Flet spells them. A colour value is a string: a theme role
 * (`"primary"`), a Material swatch (`"red"`, `"red100"`, `"redaccent200"`), a hex code
 * (`"#ff8800"`, `"#80ff8800"`) or any of those with an opacity (`"red,0.5"`).
 * @module
 */

/** A colour: a name from {@link colors}, a hex code, or `"name,opacity"`. */
export type ColorValue = string;

/** The colour roles of the Material 3 scheme, by constant name. */
export const SCHEME_COLORS = {
  PRIMARY: "primary",
  ON_PRIMARY: "onprimary",
  PRIMARY_CONTAINER: "primarycontainer",
  ON_PRIMARY_CONTAINER: "onprimarycontainer",
  SECONDARY: "secondary",
  ON_SECONDARY: "onsecondary",
  SECONDARY_CONTAINER: "secondarycontainer",
  ON_SECONDARY_CONTAINER: "onsecondarycontainer",
  TERTIARY: "tertiary",
  ON_TERTIARY: "ontertiary",
  TERTIARY_CONTAINER: "tertiarycontainer",
  ON_TERTIARY_CONTAINER: "ontertiarycontainer",
  ERROR: "error",
  ON_ERROR: "onerror",
  ERROR_CONTAINER: "errorcontainer",
  ON_ERROR_CONTAINER: "onerrorcontainer",
  OUTLINE: "outline",
  OUTLINE_VARIANT: "outlinevariant",
  BACKGROUND: "background",
  ON_BACKGROUND: "onbackground",
  SURFACE: "surface",
  ON_SURFACE: "onsurface",
  SURFACE_TINT: "surfacetint",
  SURFACE_VARIANT: "surfacevariant",
  ON_SURFACE_VARIANT: "onsurfacevariant",
  INVERSE_SURFACE: "inversesurface",
  ON_INVERSE_SURFACE: "oninversesurface",
  INVERSE_PRIMARY: "inverseprimary",
  SHADOW: "shadow",
  SCRIM: "scrim",
} as const;

/** The plain named colours (`black`, `white`, `transparent`, ...), by constant name. */
export const PLAIN_COLORS = {
  WHITE: "white",
  WHITE10: "white10",
  WHITE12: "white12",
  WHITE24: "white24",
  WHITE30: "white30",
  WHITE38: "white38",
  WHITE54: "white54",
  WHITE60: "white60",
  WHITE70: "white70",
  BLACK: "black",
  BLACK12: "black12",
  BLACK26: "black26",
  BLACK38: "black38",
  BLACK45: "black45",
  BLACK54: "black54",
  BLACK87: "black87",
  TRANSPARENT: "transparent",
} as const;

// Swatches with shades; every one except the greys and brown also has an accent swatch.
/** The palette's hues, by constant name. */
export const SWATCHES = [
  "RED",
  "PINK",
  "PURPLE",
  "DEEP_PURPLE",
  "INDIGO",
  "BLUE",
  "LIGHT_BLUE",
  "CYAN",
  "TEAL",
  "GREEN",
  "LIGHT_GREEN",
  "LIME",
  "YELLOW",
  "AMBER",
  "ORANGE",
  "DEEP_ORANGE",
  "BROWN",
  "BLUE_GREY",
  "GREY",
] as const;
const NO_ACCENT = new Set<string>(["BROWN", "BLUE_GREY", "GREY"]);
/** The shades every hue has. */
export const SHADES = [50, 100, 200, 300, 400, 500, 600, 700, 800, 900] as const;
/** The accent shades (hues other than brown, blue grey and grey have them). */
export const ACCENT_SHADES = [100, 200, 400, 700] as const;

/** A hue name (`RED`, `BLUE_GREY`, ...). */
export type Swatch = (typeof SWATCHES)[number];
/** A hue with accent shades. */
export type AccentSwatch = Exclude<Swatch, "BROWN" | "BLUE_GREY" | "GREY">;
/** Names of the palette swatches (`RED`, `RED_100`, `RED_ACCENT_100`, ...). */
export type SwatchName =
  | Swatch
  | `${Swatch}_${(typeof SHADES)[number]}`
  | `${AccentSwatch}_ACCENT`
  | `${AccentSwatch}_ACCENT_${(typeof ACCENT_SHADES)[number]}`;

/** Every colour name {@link colors} defines (`RED`, `RED_100`, `RED_ACCENT_200`, `PRIMARY`...). */
export type ColorName = keyof typeof SCHEME_COLORS | keyof typeof PLAIN_COLORS | SwatchName;

function generateSwatches(): Record<SwatchName, string> {
  const table: Record<string, string> = {};
  for (const swatch of SWATCHES) {
    const base = swatch.replaceAll("_", "").toLowerCase();
    table[swatch] = base;
    for (const shade of SHADES) table[`${swatch}_${shade}`] = `${base}${shade}`;
    if (NO_ACCENT.has(swatch)) continue;
    table[`${swatch}_ACCENT`] = `${base}accent`;
    for (const shade of ACCENT_SHADES) table[`${swatch}_ACCENT_${shade}`] = `${base}accent${shade}`;
  }
  return table as Record<SwatchName, string>;
}

/**
 * Material colour names and theme colour roles, with Flet's constant names.
 *
 * - Theme roles (`PRIMARY`, `ON_SURFACE_VARIANT`, ...) follow the page theme and dark mode.
 * - Swatches come in shades 50-900 (`BLUE_GREY_700` → `"bluegrey700"`) and, except brown
 *   and the greys, accents 100/200/400/700 (`RED_ACCENT_100` → `"redaccent100"`).
 * - `colors.withOpacity` adds transparency to any colour.
 *
 * @example
 * ```ts
 * new ft.Container({ bgcolor: ft.colors.AMBER_100, border: ft.border.all(1, ft.colors.OUTLINE) });
 * new ft.Text("Faded", { color: ft.colors.withOpacity(0.5, ft.colors.ON_SURFACE) });
 * ```
 */
export const colors: Readonly<
  typeof SCHEME_COLORS & typeof PLAIN_COLORS & Record<SwatchName, string>
> & {
  /**
   * Returns `color` with an opacity from 0.0 (transparent) to 1.0 (opaque), as the
   * `"color,opacity"` string the renderer understands.
   */
  readonly withOpacity: (opacity: number, color: ColorValue) => ColorValue;
} = Object.freeze({
  ...SCHEME_COLORS,
  ...PLAIN_COLORS,
  ...generateSwatches(),
  withOpacity: (opacity: number, color: ColorValue): ColorValue => `${color},${opacity}`,
});
