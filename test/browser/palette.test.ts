import { describe, expect, it } from "vitest";
import { cssColor } from "../../src/browser/colors.js";
import { DEFAULT_SEED, defaultPalette } from "../../src/browser/default-palette.js";
import { derivePalette } from "../../src/browser/palette.js";
import { isDark, paletteOf, roleName, themeCss, themeSeed } from "../../src/browser/theme.js";

const hex = /^#[0-9a-f]{6}$/;

describe("derivePalette", () => {
  it("derives every Material 3 role from a seed", () => {
    const palette = derivePalette("#6750a4", false);
    for (const role of ["primary", "on-primary", "surface", "on-surface", "surface-container-high"])
      expect(palette[role]).toMatch(hex);
  });

  it("matches Material's baseline purple scheme for its seed", () => {
    expect(derivePalette("#6750a4", false).primary).toBe("#65558f");
    expect(derivePalette("#6750a4", true).primary).toBe("#cfbdfe");
  });

  it("makes dark schemes dark and light schemes light", () => {
    const luminance = (color: string) => Number.parseInt(color.slice(1, 3), 16);
    expect(luminance(derivePalette("green", true).surface!)).toBeLessThan(64);
    expect(luminance(derivePalette("green", false).surface!)).toBeGreaterThan(192);
  });

  it("reads Flet's ARGB hex and swatch names", () => {
    expect(derivePalette("#ff2196f3", false)).toEqual(derivePalette("blue", false));
  });
});

describe("themeCss", () => {
  it("puts the palette, explicit roles and the font on :root", () => {
    const css = themeCss(
      { colorSchemeSeed: "teal", colorScheme: { onPrimary: "#123456" }, fontFamily: "Kanit" },
      true,
      derivePalette("teal", true),
    );
    expect(css).toMatch(/^:root\{color-scheme:dark;/);
    expect(css).toContain("--md-sys-color-on-primary:#123456;");
    expect(css).toContain('--flet-font-family:"Kanit"');
  });

  it.each([
    ["system", true, true],
    ["system", false, false],
    [undefined, true, true],
    ["light", true, false],
    ["dark", false, true],
  ])("themeMode %s with a dark system %s shows dark: %s", (mode, system, dark) => {
    expect(isDark(mode, system)).toBe(dark);
  });
});

describe("cssColor", () => {
  it.each([
    ["primary", "var(--md-sys-color-primary)"],
    ["onPrimary", "var(--md-sys-color-on-primary)"],
    ["onprimarycontainer", "var(--md-sys-color-on-primary-container)"],
    ["#80ff0000", "#ff000080"],
    ["#ff0000", "#ff0000"],
    ["primary,0.5", "color-mix(in srgb, var(--md-sys-color-primary) 50%, transparent)"],
    ["rgb(1, 2, 3)", "rgb(1, 2, 3)"],
    ["", undefined],
  ])("maps %s to %s", (value, css) => {
    expect(cssColor(value)).toBe(css);
  });

  it("normalizes role names", () => {
    expect(roleName("surfaceContainerHighest")).toBe("surface-container-highest");
  });
});

describe("derivePalette retired roles", () => {
  it.each([false, true])(
    "defines surface-variant, background and on-background (dark: %s)",
    (dark) => {
      const palette = derivePalette("#6750a4", dark);
      expect(palette["surface-variant"]).toBe(palette["surface-container-highest"]);
      expect(palette.background).toMatch(/^#[0-9a-f]{6}$/);
      expect(palette["on-background"]).toMatch(/^#[0-9a-f]{6}$/);
      // Dark and light differ: the retired roles follow the theme.
      expect(palette["surface-variant"]).not.toBe(
        derivePalette("#6750a4", !dark)["surface-variant"],
      );
    },
  );
});

describe("default palette and lazy palettes", () => {
  it.each([false, true])("precomputes exactly derivePalette(DEFAULT_SEED) (dark: %s)", (dark) => {
    expect(defaultPalette(dark)).toEqual(derivePalette(DEFAULT_SEED, dark));
  });

  it("hands a copy: changing it leaves the default alone", () => {
    const palette = defaultPalette(false);
    palette.primary = "#000000";
    expect(defaultPalette(false).primary).toBe("#65558f");
  });

  it("gives the default seed's palette at once, without the colour library", () => {
    expect(themeSeed(undefined)).toBe(DEFAULT_SEED);
    expect(themeSeed({ colorSchemeSeed: 42 })).toBe(DEFAULT_SEED);
    expect(paletteOf(DEFAULT_SEED, true)).toEqual(defaultPalette(true));
    expect(paletteOf(" #6750A4 ", false)).toEqual(defaultPalette(false));
  });

  it("derives another seed through the lazy chunk, then at once from the cache", async () => {
    const first = paletteOf("green", true);
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toEqual(derivePalette("green", true));
    expect(paletteOf("green", true)).toEqual(derivePalette("green", true));
    expect(themeSeed({ colorSchemeSeed: "green" })).toBe("green");
  });
});
