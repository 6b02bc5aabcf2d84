import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { errorCodeOf, namesOf, propOf } from "./helpers.js";

describe(ft.Container, () => {
  describe("schema", () => {
    it("declares Flet's Container properties, events and slot", () => {
      const { props, events, slots } = namesOf(ft.Container);
      expect(props).toEqual(
        expect.arrayContaining([
          "padding",
          "margin",
          "alignment",
          "bgcolor",
          "gradient",
          "blendMode",
          "border",
          "borderRadius",
          "imageSrc",
          "imageSrcBase64",
          "imageRepeat",
          "imageFit",
          "imageOpacity",
          "shape",
          "clipBehavior",
          "ink",
          "inkColor",
          "animate",
          "blur",
          "shadow",
          "url",
          "urlTarget",
          "theme",
          "themeMode",
        ]),
      );
      expect(events).toEqual(
        expect.arrayContaining(["onClick", "onLongPress", "onHover", "onAnimationEnd"]),
      );
      expect(slots).toEqual(["content"]);
    });

    it("hands click handlers a TapEvent and hover handlers a HoverEvent", () => {
      const events = ft.schemaOf(ft.Container).events;
      expect(events.find((e) => e.handler === "onClick")).toMatchObject({
        name: "click",
        type: ft.TapEvent,
      });
      expect(events.find((e) => e.handler === "onHover")).toMatchObject({
        name: "hover",
        type: ft.HoverEvent,
      });
      expect(events.find((e) => e.handler === "onLongPress")).toEqual({
        handler: "onLongPress",
        name: "longPress",
      });
    });
  });

  describe("constructor", () => {
    it("takes the content first", () => {
      const text = new ft.Text("inside");
      const box = new ft.Container(text, { padding: 10 });
      expect(box.content).toBe(text);
      expect(box.padding).toBe(10);
    });

    it("takes helper values for padding, border, radius and alignment", () => {
      const box = new ft.Container({
        padding: ft.padding.symmetric({ horizontal: 8, vertical: 4 }),
        border: ft.border.all(1, ft.colors.OUTLINE),
        borderRadius: ft.borderRadius.all(12),
        alignment: ft.alignment.center,
      });
      expect(box.padding).toEqual({ left: 8, top: 4, right: 8, bottom: 4 });
      expect(box.border?.top).toEqual({ width: 1, color: "outline" });
      expect(box.borderRadius).toEqual({
        topLeft: 12,
        topRight: 12,
        bottomLeft: 12,
        bottomRight: 12,
      });
      expect(box.alignment).toEqual({ x: 0, y: 0 });
    });
  });

  describe("validation", () => {
    it.each([
      ["shape", "oval"],
      ["clipBehavior", "soft"],
      ["imageFit", "stretch"],
      ["themeMode", "dim"],
      ["blendMode", "burn"],
    ])("refuses %s = %o", (name, value) => {
      expect(errorCodeOf(() => new ft.Container({ [name]: value }))).toBe(
        ft.ErrorCode.PROP_INVALID_VALUE,
      );
    });

    it("refuses a handler that is not a function", () => {
      expect(errorCodeOf(() => new ft.Container({ onClick: "go" as any }))).toBe(
        ft.ErrorCode.PROP_INVALID_VALUE,
      );
    });

    it("reads imageOpacity and ink defaults while unset", () => {
      const box = new ft.Container();
      expect([box.imageOpacity, box.ink]).toEqual([1, false]);
    });
  });
});

const LINEAR: [
  string,
  new (controls?: ft.Control[], options?: object) => { controls: ft.Control[] },
][] = [
  ["Row", ft.Row],
  ["Column", ft.Column],
  ["Stack", ft.Stack],
  ["ListView", ft.ListView],
  ["GridView", ft.GridView],
  ["ResponsiveRow", ft.ResponsiveRow],
];

describe.each(LINEAR)("%s", (_name, cls) => {
  it("takes the children array first", () => {
    const a = new ft.Text("a");
    const b = new ft.Text("b");
    expect(new cls([a, b]).controls).toEqual([a, b]);
  });

  it("takes the children array with options", () => {
    const row = new cls([new ft.Text("a")], { visible: false }) as unknown as ft.Control & {
      controls: ft.Control[];
    };
    expect(row.controls).toHaveLength(1);
    expect(row.visible).toBe(false);
  });

  it("takes the children as an option", () => {
    const a = new ft.Text("a");
    expect(
      new (cls as unknown as new (options: object) => { controls: ft.Control[] })({ controls: [a] })
        .controls,
    ).toEqual([a]);
  });

  it("starts with an empty live list", () => {
    const parent = new cls();
    parent.controls.push(new ft.Text("later"));
    expect(parent.controls).toHaveLength(1);
  });

  it("declares controls as a list slot", () => {
    expect(ft.schemaOf(cls).slots).toContainEqual({ name: "controls", list: true });
  });
});

