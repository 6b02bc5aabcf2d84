import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { errorCodeOf, flagged, namesOf } from "./helpers.js";

type TextButtonClass = new (
  text?: string,
  options?: object,
) => ft.Control & { text: string | undefined };

const LABELLED: [string, TextButtonClass][] = [
  ["ElevatedButton", ft.ElevatedButton],
  ["FilledButton", ft.FilledButton],
  ["FilledTonalButton", ft.FilledTonalButton],
  ["OutlinedButton", ft.OutlinedButton],
  ["TextButton", ft.TextButton],
];

describe.each(LABELLED)("%s", (_name, cls) => {
  describe("constructor", () => {
    it("takes the label first", () => {
      const onClick = () => {};
      const button = new cls("Save", { onClick });
      expect(button.text).toBe("Save");
      expect((button as unknown as { onClick: unknown }).onClick).toBe(onClick);
    });

    it("takes an options object alone", () => {
      expect(
        new (cls as unknown as new (options: object) => { text: string })({ text: "Go" }).text,
      ).toBe("Go");
    });
  });

  describe("schema", () => {
    it("declares Flet's button properties, events and content slot", () => {
      const { props, events, slots } = namesOf(cls);
      expect(props).toEqual(
        expect.arrayContaining([
          "text",
          "icon",
          "iconColor",
          "style",
          "autofocus",
          "url",
          "urlTarget",
        ]),
      );
      expect(events).toEqual(
        expect.arrayContaining(["onClick", "onLongPress", "onHover", "onFocus", "onBlur"]),
      );
      expect(slots).toEqual(["content"]);
      expect(ft.schemaOf(cls).events.find((e) => e.handler === "onHover")?.type).toBe(
        ft.HoverEvent,
      );
    });

    it("marks text as shown text", () => {
      expect(flagged(cls, "text")).toEqual(["text"]);
    });
  });

  describe("validation", () => {
    it("refuses a numeric label", () => {
      expect(errorCodeOf(() => new cls(42 as any))).toBe(ft.ErrorCode.PROP_INVALID_VALUE);
    });

    it("refuses an unknown option", () => {
      expect(errorCodeOf(() => new cls("x", { onTap: () => {} }))).toBe(
        ft.ErrorCode.PROP_UNKNOWN_OPTION,
      );
    });
  });
});

describe(ft.ElevatedButton, () => {
  it("declares color, bgcolor and elevation", () => {
    expect(namesOf(ft.ElevatedButton).props).toEqual(
      expect.arrayContaining(["color", "bgcolor", "elevation"]),
    );
  });

  it.each([ft.FilledButton, ft.FilledTonalButton])("is the base of %o", (cls) => {
    expect(new cls("x")).toBeInstanceOf(ft.ElevatedButton);
  });

  it("takes a ButtonStyle with per-state values", () => {
    const style: ft.ButtonStyle = {
      color: {
        [ft.MaterialState.HOVERED]: ft.colors.WHITE,
        [ft.MaterialState.DEFAULT]: ft.colors.BLACK,
      },
      shape: ft.shapes.stadium(),
      padding: 20,
    };
    expect(new ft.ElevatedButton("Styled", { style }).style).toEqual({
      color: { hovered: "white", "": "black" },
      shape: { type: "stadium" },
      padding: 20,
    });
  });
});

describe(ft.IconButton, () => {
  it("takes the icon first", () => {
    const button = new ft.IconButton(ft.icons.DELETE, { tooltip: "Delete" });
    expect([button.icon, button.tooltip]).toEqual(["delete", "Delete"]);
  });

  it("marks its tooltip as the accessible name", () => {
    expect(flagged(ft.IconButton, "label")).toEqual(["tooltip"]);
    expect(flagged(ft.Text, "label")).not.toContain("tooltip");
  });

  it("declares Flet's IconButton properties and events", () => {
    const { props, events, slots } = namesOf(ft.IconButton);
    expect(props).toEqual(
      expect.arrayContaining([
        "icon",
        "iconColor",
        "iconSize",
        "selected",
        "selectedIcon",
        "selectedIconColor",
        "bgcolor",
        "highlightColor",
        "style",
        "autofocus",
        "url",
        "urlTarget",
      ]),
    );
    expect(events).toEqual(expect.arrayContaining(["onClick", "onFocus", "onBlur"]));
    expect(slots).toEqual(["content"]);
  });

  it("toggles selected", () => {
    const button = new ft.IconButton(ft.icons.STAR, { selectedIcon: ft.icons.STAR });
    expect(button.selected).toBe(false);
    button.selected = true;
    expect(button.selected).toBe(true);
  });
});

describe(ft.FloatingActionButton, () => {
  it("takes the text first", () => {
    expect(new ft.FloatingActionButton("Compose", { icon: ft.icons.EDIT }).text).toBe("Compose");
  });

  it("takes an icon-only options object", () => {
    const fab = new ft.FloatingActionButton({
      icon: ft.icons.ADD,
      mini: true,
      shape: ft.shapes.circle(),
    });
    expect([fab.icon, fab.text, fab.mini]).toEqual(["add", undefined, true]);
  });

  it("declares Flet's FloatingActionButton properties", () => {
    expect(namesOf(ft.FloatingActionButton).props).toEqual(
      expect.arrayContaining([
        "text",
        "icon",
        "bgcolor",
        "shape",
        "autofocus",
        "mini",
        "url",
        "urlTarget",
      ]),
    );
    expect(flagged(ft.FloatingActionButton, "text")).toEqual(["text"]);
    expect(flagged(ft.FloatingActionButton, "label")).toEqual(["tooltip"]);
  });
});
