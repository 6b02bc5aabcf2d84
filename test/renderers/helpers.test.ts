import * as ft from "flet-ts";
import { cssColor, roleVariable, spansOf, transformCss, transitionOf } from "flet-ts/browser";
import { describe, expect, it } from "vitest";
import { reversedTiming } from "../../controls/browser/animated-switcher.js";
import {
  alignmentCss,
  borderCss,
  elevationCss,
  gradientCss,
  radiusCss,
  shadowCss,
  sidesCss,
} from "../../controls/browser/box.js";
import { nextCheckboxValue } from "../../controls/browser/checkbox.js";
import { flexAlignmentCss, scrollCss } from "../../controls/browser/flex.js";
import { sliderLabel } from "../../controls/browser/slider.js";
import { fontWeight, textStyleCss, themeStyleCss } from "../../controls/browser/typography.js";
import { CURVES_CSS, curveCss } from "../../src/browser/curves.js";
import { iconGlyphOf, loadIconGlyphMap } from "../../src/browser/icons.js";

describe("cssColor", () => {
  it.each([
    ["primary", "var(--md-sys-color-primary)"],
    ["onSurface", "var(--md-sys-color-on-surface)"],
    ["on_surface_variant", "var(--md-sys-color-on-surface-variant)"],
    ["surfacecontainerhighest", "var(--md-sys-color-surface-container-highest)"],
    ["onInverseSurface", "var(--md-sys-color-inverse-on-surface)"],
    ["red", "#f44336"],
    ["red100", "#ffcdd2"],
    ["RED_100", "#ffcdd2"],
    ["redaccent", "#ff5252"],
    ["redAccent700", "#d50000"],
    ["bluegrey900", "#263238"],
    ["grey", "#9e9e9e"],
    ["white", "#ffffff"],
    ["black54", "rgb(0 0 0 / 54%)"],
    ["white10", "rgb(255 255 255 / 10%)"],
    ["transparent", "transparent"],
    ["#ff0000", "#ff0000"],
    ["#80ff0000", "#ff000080"],
    ["#abc", "#abc"],
    ["red,0.5", "color-mix(in srgb, #f44336 50%, transparent)"],
    ["primary,0.12", "color-mix(in srgb, var(--md-sys-color-primary) 12%, transparent)"],
    ["rgb(1, 2, 3)", "rgb(1, 2, 3)"],
    ["rebeccapurple", "rebeccapurple"],
  ])("maps %s to %s", (input, css) => {
    expect(cssColor(input)).toBe(css);
  });

  it.each([
    "url(http://attacker.example/track.png)",
    "red url(http://attacker.example/x)",
    "var(--secret)",
    "expression(alert(1))",
    "rgb(1, 2, 3) url(x)",
    "#zzzzzz",
    "#12345",
    "red;background:url(x)",
    "image-set(url(x) 1x)",
  ])("refuses %s, which is not a colour (nothing to fetch reaches the page)", (input) => {
    expect(cssColor(input)).toBeUndefined();
  });

  it("returns undefined for unset and empty values", () => {
    expect(cssColor(undefined)).toBeUndefined();
    expect(cssColor("")).toBeUndefined();
    expect(cssColor(12)).toBeUndefined();
  });

  it("knows only role names as roles", () => {
    expect(roleVariable("primary")).toBe("--md-sys-color-primary");
    expect(roleVariable("red")).toBeUndefined();
  });
});