describe.each([ft.Row, ft.Column, ft.ListView, ft.GridView])(
  "%o as a scrollable control",
  (cls) => {
    it("declares the scroll properties and a typed onScroll", () => {
      const { props } = namesOf(cls);
      expect(props).toEqual(
        expect.arrayContaining(["scroll", "autoScroll", "reverse", "onScrollInterval"]),
      );
      expect(propOf(cls, "scroll")?.values).toEqual(["auto", "adaptive", "always", "hidden"]);
      expect(ft.schemaOf(cls).events.find((e) => e.handler === "onScroll")?.type).toBe(
        ft.ScrollEvent,
      );
    });

    it("is a ScrollableControl", () => {
      expect(new cls()).toBeInstanceOf(ft.ScrollableControl);
    });
  },
);

describe(ft.Row, () => {
  it("declares alignment, verticalAlignment, spacing, tight, wrap and runSpacing", () => {
    expect(namesOf(ft.Row).props).toEqual(
      expect.arrayContaining([
        "alignment",
        "verticalAlignment",
        "spacing",
        "tight",
        "wrap",
        "runSpacing",
      ]),
    );
    expect(new ft.Row().spacing).toBe(10);
  });

  it("refuses an alignment Flet does not know", () => {
    expect(errorCodeOf(() => new ft.Row([], { alignment: "middle" as any }))).toBe(
      ft.ErrorCode.PROP_INVALID_VALUE,
    );
  });
});

describe(ft.Column, () => {
  it("declares horizontalAlignment", () => {
    const column = new ft.Column([], { horizontalAlignment: ft.CrossAxisAlignment.CENTER });
    expect(column.horizontalAlignment).toBe("center");
    expect(propOf(ft.Column, "horizontalAlignment")?.values).toContain("stretch");
  });
});

describe(ft.Stack, () => {
  it("declares clipBehavior", () => {
    expect(propOf(ft.Stack, "clipBehavior")?.values).toEqual([
      "none",
      "antiAlias",
      "antiAliasWithSaveLayer",
      "hardEdge",
    ]);
  });
});

describe(ft.ListView, () => {
  it("declares Flet's ListView properties", () => {
    expect(namesOf(ft.ListView).props).toEqual(
      expect.arrayContaining([
        "horizontal",
        "spacing",
        "itemExtent",
        "firstItemPrototype",
        "dividerThickness",
        "padding",
      ]),
    );
  });
});

describe(ft.GridView, () => {
  it("declares Flet's GridView properties", () => {
    expect(namesOf(ft.GridView).props).toEqual(
      expect.arrayContaining([
        "horizontal",
        "runsCount",
        "maxExtent",
        "spacing",
        "runSpacing",
        "childAspectRatio",
        "padding",
      ]),
    );
  });
});

describe(ft.ResponsiveRow, () => {
  it("takes responsive numbers for columns and spacing", () => {
    const row = new ft.ResponsiveRow([], { columns: { xs: 4, md: 12 }, spacing: 5 });
    expect(row.columns).toEqual({ xs: 4, md: 12 });
    expect(row.runSpacing).toBe(10);
    expect(new ft.ResponsiveRow().columns).toBe(12);
  });
});

describe(ft.Card, () => {
  it("takes the content first", () => {
    const text = new ft.Text("in a card");
    const card = new ft.Card(text, { elevation: 4, shape: ft.shapes.roundedRectangle(8) });
    expect(card.content).toBe(text);
    expect(card.shape).toEqual({ type: "roundedRectangle", radius: 8 });
  });

  it("declares Flet's Card properties", () => {
    expect(namesOf(ft.Card).props).toEqual(
      expect.arrayContaining([
        "margin",
        "elevation",
        "color",
        "shadowColor",
        "surfaceTintColor",
        "shape",
      ]),
    );
  });
});

describe.each([
  [ft.Divider, "height"],
  [ft.VerticalDivider, "width"],
] as const)("%o", (cls, extent) => {
  it(`declares ${extent}, thickness and color`, () => {
    expect(namesOf(cls).props).toEqual(expect.arrayContaining([extent, "thickness", "color"]));
  });

  it("reads Flet's default extent while unset", () => {
    expect((new cls() as unknown as Record<string, unknown>)[extent]).toBe(16);
  });

  it("refuses a string thickness", () => {
    expect(errorCodeOf(() => new cls({ thickness: "thin" as any }))).toBe(
      ft.ErrorCode.PROP_INVALID_VALUE,
    );
  });
});

describe(ft.ListTile, () => {
  it("declares leading, title, subtitle and trailing as single-child slots", () => {
    expect(namesOf(ft.ListTile).slots).toEqual(["leading", "title", "subtitle", "trailing"]);
  });

  it("declares Flet's ListTile properties and events", () => {
    const { props, events } = namesOf(ft.ListTile);
    expect(props).toEqual(
      expect.arrayContaining([
        "contentPadding",
        "bgcolor",
        "bgcolorActivated",
        "hoverColor",
        "isThreeLine",
        "selected",
        "dense",
        "autofocus",
        "toggleInputs",
        "url",
        "urlTarget",
      ]),
    );
    expect(events).toEqual(expect.arrayContaining(["onClick", "onLongPress"]));
  });

  it("takes its slots as options", () => {
    const title = new ft.Text("Title");
    expect(new ft.ListTile({ title, dense: true }).title).toBe(title);
  });
});
