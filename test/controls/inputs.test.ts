import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { errorCodeOf, flagged, namesOf, propOf } from "./helpers.js";

const FORM_FIELD_PROPS = [
  "textSize",
  "textStyle",
  "textVerticalAlign",
  "label",
  "labelStyle",
  "icon",
  "border",
  "color",
  "bgcolor",
  "borderRadius",
  "borderWidth",
  "borderColor",
  "focusedColor",
  "focusedBgcolor",
  "focusedBorderWidth",
  "focusedBorderColor",
  "contentPadding",
  "dense",
  "filled",
  "hintText",
  "hintStyle",
  "helperText",
  "helperStyle",
  "counterText",
  "counterStyle",
  "errorText",
  "errorStyle",
  "prefixIcon",
  "prefixText",
  "prefixStyle",
  "suffixIcon",
  "suffixText",
  "suffixStyle",
];

describe.each([ft.TextField, ft.Dropdown])("%o as a form field", (cls) => {
  it("declares the decoration properties and the prefix/suffix slots", () => {
    const { props, slots } = namesOf(cls);
    expect(props).toEqual(expect.arrayContaining(FORM_FIELD_PROPS));
    expect(slots).toEqual(expect.arrayContaining(["prefix", "suffix"]));
    expect(new cls()).toBeInstanceOf(ft.FormFieldControl);
  });

  it("marks the label as shown text and accessible name", () => {
    expect(flagged(cls, "label")).toEqual(["label"]);
    expect(flagged(cls, "text")).toEqual(
      expect.arrayContaining([
        "label",
        "hintText",
        "helperText",
        "errorText",
        "prefixText",
        "suffixText",
      ]),
    );
  });

  it("refuses an input border Flet does not know", () => {
    expect(propOf(cls, "border")?.values).toEqual(["none", "outline", "underline"]);
    expect(errorCodeOf(() => new cls({ border: "dashed" as any }))).toBe(
      ft.ErrorCode.PROP_INVALID_VALUE,
    );
  });
});

describe(ft.TextField, () => {
  describe("schema", () => {
    it("declares Flet's TextField properties and events", () => {
      const { props, events } = namesOf(ft.TextField);
      expect(props).toEqual(
        expect.arrayContaining([
          "value",
          "keyboardType",
          "multiline",
          "minLines",
          "maxLines",
          "maxLength",
          "password",
          "canRevealPassword",
          "readOnly",
          "shiftEnter",
          "textAlign",
          "autofocus",
          "capitalization",
          "autocorrect",
          "enableSuggestions",
          "smartDashesType",
          "smartQuotesType",
          "showCursor",
          "cursorColor",
          "cursorWidth",
          "cursorHeight",
          "cursorRadius",
          "selectionColor",
          "inputFilter",
        ]),
      );
      expect(events).toEqual(expect.arrayContaining(["onChange", "onSubmit", "onFocus", "onBlur"]));
    });

    it("binds value two-way", () => {
      expect(flagged(ft.TextField, "twoWay")).toEqual(["value"]);
    });
  });

  describe("constructor", () => {
    it("takes options only", () => {
      const field = new ft.TextField({
        label: "Name",
        value: "Ada",
        keyboardType: ft.KeyboardType.NAME,
      });
      expect([field.label, field.value, field.keyboardType]).toEqual(["Name", "Ada", "name"]);
    });

    it("reads Flet's defaults while unset", () => {
      const field = new ft.TextField();
      expect([field.value, field.password, field.autocorrect, field.showCursor]).toEqual([
        "",
        false,
        true,
        true,
      ]);
    });

    it("takes an input filter", () => {
      expect(new ft.TextField({ inputFilter: ft.inputFilter.numbersOnly() }).inputFilter).toEqual({
        regexString: "[0-9]",
        allow: true,
        replacementString: "",
      });
    });
  });

  describe("validation", () => {
    it.each([
      ["keyboardType", "numeric"],
      ["capitalization", "title"],
      ["textAlign", "middle"],
      ["maxLength", "10"],
      ["password", "yes"],
    ])("refuses %s = %o", (name, value) => {
      expect(errorCodeOf(() => new ft.TextField({ [name]: value }))).toBe(
        ft.ErrorCode.PROP_INVALID_VALUE,
      );
    });
  });
});

describe.each([
  ["Checkbox", ft.Checkbox, "boolean"],
  ["Switch", ft.Switch, "boolean"],
  ["Radio", ft.Radio, "string"],
] as const)("%s", (_name, cls, valueKind) => {
  it("takes the label first", () => {
    const control = new cls("Remember me", { autofocus: true });
    expect([control.label, control.autofocus]).toEqual(["Remember me", true]);
  });

  it("marks the label as shown text and accessible name", () => {
    expect(flagged(cls, "text")).toEqual(["label"]);
    expect(flagged(cls, "label")).toEqual(["label"]);
  });

  it(`declares a ${valueKind} value and the label position`, () => {
    expect(propOf(cls, "value")?.kind).toBe(valueKind);
    expect(propOf(cls, "labelPosition")?.values).toEqual(["right", "left"]);
    expect(new cls().labelPosition).toBe("right");
  });

  it("refuses a label position Flet does not know", () => {
    expect(errorCodeOf(() => new cls({ labelPosition: "top" as any }))).toBe(
      ft.ErrorCode.PROP_INVALID_VALUE,
    );
  });
});