describe("box helpers", () => {
  it.each([
    [8, "8px"],
    [{ left: 16, right: 16 }, "0px 16px 0px 16px"],
    [{ left: 1, top: 2, right: 3, bottom: 4 }, "2px 3px 4px 1px"],
    [undefined, ""],
  ])("padding %j → %s", (value, css) => expect(sidesCss(value)).toBe(css));

  it.each([
    [12, "12px"],
    [{ topLeft: 12, topRight: 12 }, "12px 12px 0px 0px"],
    [{ topLeft: 1, topRight: 2, bottomLeft: 3, bottomRight: 4 }, "1px 2px 4px 3px"],
    [null, ""],
  ])("radius %j → %s", (value, css) => expect(radiusCss(value)).toBe(css));

  it("draws only the given border sides, outline-coloured by default", () => {
    expect(borderCss({ top: { width: 2, color: "red" }, left: {} })).toEqual({
      borderTop: "2px solid #f44336",
      borderLeft: "1px solid var(--md-sys-color-outline)",
      borderRight: "",
      borderBottom: "",
    });
  });

  it.each([
    [{ x: -1, y: -1 }, "flex-start", "flex-start"],
    [{ x: 0, y: 0 }, "center", "center"],
    [{ x: 1, y: 1 }, "flex-end", "flex-end"],
    [{ x: 1, y: 0 }, "flex-end", "center"],
    [undefined, "", ""],
  ])("alignment %j → %s / %s", (value, justifyContent, alignItems) => {
    expect(alignmentCss(value)).toEqual({ justifyContent, alignItems });
  });

  it.each([
    [
      { type: "linear", colors: ["blue", "purple"], begin: { x: -1, y: 0 }, end: { x: 1, y: 0 } },
      "linear-gradient(90deg, #2196f3 0%, #9c27b0 100%)",
    ],
    [
      { type: "linear", colors: ["red", "blue"], begin: { x: 0, y: -1 }, end: { x: 0, y: 1 } },
      "linear-gradient(180deg, #f44336 0%, #2196f3 100%)",
    ],
    [
      { type: "linear", colors: ["red", "blue", "green"], stops: [0, 0.2, 1] },
      "linear-gradient(90deg, #f44336 0%, #2196f3 20%, #4caf50 100%)",
    ],
    [
      { type: "radial", colors: ["yellow", "primary"], center: { x: 0, y: 0 }, radius: 0.5 },
      "radial-gradient(circle closest-side at 50% 50%, #ffeb3b 0%, var(--md-sys-color-primary) 100%)",
    ],
    [
      {
        type: "sweep",
        colors: ["red", "blue"],
        center: { x: 0, y: 0 },
        startAngle: 0,
        endAngle: Math.PI * 2,
      },
      "conic-gradient(from 90deg at 50% 50%, #f44336 0deg, #2196f3 360deg)",
    ],
    ["nope", ""],
  ])("gradient %j", (value, css) => expect(gradientCss(value)).toBe(css));

  it("turns shadows into box-shadow", () => {
    expect(shadowCss({ blurRadius: 12, color: "black26", offset: { x: 0, y: 4 } })).toBe(
      "0px 4px 12px 0px rgb(0 0 0 / 26%)",
    );
    expect(
      shadowCss([{ blurRadius: 1 }, { spreadRadius: 2, blurStyle: "inner", color: "red" }]),
    ).toBe("0px 0px 1px 0px rgb(0 0 0 / 25%), inset 0px 0px 0px 2px #f44336");
  });

  it("maps elevation dp to the six Material 3 levels", () => {
    expect(elevationCss(0)).toBe("none");
    expect(elevationCss(1)).toContain("0 1px 3px 1px");
    expect(elevationCss(3)).toContain("0 2px 6px 2px");
    expect(elevationCss(24)).toContain("0 8px 12px 6px");
  });
});

describe("layout helpers", () => {
  it("maps flex alignments", () => {
    expect(flexAlignmentCss("spaceBetween", "stretch")).toEqual({
      justifyContent: "space-between",
      alignItems: "stretch",
    });
    expect(flexAlignmentCss(undefined, undefined)).toEqual({ justifyContent: "", alignItems: "" });
  });

  it("maps scroll modes", () => {
    expect(scrollCss("always")).toBe("scroll");
    expect(scrollCss("auto")).toBe("auto");
    expect(scrollCss(undefined)).toBe("");
  });

  it.each([
    [6, [6, 6, 6, 6, 6, 6]],
    [{ sm: 6, lg: 3 }, [12, 6, 6, 3, 3, 3]],
    [{ xs: 12, md: 4 }, [12, 12, 4, 4, 4, 4]],
    [undefined, [12, 12, 12, 12, 12, 12]],
  ])("col %j spans %j", (col, spans) => expect(spansOf(col)).toEqual(spans));

  it("builds transforms from offset, rotate and scale", () => {
    expect(transformCss({ offset: { x: 0.5, y: -1 }, rotate: Math.PI / 2, scale: 2 })).toEqual({
      translate: "50% -100%",
      rotate: "90deg",
      scale: "2",
    });
    expect(transformCss({ scale: { scaleX: 2 } }).scale).toBe("2 1");
    expect(transformCss({})).toEqual({ translate: "", rotate: "", scale: "" });
  });

  it("maps animation values to transitions", () => {
    expect(transitionOf(true)).toBe("1000ms linear");
    expect(transitionOf(300)).toBe("300ms linear");
    expect(transitionOf({ duration: 200, curve: "easeOut" })).toBe("200ms ease-out");
    expect(transitionOf(false)).toBeUndefined();
  });

  it("maps every Flet AnimationCurve to Flutter's curve, bounce and elastic as linear()", () => {
    const timings = Object.values(ft.AnimationCurve).map((curve) => [curve, curveCss(curve)]);
    for (const [curve, timing] of timings)
      if (curve !== "linear") expect(timing, curve).not.toBe("linear");
    const table = Object.fromEntries(timings);
    expect(table.fastOutSlowIn).toBe("cubic-bezier(0.4, 0, 0.2, 1)");
    expect(table.easeOutBack).toBe("cubic-bezier(0.175, 0.885, 0.32, 1.275)");
    // bounceOut: 0 to 1, touching 0.75 between its first two bounces (t = 0.545).
    const bounce = table.bounceOut!.slice(7, -1).split(", ").map(Number);
    expect([bounce[0], bounce.at(-1), bounce.length]).toEqual([0, 1, 65]);
    expect(Math.min(...bounce.slice(30, 40))).toBeCloseTo(0.75, 2);
    // elasticOut overshoots 1 (the spring), elasticIn dips below 0.
    expect(Math.max(...table.elasticOut!.slice(7, -1).split(", ").map(Number))).toBeGreaterThan(1);
    expect(Math.min(...table.elasticIn!.slice(7, -1).split(", ").map(Number))).toBeLessThan(0);
    expect(curveCss("wobbly")).toBe("linear");
    expect(CURVES_CSS).toContain("--flet-curve-slowMiddle:cubic-bezier(0.15, 0.85, 0.85, 0.15)");
    // transitionOf names them by the stylesheet's variables (ease* are CSS keywords).
    expect(transitionOf({ duration: 100, curve: "bounceOut" })).toBe(
      "100ms var(--flet-curve-bounceOut, linear)",
    );
    expect(transitionOf({ duration: 100, curve: "easeInOut" })).toBe("100ms ease-in-out");
    expect(transitionOf({ duration: 100, curve: "x);color:red" })).toBe("100ms linear");
  });

  it("runs a switch-out curve backwards, as Flutter's reverse animation does", () => {
    expect(reversedTiming("cubic-bezier(0.4, 0, 0.2, 1)")).toBe("cubic-bezier(0.8, 0, 0.6, 1)");
    expect(reversedTiming("ease-in")).toBe("cubic-bezier(0, 0, 0.58, 1)");
    expect(reversedTiming("linear(0, 0.2, 1)")).toBe("linear(0, 0.8, 1)");
    expect(reversedTiming("linear(0 0%, 0.2 25%, 1 100%)")).toBe("linear(0 0%, 0.8 75%, 1 100%)");
    expect(reversedTiming("linear")).toBe("linear");
  });
});

