import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { errorCodeOf, flagged, namesOf, propOf } from "./helpers.js";

describe(ft.Text, () => {
  describe("schema", () => {
    it("declares Flet's Text properties in camelCase", () => {
      const { props, slots } = namesOf(ft.Text);
      expect(props).toEqual(
        expect.arrayContaining([
          "value",
          "textAlign",
          "fontFamily",
          "size",
          "weight",
          "italic",
          "style",
          "themeStyle",
          "maxLines",
          "overflow",
          "selectable",
          "noWrap",
          "color",
          "bgcolor",
          "semanticsLabel",
          "width",
          "opacity",
        ]),
      );
      expect(slots).toContain("spans[]");
    });

    it("marks value as shown text and semanticsLabel as the accessible name", () => {
      expect(flagged(ft.Text, "text")).toEqual(["value"]);
      expect(flagged(ft.Text, "label")).toEqual(["semanticsLabel"]);
      expect(flagged(ft.Text, "twoWay")).toEqual([]);
    });

    it("lists Flet's wire values for its enums", () => {
      expect(propOf(ft.Text, "textAlign")?.values).toEqual([
        "left",
        "right",
        "center",
        "justify",
        "start",
        "end",
      ]);
      expect(propOf(ft.Text, "weight")?.values).toContain("w600");
      expect(propOf(ft.Text, "themeStyle")?.values).toContain("titleLarge");
      expect(propOf(ft.Text, "overflow")?.values).toEqual(["clip", "ellipsis", "fade", "visible"]);
    });
  });

  describe("constructor", () => {
    it("takes the value first and options second", () => {
      const text = new ft.Text("Hello", { size: 20 });
      expect(text.value).toBe("Hello");
      expect(text.size).toBe(20);
    });

    it("takes an options object alone", () => {
      const text = new ft.Text({ value: "Hi", weight: ft.FontWeight.BOLD });
      expect([text.value, text.weight]).toEqual(["Hi", "bold"]);
    });

    it("lets the primary argument win over an option of the same name", () => {
      expect(new ft.Text("first", { value: "second" }).value).toBe("first");
    });
  });

  describe("validation", () => {
    it("refuses a string size", () => {
      expect(errorCodeOf(() => new ft.Text({ size: "big" as any }))).toBe(
        ft.ErrorCode.PROP_INVALID_VALUE,
      );
    });

    it("refuses a text alignment Flet does not know", () => {
      const text = new ft.Text("x");
      expect(errorCodeOf(() => (text.textAlign = "middle" as any))).toBe(
        ft.ErrorCode.PROP_INVALID_VALUE,
      );
    });

    it("accepts a theme style name or a TextStyle as style", () => {
      const text = new ft.Text("x", { style: ft.TextThemeStyle.HEADLINE_SMALL });
      text.style = {
        size: 12,
        decoration: ft.TextDecoration.UNDERLINE | ft.TextDecoration.OVERLINE,
      };
      expect(text.style).toEqual({ size: 12, decoration: 3 });
    });
  });

  describe("defaults", () => {
    it("reads Flet's defaults while unset", () => {
      const text = new ft.Text();
      expect([text.italic, text.selectable, text.noWrap, text.value]).toEqual([
        false,
        false,
        false,
        undefined,
      ]);
    });
  });
});

describe(ft.Icon, () => {
  it("takes the icon name first", () => {
    const icon = new ft.Icon(ft.icons.FAVORITE, { color: ft.colors.PINK, size: 30 });
    expect([icon.name, icon.color, icon.size]).toEqual(["favorite", "pink", 30]);
  });

  it("declares semanticsLabel as its accessible name", () => {
    expect(namesOf(ft.Icon).props).toEqual(
      expect.arrayContaining(["name", "color", "size", "semanticsLabel"]),
    );
    expect(flagged(ft.Icon, "label")).toEqual(["semanticsLabel"]);
  });

  it("refuses a numeric name", () => {
    expect(errorCodeOf(() => new ft.Icon({ name: 5 as any }))).toBe(
      ft.ErrorCode.PROP_INVALID_VALUE,
    );
  });
});

describe(ft.Image, () => {
  it("takes the source first", () => {
    const image = new ft.Image("/logo.png", {
      fit: ft.ImageFit.CONTAIN,
      repeat: ft.ImageRepeat.NO_REPEAT,
    });
    expect([image.src, image.fit, image.repeat]).toEqual(["/logo.png", "contain", "noRepeat"]);
  });

  it("declares Flet's Image properties and the errorContent slot", () => {
    const { props, slots } = namesOf(ft.Image);
    expect(props).toEqual(
      expect.arrayContaining([
        "src",
        "srcBase64",
        "repeat",
        "fit",
        "borderRadius",
        "color",
        "colorBlendMode",
        "gaplessPlayback",
        "semanticsLabel",
      ]),
    );
    expect(slots).toContain("errorContent");
    expect(flagged(ft.Image, "label")).toEqual(["semanticsLabel"]);
  });

  it.each([
    ["fit", "stretch"],
    ["repeat", "tile"],
    ["colorBlendMode", "burn"],
  ])("refuses %s = %o", (name, value) => {
    expect(errorCodeOf(() => new ft.Image({ [name]: value }))).toBe(
      ft.ErrorCode.PROP_INVALID_VALUE,
    );
  });
});

describe.each([ft.ProgressBar, ft.ProgressRing])("%o", (cls) => {
  it("is indeterminate until a value is set", () => {
    const indicator = new cls();
    expect(indicator.value).toBeUndefined();
    indicator.value = 0.5;
    expect(indicator.value).toBe(0.5);
  });

  it("refuses a percentage string", () => {
    expect(errorCodeOf(() => new cls({ value: "50%" as any }))).toBe(
      ft.ErrorCode.PROP_INVALID_VALUE,
    );
  });

  it("has colour properties", () => {
    expect(namesOf(cls).props).toEqual(expect.arrayContaining(["value", "color", "bgcolor"]));
  });
});

describe(ft.ProgressBar, () => {
  it("declares barHeight", () => {
    expect(propOf(ft.ProgressBar, "barHeight")?.kind).toBe("number");
  });
});

describe(ft.ProgressRing, () => {
  it("declares strokeWidth with Flet's default of 4", () => {
    expect(new ft.ProgressRing().strokeWidth).toBe(4);
  });
});
