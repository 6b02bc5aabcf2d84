import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";

describe(ft.TapEvent, () => {
  const box = new ft.Container();

  it.each([
    ["an object with long names", { localX: 1, localY: 2, globalX: 3, globalY: 4 }],
    ["an object with Flet's short names", { lx: 1, ly: 2, gx: 3, gy: 4 }],
    ["Flet's JSON text", '{"lx":1,"ly":2,"gx":3,"gy":4}'],
  ])("reads the position from %s", (_case, data) => {
    const event = new ft.TapEvent(box, "click", data);
    expect([event.localX, event.localY, event.globalX, event.globalY]).toEqual([1, 2, 3, 4]);
    expect(event.control).toBe(box);
    expect(event.name).toBe("click");
  });

  it.each([undefined, null, "not json", [1, 2], 7])(
    "reads zeros when the payload is %o",
    (data) => {
      const event = new ft.TapEvent(box, "click", data);
      expect([event.localX, event.localY, event.globalX, event.globalY]).toEqual([0, 0, 0, 0]);
    },
  );
});

describe(ft.HoverEvent, () => {
  it.each([
    [true, true],
    ["true", true],
    [false, false],
    ["false", false],
    [undefined, false],
  ])("reads hovered from %o as %o", (data, hovered) => {
    expect(new ft.HoverEvent(new ft.Container(), "hover", data).hovered).toBe(hovered);
  });
});

describe(ft.ScrollEvent, () => {
  const list = new ft.ListView();

  it("reads an update with long names", () => {
    const event = new ft.ScrollEvent(list, "scroll", {
      eventType: "update",
      pixels: 120,
      minScrollExtent: 0,
      maxScrollExtent: 900,
      viewportDimension: 400,
      scrollDelta: 12,
    });
    expect(event).toMatchObject({
      eventType: "update",
      pixels: 120,
      minScrollExtent: 0,
      maxScrollExtent: 900,
      viewportDimension: 400,
      scrollDelta: 12,
      direction: undefined,
      overscroll: undefined,
      velocity: undefined,
    });
  });

  it("reads Flet's JSON text with short names", () => {
    const event = new ft.ScrollEvent(
      list,
      "scroll",
      '{"t":"overscroll","p":5,"minse":0,"maxse":5,"vd":3,"os":2,"v":1.5}',
    );
    expect([event.eventType, event.pixels, event.overscroll, event.velocity]).toEqual([
      ft.ScrollEventType.OVERSCROLL,
      5,
      2,
      1.5,
    ]);
  });

  it("reads a user scroll's direction", () => {
    expect(
      new ft.ScrollEvent(list, "scroll", { eventType: "user", direction: "reverse" }).direction,
    ).toBe("reverse");
  });

  it("treats an unknown phase as an update", () => {
    expect(new ft.ScrollEvent(list, "scroll", { eventType: "wobble" }).eventType).toBe("update");
  });
});
