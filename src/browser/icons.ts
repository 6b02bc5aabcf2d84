/**
 * Draws Flet icon names as font glyphs: Material names with Google's Material Icons
 * (filled, `_outlined`, `_rounded`, `_sharp`; the `material-icons` package), Cupertino
 * names (`cupertino_*`) with Framework7 Icons (`framework7-icons`), the SF-style set
 * Flutter's Cupertino icons come from. Each font is declared only when the first icon of
 * its family is drawn, and the small map of names that are not plain ligatures is a lazy
 * chunk, so neither costs the start bundle anything. See `docs/decisions/0006-icon-fonts.md`.
 * @module
 */

/** The five icon fonts: four Material styles and the Cupertino set. */
export type IconFamily = "filled" | "outlined" | "round" | "sharp" | "cupertino";

/** Font family and served file (under the font base URL) of each {@link IconFamily}. */
export const ICON_FONTS: Readonly<Record<IconFamily, { family: string; file: string }>> = {
  filled: { family: "Material Icons", file: "material-icons.woff2" },
  outlined: { family: "Material Icons Outlined", file: "material-icons-outlined.woff2" },
  round: { family: "Material Icons Round", file: "material-icons-round.woff2" },
  sharp: { family: "Material Icons Sharp", file: "material-icons-sharp.woff2" },
  cupertino: { family: "Framework7 Icons", file: "framework7-icons.woff2" },
};

type GlyphMaps = typeof import("./icon-glyph-map.js");

let fontBase = "/_flet/fonts/";
let maps: GlyphMaps | undefined;
let mapsLoading: Promise<void> | undefined;
const declared = new Set<IconFamily>();
const pending = new Set<HTMLElement>();
let sheet: CSSStyleSheet | undefined;

/**
 * Sets the URL prefix (ending in `/`) the icon fonts are loaded from. The flet-ts client
 * sets `<appPath>_flet/fonts/`; a page without it sets where it serves the files listed in
 * {@link ICON_FONTS}. Call it before the first icon is drawn.
 *
 * @example
 * ```ts
 * setIconFontBase("/static/fonts/");
 * ```
 */
export function setIconFontBase(url: string): void {
  fontBase = url.endsWith("/") ? url : `${url}/`;
}

function declareFont(family: IconFamily): void {
  if (declared.has(family)) return;
  declared.add(family);
  if (sheet === undefined) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    sheet.insertRule(
      `.flet-icon-glyph{font-weight:normal;font-style:normal;line-height:1;letter-spacing:normal;text-transform:none;white-space:nowrap;direction:ltr;overflow:hidden;font-feature-settings:"liga";-webkit-font-smoothing:antialiased;font-variation-settings:normal}`,
    );
  }
  const { family: name, file } = ICON_FONTS[family];
  sheet.insertRule(
    `@font-face{font-family:"${name}";font-style:normal;font-weight:400;font-display:block;src:url(${JSON.stringify(fontBase + file)}) format("woff2")}`,
  );
  sheet.insertRule(`.flet-icon-glyph.flet-icon-${family}{font-family:"${name}"}`);
}

/**
 * Loads the map of names that are not plain ligatures (a lazy chunk); {@link iconGlyph}
 * starts it on first use. Needs no DOM.
 * @internal
 */
export function loadIconGlyphMap(): Promise<void> {
  mapsLoading ??= import("./icon-glyph-map.js").then((module) => {
    maps = module;
    for (const element of pending) {
      const name = element.dataset.fletIcon;
      if (name !== undefined) element.textContent = iconGlyphOf(name).ligature;
    }
    pending.clear();
  });
  return mapsLoading;
}

/**
 * The font and ligature that draw a Flet icon name: `"delete_outline_rounded"` →
 * `{ family: "round", ligature: "delete_outline" }`, `"ten_k"` → `{ family: "filled",
 * ligature: "10k" }`, `"cupertino_left_chevron"` → `{ family: "cupertino", ligature:
 * "chevron_left" }`. Case does not matter. Names that are not ligatures as they are are
 * only mapped once the lazy map has loaded (see {@link iconsReady}).
 *
 * @example
 * ```ts
 * iconGlyphOf("favorite_border_sharp"); // { family: "sharp", ligature: "favorite_border" }
 * ```
 */
export function iconGlyphOf(name: string): { family: IconFamily; ligature: string } {
  const lower = name.toLowerCase();
  if (lower.startsWith("cupertino_")) {
    const base = lower.slice("cupertino_".length);
    return { family: "cupertino", ligature: maps?.CUPERTINO_GLYPHS[base] ?? base };
  }
  const variant = /_(outlined|rounded|sharp)$/.exec(lower);
  let family: IconFamily = "filled";
  let base = lower;
  if (variant !== null && variant.index > 0) {
    family = variant[1] === "rounded" ? "round" : (variant[1] as "outlined" | "sharp");
    base = lower.slice(0, variant.index);
  }
  return { family, ligature: maps?.MATERIAL_LIGATURES[base] ?? base };
}

/**
 * Creates (or updates) the glyph element of an icon:
 * `<span class="flet-glyph flet-icon-glyph flet-icon-round" aria-hidden="true">delete</span>`
 * for `"delete_rounded"`. Declares the family's font on first use and starts loading the
 * name map; the element is corrected when the map arrives.
 *
 * @example
 * ```ts
 * button.append(iconGlyph("delete_outline"));
 * iconGlyph("cupertino_heart_fill", existingSpan);
 * ```
 */
export function iconGlyph(name: string, element?: HTMLElement): HTMLElement {
  const glyph = element ?? document.createElement("span");
  const { family, ligature } = iconGlyphOf(name);
  if (ligature !== "") declareFont(family);
  for (const other of Object.keys(ICON_FONTS) as IconFamily[]) {
    glyph.classList.toggle(`flet-icon-${other}`, other === family);
  }
  glyph.classList.add("flet-glyph", "flet-icon-glyph");
  glyph.setAttribute("aria-hidden", "true");
  glyph.dataset.fletIcon = name;
  if (glyph.textContent !== ligature) glyph.textContent = ligature;
  if (maps === undefined) {
    pending.add(glyph);
    void loadIconGlyphMap();
  }
  return glyph;
}

/**
 * Resolves once the icon name map has loaded and the fonts of every icon drawn so far
 * are ready: from then on every glyph on the page shows its final ligature.
 *
 * @example
 * ```ts
 * await iconsReady();
 * ```
 */
export async function iconsReady(): Promise<void> {
  await loadIconGlyphMap();
  await Promise.all(
    [...declared].map((family) => document.fonts.load(`24px "${ICON_FONTS[family].family}"`)),
  );
}
