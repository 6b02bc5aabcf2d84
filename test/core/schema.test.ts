import * as ft from "flet-ts";
import { type ControlEvent, control, type EventHandler, event, prop } from "flet-ts/pack";
import { createTester } from "flet-ts/testing";
import { describe, expect, it } from "vitest";
import { Box, Label } from "../fixtures/mini-controls.js";

describe("schemaOf", () => {
  it("describes a control class as plain data, inherited members included", () => {
    const schema = ft.schemaOf(Label);
    expect(schema).toMatchObject({ type: "test.label", pack: "flet-ts", className: "Label" });
    expect(schema.props.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        "visible",
        "disabled",
        "tooltip",
        "expand",
        "opacity",
        "key",
        "adaptive",
        "value",
        "size",
      ]),
    );
    expect(schema.props.find((p) => p.name === "value")).toEqual({
      name: "value",
      kind: "string",
      text: true,
    });
    expect(schema.props.find((p) => p.name === "visible")).toEqual({
      name: "visible",
      kind: "boolean",
      default: true,
    });
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it("describes slots and events", () => {
    expect(ft.schemaOf(Box).slots).toEqual([
      { name: "controls", list: true },
      { name: "content", list: false },
    ]);
    const page = ft.schemaOf(ft.Page);
    expect(page.events.map((e) => e.name)).toEqual(
      expect.arrayContaining(["routeChange", "viewPop", "appLifecycleStateChange", "resize"]),
    );
  });

  it("gives a subclass without @control its parent's type", () => {
    class Countdown extends Label {}
    expect(ft.schemaOf(Countdown).type).toBe("test.label");
    expect(ft.schemaOf(new Countdown())).toEqual(ft.schemaOf(Label));
  });

  it("stores the schema with reflect-metadata", () => {
    expect(Reflect.getMetadata(ft.SCHEMA_METADATA_KEY, Label)).toMatchObject({
      type: "test.label",
    });
  });

  it("lists registered controls", () => {
    expect(ft.registeredControls().map((s) => s.type)).toEqual(
      expect.arrayContaining(["page", "view", "test.label"]),
    );
    expect(ft.controlClassOf("test.label")).toBe(Label);
  });

  it("refuses two classes for one type name", () => {
    expect(() => {
      @control("test.label")
      class Other extends ft.Control {}
      return Other;
    }).toThrowError(expect.objectContaining({ code: ft.ErrorCode.SCHEMA_DUPLICATE_TYPE }));
  });

  it("lets a pack declare a versioned control with typed events", () => {
    class RateEvent extends ft.ControlEvent {
      get stars(): number {
        return Number(this.data);
      }
    }
    @control("acme.rating", { pack: "acme-rating", version: "1.2.0" })
    class Rating extends ft.ConstrainedControl {
      @prop({ kind: "number", default: 0, twoWay: true }) accessor value: number | undefined;
      @event({ type: RateEvent }) accessor onRate: EventHandler<RateEvent> | undefined;
      @event("hover") accessor onPointerOver: EventHandler<ControlEvent<Rating>> | undefined;
    }
    const schema = ft.schemaOf(Rating);
    expect(schema).toMatchObject({ type: "acme.rating", pack: "acme-rating", version: "1.2.0" });
    expect(schema.events.map((e) => [e.handler, e.name])).toEqual(
      expect.arrayContaining([
        ["onRate", "rate"],
        ["onPointerOver", "hover"],
      ]),
    );
    expect(new Rating().value).toBe(0);
  });

  it("refuses to mount an abstract control", async () => {
    class Bare extends ft.Control {}
    const t = await createTester((page) => page.add(new Bare()));
    try {
      t.expectError(ft.ErrorCode.SCHEMA_MISSING);
      expect((t.errors[0] as ft.FletError).code).toBe(ft.ErrorCode.SCHEMA_MISSING);
    } finally {
      await t.close();
    }
  });
});

describe("custom controls", () => {
  it("moves class fields that hide declared properties behind them, with a dev warning", async () => {
    class Greeting extends Label {
      // TypeScript refuses this (TS2610); plain JavaScript apps can still write it.
      // @ts-expect-error
      value = "from a field";
    }
    const greeting = new Greeting();
    const t = await createTester((page) => page.add(greeting));
    try {
      expect(t.find.text("from a field").exists).toBe(true);
      expect(Object.hasOwn(greeting, "value")).toBe(false);
      greeting.value = "changed";
      greeting.update();
      await t.settle();
      expect(t.find.text("changed").exists).toBe(true);
      expect(t.warnings[0]).toMatch(/Greeting declares value as class fields/);
    } finally {
      await t.close();
    }
  });

  it("lets constructor options win over accessor initialisers", () => {
    @control("test.initialised")
    class Initialised extends ft.Control {
      constructor(options?: ft.ControlOptions<Initialised>) {
        super(options);
      }
      @prop({ kind: "string" }) accessor label: string | undefined = "default";
    }
    expect(new Initialised().label).toBe("default");
    expect(new Initialised({ label: "given" }).label).toBe("given");
  });

  it("keeps non-property fields of subclasses out of the wire", async () => {
    class Countdown extends Label {
      running = false;
      constructor(public seconds: number) {
        super();
      }
    }
    const t = await createTester((page) => page.add(new Countdown(5)));
    try {
      expect(t.tree().views).toEqual([{ type: "view", controls: [{ type: "test.label" }] }]);
    } finally {
      await t.close();
    }
  });
});
