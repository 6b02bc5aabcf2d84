import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";

describe("colors", () => {
  describe("names", () => {
    it.each([
      ["RED", "red"],
      ["RED_100", "red100"],
      ["RED_ACCENT", "redaccent"],
      ["RED_ACCENT_100", "redaccent100"],
      ["DEEP_PURPLE_50", "deeppurple50"],
      ["LIGHT_BLUE_ACCENT_700", "lightblueaccent700"],
      ["BLUE_GREY_900", "bluegrey900"],
      ["GREY_50", "grey50"],
      ["PRIMARY", "primary"],
      ["ON_PRIMARY", "onprimary"],
      ["SURFACE_VARIANT", "surfacevariant"],
      ["ON_INVERSE_SURFACE", "oninversesurface"],
      ["WHITE54", "white54"],
      ["BLACK87", "black87"],
      ["TRANSPARENT", "transparent"],
    ])("spells %s as %o", (name, value) => {
      expect((ft.colors as unknown as Record<string, string>)[name]).toBe(value);
    });

    it("has shades 50 to 900 for every swatch and accents only where Material has them", () => {
      const names = Object.keys(ft.colors);
      expect(
        names.filter((n) => /^[A-Z_]+_(50|[1-9]00)$/.test(n) && !n.includes("ACCENT")),
      ).toHaveLength(19 * 10);
      expect(names.filter((n) => /_ACCENT_\d+$/.test(n))).toHaveLength(16 * 4);
      expect(names).not.toContain("BROWN_ACCENT");
      expect(names).not.toContain("GREY_ACCENT_100");
    });

    it("cannot be changed", () => {
      expect(Object.isFrozen(ft.colors)).toBe(true);
    });
  });

  describe("withOpacity", () => {
    it.each([
      [0.5, ft.colors.RED, "red,0.5"],
      [0, "#ff0000", "#ff0000,0"],
      [1, ft.colors.PRIMARY, "primary,1"],
    ])("combines %o and %o into %o", (opacity, color, expected) => {
      expect(ft.colors.withOpacity(opacity, color)).toBe(expected);
    });
  });
});

describe("icons", () => {
  it.each([
    ["ADD", "add"],
    ["ADD_CIRCLE", "add_circle"],
    ["DELETE", "delete"],
    ["FAVORITE", "favorite"],
  ] as const)("spells %s as %o", (name, value) => {
    expect(ft.icons[name]).toBe(value);
  });

  it("has a constant for every lower-case-first icon of the font, and no others", () => {
    const names = Object.values(ft.icons);
    expect(names.length).toBeGreaterThan(3000);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
    expect((ft.icons as Record<string, string>).SOME_ICON_NOBODY_LISTED).toBeUndefined();
  });

  it("cannot be written to", () => {
    expect(Object.isFrozen(ft.icons)).toBe(true);
  });
});

describe("alignment", () => {
  it.each([
    ["topLeft", -1, -1],
    ["topCenter", 0, -1],
    ["topRight", 1, -1],
    ["centerLeft", -1, 0],
    ["center", 0, 0],
    ["centerRight", 1, 0],
    ["bottomLeft", -1, 1],
    ["bottomCenter", 0, 1],
    ["bottomRight", 1, 1],
  ] as const)("places %s at (%o, %o)", (name, x, y) => {
    expect(ft.alignment[name]).toEqual({ x, y });
    expect(ft.alignment[name]).toBeInstanceOf(ft.Alignment);
  });

  it("makes any point with new Alignment(x, y)", () => {
    expect({ ...new ft.Alignment(0.5, -0.25) }).toEqual({ x: 0.5, y: -0.25 });
  });
});

describe("padding", () => {
  it.each([
    ["all(5)", ft.padding.all(5), { left: 5, top: 5, right: 5, bottom: 5 }],
    ["only({ top: 3 })", ft.padding.only({ top: 3 }), { left: 0, top: 3, right: 0, bottom: 0 }],
    [
      "symmetric({ horizontal: 2 })",
      ft.padding.symmetric({ horizontal: 2 }),
      { left: 2, top: 0, right: 2, bottom: 0 },
    ],
    [
      "fromLTRB(1, 2, 3, 4)",
      ft.padding.fromLTRB(1, 2, 3, 4),
      { left: 1, top: 2, right: 3, bottom: 4 },
    ],
  ])("builds %s", (_name, value, expected) => {
    expect(value).toEqual(expected);
  });
});

describe("border", () => {
  it("puts the same side on all edges with all(width, color)", () => {
    const side = { width: 2, color: "red" };
    expect(ft.border.all(2, ft.colors.RED)).toEqual({
      left: side,
      top: side,
      right: side,
      bottom: side,
    });
  });

  it("leaves out what all() is not given", () => {
    expect(ft.border.all().left).toEqual({});
    expect(ft.border.all(1).left).toEqual({ width: 1 });
  });

  it("puts vertical on top and bottom, horizontal on left and right with symmetric()", () => {
    const thick = ft.borderSide(3);
    expect(ft.border.symmetric({ vertical: thick })).toEqual({ top: thick, bottom: thick });
    expect(ft.border.symmetric({ horizontal: thick })).toEqual({ left: thick, right: thick });
  });

  it("keeps only the given sides with only()", () => {
    expect(ft.border.only({ bottom: ft.borderSide(1, "blue"), top: undefined })).toEqual({
      bottom: { width: 1, color: "blue" },
    });
  });
});

