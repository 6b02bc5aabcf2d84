import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { CUPERTINO_NEAREST } from "../../src/browser/icon-glyph-map.js";
import { iconGlyphOf, loadIconGlyphMap } from "../../src/browser/icons.js";

const materialNames = Object.values(ft.icons) as string[];
const cupertinoNames = Object.values(ft.cupertinoIcons) as string[];

describe("icon tables", () => {
  it("has every Flet 0.21 constant with Flet's value", () => {
    expect(Object.keys(ft.icons)).toHaveLength(8811);
    expect(Object.keys(ft.cupertinoIcons)).toHaveLength(1314);
    for (const [key, value] of Object.entries(ft.icons)) expect(value).toBe(key.toLowerCase());
    for (const [key, value] of Object.entries(ft.cupertinoIcons))
      expect(value).toBe(`cupertino_${key.toLowerCase()}`);
    expect(Object.isFrozen(ft.icons) && Object.isFrozen(ft.cupertinoIcons)).toBe(true);
  });

  it.each([
    ["CREATE", "create"],
    ["DELETE_OUTLINE", "delete_outline"],
    ["FAVORITE_BORDER", "favorite_border"],
    ["DELETE_OUTLINE_ROUNDED", "delete_outline_rounded"],
    ["HOME_OUTLINED", "home_outlined"],
    ["ADD_SHARP", "add_sharp"],
    ["TEN_K", "ten_k"],
    ["CLASS_", "class_"],
    ["ONETWOTHREE_OUTLINED", "onetwothree_outlined"],
  ] as const)("icons.%s is %j", (key, value) => {
    expect(ft.icons[key]).toBe(value);
  });

  it.each([
    ["LEFT_CHEVRON", "cupertino_left_chevron"],
    ["HEART_FILL", "cupertino_heart_fill"],
    ["SQUARE_ARROW_UP", "cupertino_square_arrow_up"],
  ] as const)("cupertinoIcons.%s is %j", (key, value) => {
    expect(ft.cupertinoIcons[key]).toBe(value);
  });

  it("resolves every name to a glyph of its style", async () => {
    await loadIconGlyphMap();
    const families = new Map<string, number>();
    for (const name of [...materialNames, ...cupertinoNames]) {
      expect(ft.isIconName(name), name).toBe(true);
      const { family, ligature } = iconGlyphOf(name);
      expect(ligature, name).toMatch(/^[a-z0-9_]+$/);
      expect(ligature, name).not.toMatch(/^cupertino_/);
      families.set(family, (families.get(family) ?? 0) + 1);
    }
    expect(Object.fromEntries(families)).toEqual({
      filled: 2186 + 35 + 6 + 1,
      outlined: 2186 + 4,
      round: 2186 + 6 + 4,
      sharp: 2186 + 6 + 4 + 1,
      cupertino: 1314,
    });
    // Cupertino names with no equal Framework7 glyph, drawn with the nearest one.
    expect(CUPERTINO_NEAREST).toHaveLength(18);
    expect(iconGlyphOf("cupertino_bluetooth").ligature).toBe("antenna_radiowaves_left_right");
  });
});

describe("icon properties", () => {
  it("accept every Flet icon value, Material and Cupertino, in any case", () => {
    const icon = new ft.Icon();
    for (const name of [...materialNames, ...cupertinoNames]) icon.name = name;
    icon.name = "ADD";
    expect(icon.name).toBe("ADD");
    expect(new ft.CupertinoButton({ icon: ft.cupertinoIcons.SHARE }).icon).toBe("cupertino_share");
    expect(new ft.TextField({ prefixIcon: ft.icons.SEARCH }).prefixIcon).toBe("search");
  });

  it("reject an unknown name with FLET_ERR_ICON_UNKNOWN and the closest names", () => {
    let caught: unknown;
    try {
      new ft.Icon("favourite");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ft.FletError);
    const error = caught as ft.FletError;
    expect(error.code).toBe("FLET_ERR_ICON_UNKNOWN");
    expect(error.message).toContain("Icon.name to be an icon name of Flet 0.21");
    expect(error.message).toContain('"favourite"');
    expect(error.details.suggestions).toContain("favorite");
    expect(error.message).toContain('Did you mean "favorite"');
  });

  it.each([
    [() => new ft.IconButton("nope"), "IconButton.icon"],
    [() => new ft.ElevatedButton("Go", { icon: "delet" }), "ElevatedButton.icon"],
    [() => new ft.TextField({ suffixIcon: "serch" }), "TextField.suffixIcon"],
    [() => new ft.CupertinoButton({ icon: "cupertino_hart" }), "CupertinoButton.icon"],
    [
      () => new ft.NavigationDestination("A", { selectedIcon: "hom" }),
      "NavigationDestination.selectedIcon",
    ],
  ])("reject a misspelt icon on %#: %s", (make, where) => {
    expect(make).toThrow(where);
    expect(make).toThrow("FLET_ERR_ICON_UNKNOWN");
  });

  it("checks every icon of a per-state value", () => {
    const toggle = new ft.Switch({ thumbIcon: { selected: ft.icons.CHECK, "": ft.icons.CLOSE } });
    expect(toggle.thumbIcon).toEqual({ selected: "check", "": "close" });
    expect(() => {
      toggle.thumbIcon = { selected: "chek" };
    }).toThrow(/Switch\.thumbIcon\.selected .*Did you mean "check"/);
    expect(() => {
      toggle.thumbIcon = "clse";
    }).toThrow("FLET_ERR_ICON_UNKNOWN");
  });

  it("checks names set after construction too, and leaves the old value", () => {
    const button = new ft.IconButton(ft.icons.DELETE);
    expect(() => {
      button.icon = "delete_outlin";
    }).toThrow(/Did you mean "delete_outline"/);
    expect(button.icon).toBe("delete");
    button.icon = undefined;
    expect(button.icon).toBeUndefined();
  });

  it("suggests close names, Cupertino ones for a Cupertino typo", () => {
    expect(ft.closestIconNames("cupertino_hart")).toContain("cupertino_heart");
    expect(ft.closestIconNames("favorit")[0]).toBe("favorite");
    expect(ft.closestIconNames("zzzzzzzzzzzzzzzzzzzzzz")).toEqual([]);
    expect(ft.isIconName("nope")).toBe(false);
  });
});