describe("text and icons", () => {
  it("maps Flet icon names to a Material Icons style and ligature", async () => {
    expect(iconGlyphOf("favorite")).toEqual({ family: "filled", ligature: "favorite" });
    expect(iconGlyphOf("FAVORITE_BORDER")).toEqual({
      family: "filled",
      ligature: "favorite_border",
    });
    expect(iconGlyphOf("delete_outline")).toEqual({ family: "filled", ligature: "delete_outline" });
    expect(iconGlyphOf("home_outlined")).toEqual({ family: "outlined", ligature: "home" });
    expect(iconGlyphOf("home_rounded")).toEqual({ family: "round", ligature: "home" });
    expect(iconGlyphOf("home_sharp")).toEqual({ family: "sharp", ligature: "home" });
    await loadIconGlyphMap();
    expect(iconGlyphOf("ten_k_sharp")).toEqual({ family: "sharp", ligature: "10k" });
    expect(iconGlyphOf("class_")).toEqual({ family: "filled", ligature: "class" });
    expect(iconGlyphOf("cupertino_heart_fill")).toEqual({
      family: "cupertino",
      ligature: "heart_fill",
    });
    expect(iconGlyphOf("cupertino_left_chevron")).toEqual({
      family: "cupertino",
      ligature: "chevron_left",
    });
  });

  it("maps the type scale and text styles", () => {
    expect(themeStyleCss("titleLarge")).toEqual({
      fontSize: "22px",
      lineHeight: "28px",
      fontWeight: "400",
      letterSpacing: "0px",
    });
    expect(themeStyleCss("nope")).toEqual({});
    expect(fontWeight("w600")).toBe("600");
    expect(fontWeight("bold")).toBe("700");
    expect(
      textStyleCss({ size: 20, weight: "bold", italic: true, decoration: 5, color: "primary" }),
    ).toEqual({
      fontSize: "20px",
      fontWeight: "700",
      fontStyle: "italic",
      color: "var(--md-sys-color-primary)",
      textDecoration: "underline line-through",
    });
  });

  it("draws the decoration's style, colour and thickness (a multiple of the font's)", () => {
    expect(
      textStyleCss({
        decoration: 2,
        decorationStyle: "wavy",
        decorationColor: "red",
        decorationThickness: 4,
      }).textDecoration,
    ).toBe("overline wavy #f44336 0.2em");
  });
});

describe("control state helpers", () => {
  it("cycles a checkbox through two or three states", () => {
    expect(nextCheckboxValue(false, false)).toBe(true);
    expect(nextCheckboxValue(true, false)).toBe(false);
    expect(nextCheckboxValue(true, true)).toBeNull();
    expect(nextCheckboxValue(null, true)).toBe(false);
  });

  it("formats slider labels", () => {
    expect(sliderLabel("{value}%", 42.123, 1)).toBe("42.1%");
    expect(sliderLabel(undefined, 3, 0)).toBe("3");
  });
});