describe("borderRadius", () => {
  it.each([
    ["all(8)", ft.borderRadius.all(8), [8, 8, 8, 8]],
    ["only({ topLeft: 4 })", ft.borderRadius.only({ topLeft: 4 }), [4, 0, 0, 0]],
    [
      "horizontal({ left: 1, right: 2 })",
      ft.borderRadius.horizontal({ left: 1, right: 2 }),
      [1, 2, 1, 2],
    ],
    ["vertical({ top: 6 })", ft.borderRadius.vertical({ top: 6 }), [6, 6, 0, 0]],
  ])("builds %s", (_name, value, [topLeft, topRight, bottomLeft, bottomRight]) => {
    expect(value).toEqual({ topLeft, topRight, bottomLeft, bottomRight });
  });
});

describe("gradients", () => {
  it("builds a left-to-right linear gradient by default", () => {
    expect(ft.linearGradient(["red", "blue"])).toEqual({
      type: "linear",
      colors: ["red", "blue"],
      begin: { x: -1, y: 0 },
      end: { x: 1, y: 0 },
    });
  });

  it("lets options override the defaults", () => {
    const gradient = ft.radialGradient(["yellow", "orange"], { radius: 0.8, stops: [0, 1] });
    expect(gradient).toMatchObject({
      type: "radial",
      center: { x: 0, y: 0 },
      radius: 0.8,
      stops: [0, 1],
    });
  });

  it("builds a full-turn sweep gradient by default", () => {
    expect(ft.sweepGradient(["red", "green"])).toMatchObject({
      type: "sweep",
      startAngle: 0,
      endAngle: Math.PI * 2,
    });
  });

  it("is accepted by Container.gradient", () => {
    const gradient = ft.linearGradient([ft.colors.BLUE, ft.colors.PURPLE], {
      tileMode: ft.TileMode.MIRROR,
    });
    expect(new ft.Container({ gradient }).gradient).toEqual(gradient);
  });
});

describe("shapes", () => {
  it.each([
    [ft.shapes.stadium(), { type: "stadium" }],
    [ft.shapes.circle(), { type: "circle" }],
    [ft.shapes.roundedRectangle(), { type: "roundedRectangle" }],
    [ft.shapes.roundedRectangle(10), { type: "roundedRectangle", radius: 10 }],
    [
      ft.shapes.beveledRectangle(ft.borderRadius.all(2)),
      { type: "beveledRectangle", radius: ft.borderRadius.all(2) },
    ],
    [ft.shapes.continuousRectangle(30), { type: "continuousRectangle", radius: 30 }],
  ])("builds %o", (shape, expected) => {
    expect(shape).toEqual(expected);
  });
});

describe("inputFilter", () => {
  it.each([
    ["numbersOnly", ft.inputFilter.numbersOnly(), "[0-9]"],
    ["textOnly", ft.inputFilter.textOnly(), "[a-zA-Z]"],
  ])("builds %s", (_name, filter, regexString) => {
    expect(filter).toEqual({ regexString, allow: true, replacementString: "" });
  });
});

describe("enum constants", () => {
  it.each([
    [ft.TextAlign, { CENTER: "center", JUSTIFY: "justify" }],
    [ft.FontWeight, { BOLD: "bold", W_100: "w100" }],
    [ft.TextOverflow, { ELLIPSIS: "ellipsis" }],
    [ft.TextThemeStyle, { DISPLAY_LARGE: "displayLarge", BODY_SMALL: "bodySmall" }],
    [ft.ImageFit, { FIT_WIDTH: "fitWidth", SCALE_DOWN: "scaleDown" }],
    [ft.ImageRepeat, { NO_REPEAT: "noRepeat", REPEAT_X: "repeatX" }],
    [ft.BoxShape, { CIRCLE: "circle" }],
    [ft.ClipBehavior, { ANTI_ALIAS_WITH_SAVE_LAYER: "antiAliasWithSaveLayer" }],
    [ft.LabelPosition, { LEFT: "left" }],
    [ft.KeyboardType, { VISIBLE_PASSWORD: "visiblePassword", STREET_ADDRESS: "streetAddress" }],
    [ft.TextCapitalization, { SENTENCES: "sentences" }],
    [ft.InputBorder, { UNDERLINE: "underline" }],
    [ft.BlendMode, { SRC_OVER: "srcOver", DST_A_TOP: "dstATop" }],
    [ft.ShadowBlurStyle, { OUTER: "outer" }],
    [ft.MaterialState, { SCROLLED_UNDER: "scrolledUnder", DEFAULT: "" }],
    [ft.TabAlignment, { START_OFFSET: "startOffset" }],
    [ft.NavigationBarLabelBehavior, { ONLY_SHOW_SELECTED: "onlyShowSelected" }],
    [ft.SnackBarBehavior, { FLOATING: "floating" }],
    [ft.DismissDirection, { END_TO_START: "endToStart" }],
    [ft.TextDecorationStyle, { WAVY: "wavy" }],
  ])("uses Flet's wire values in %o", (constants, expected) => {
    expect(constants).toMatchObject(expected);
  });
});
