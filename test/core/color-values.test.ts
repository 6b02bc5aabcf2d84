// Colour props take colours, not CSS: a value that is not one is refused where the app
// sets it (the browser drops it too; see test/renderers/helpers.test.ts).
import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { isColorValue } from "../../src/core/color-value.js";

describe("colour values", () => {
  it("accepts every ft.colors value, roles, hex, with-opacity, CSS names and numeric rgb()", () => {
    const all = Object.values(ft.colors).filter((v): v is string => typeof v === "string");
    expect(all.length).toBeGreaterThan(200);
    expect(all.filter((v) => !isColorValue(v))).toEqual([]);
    for (const value of [
      "primary",
      "on_surface_variant",
      "#abc",
      "#80ff0000",
      "red,0.5",
      ft.colors.withOpacity(0.3, ft.colors.PRIMARY),
      "rebeccapurple",
      "rgb(1 2 3 / 50%)",
      "hsl(120deg, 50%, 50%)",
    ])
      expect(isColorValue(value), value).toBe(true);
  });

  it.each([
    "url(http://attacker.example/track.png)",
    "var(--secret)",
    "expression(alert(1))",
    "red;background:url(x)",
    "#12345",
    "red,2",
    "notacolor",
  ])("refuses %j where the app sets it, naming the control and property", (value) => {
    const box = new ft.Container({ bgcolor: "red" });
    expect(() => {
      box.bgcolor = value;
    }).toThrow(/Expected Container\.bgcolor to be a colour/);
    expect(box.bgcolor).toBe("red");
    expect(() => new ft.Text("x", { color: value })).toThrow(ft.ErrorCode.PROP_INVALID_VALUE);
  });
});