describe(ft.Checkbox, () => {
  it("binds value two-way and reads false while unset", () => {
    expect(flagged(ft.Checkbox, "twoWay")).toEqual(["value"]);
    expect(new ft.Checkbox().value).toBe(false);
  });

  it("declares Flet's Checkbox properties and events", () => {
    const { props, events } = namesOf(ft.Checkbox);
    expect(props).toEqual(
      expect.arrayContaining([
        "tristate",
        "fillColor",
        "overlayColor",
        "checkColor",
        "activeColor",
        "hoverColor",
        "focusColor",
        "labelStyle",
      ]),
    );
    expect(events).toEqual(expect.arrayContaining(["onChange", "onFocus", "onBlur"]));
  });

  it("refuses a string value", () => {
    expect(errorCodeOf(() => new ft.Checkbox({ value: "true" as any }))).toBe(
      ft.ErrorCode.PROP_INVALID_VALUE,
    );
  });
});

describe(ft.Switch, () => {
  it("binds value two-way", () => {
    expect(flagged(ft.Switch, "twoWay")).toEqual(["value"]);
  });

  it("declares Flet's Switch colours", () => {
    expect(namesOf(ft.Switch).props).toEqual(
      expect.arrayContaining([
        "activeColor",
        "activeTrackColor",
        "focusColor",
        "inactiveThumbColor",
        "inactiveTrackColor",
        "thumbColor",
        "thumbIcon",
        "trackColor",
      ]),
    );
  });
});

describe(ft.Radio, () => {
  it("is not two-way: the group holds the selection", () => {
    expect(flagged(ft.Radio, "twoWay")).toEqual([]);
    expect(namesOf(ft.Radio).events).not.toContain("onChange");
  });
});

describe(ft.RadioGroup, () => {
  it("takes its content first and binds value two-way", () => {
    const column = new ft.Column([
      new ft.Radio("A", { value: "a" }),
      new ft.Radio("B", { value: "b" }),
    ]);
    const group = new ft.RadioGroup(column, { value: "a" });
    expect([group.content, group.value]).toEqual([column, "a"]);
    expect(flagged(ft.RadioGroup, "twoWay")).toEqual(["value"]);
    expect(namesOf(ft.RadioGroup).events).toContain("onChange");
  });
});

describe(ft.Slider, () => {
  it("declares Flet's Slider properties and events", () => {
    const { props, events } = namesOf(ft.Slider);
    expect(props).toEqual(
      expect.arrayContaining([
        "value",
        "label",
        "min",
        "max",
        "divisions",
        "round",
        "autofocus",
        "activeColor",
        "inactiveColor",
        "thumbColor",
      ]),
    );
    expect(events).toEqual(
      expect.arrayContaining(["onChange", "onChangeStart", "onChangeEnd", "onFocus", "onBlur"]),
    );
  });

  it("binds value two-way and reads min 0 and max 1 while unset", () => {
    expect(flagged(ft.Slider, "twoWay")).toEqual(["value"]);
    const slider = new ft.Slider({ value: 0.3 });
    expect([slider.value, slider.min, slider.max]).toEqual([0.3, 0, 1]);
  });

  it("refuses a string value", () => {
    expect(errorCodeOf(() => new ft.Slider({ value: "0.5" as any }))).toBe(
      ft.ErrorCode.PROP_INVALID_VALUE,
    );
  });
});

describe(ft.Dropdown, () => {
  it("binds value two-way and lists options in a slot", () => {
    expect(flagged(ft.Dropdown, "twoWay")).toEqual(["value"]);
    expect(ft.schemaOf(ft.Dropdown).slots).toContainEqual({ name: "options", list: true });
  });

  it("takes options made with ft.dropdown.Option", () => {
    const dropdown = new ft.Dropdown({
      label: "Size",
      options: [new ft.dropdown.Option("s", { text: "Small" }), new ft.dropdown.Option("m")],
      value: "m",
    });
    expect(dropdown.options.map((o) => [o.key, o.text])).toEqual([
      ["s", "Small"],
      ["m", undefined],
    ]);
  });
});

describe(ft.DropdownOption, () => {
  it("is what ft.dropdown.Option makes", () => {
    expect(ft.dropdown.Option).toBe(ft.DropdownOption);
    expect(new ft.dropdown.Option("a")).toBeInstanceOf(ft.DropdownOption);
  });

  it("takes the key first and marks key and text as shown text", () => {
    expect(new ft.DropdownOption("fr", { text: "French" }).key).toBe("fr");
    expect(flagged(ft.DropdownOption, "text")).toEqual(["key", "text"]);
  });
});
