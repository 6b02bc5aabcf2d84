import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { errorCodeOf, namesOf, propOf } from "./helpers.js";

describe(ft.SafeArea, () => {
  it("declares Flet 0.21's SafeArea properties and content slot", () => {
    const { props, slots } = namesOf(ft.SafeArea);
    expect(props).toEqual(
      expect.arrayContaining([
        "left",
        "top",
        "right",
        "bottom",
        "maintainBottomViewPadding",
        "minimum",
      ]),
    );
    expect(slots).toContain("content");
    expect(propOf(ft.SafeArea, "top")?.default).toBe(true);
    expect(propOf(ft.SafeArea, "maintainBottomViewPadding")?.default).toBe(false);
  });

  it("takes its content positionally, then options", () => {
    const text = new ft.Text("Hi");
    const area = new ft.SafeArea(text, { bottom: false, minimum: 8 });
    expect(area.content).toBe(text);
    expect(area.bottom).toBe(false);
    expect(area.minimum).toBe(8);
  });

  it("rejects a negative minimum with a coded error", () => {
    expect(errorCodeOf(() => new ft.SafeArea({ minimum: -1 }))).toMatch(/^FLET_ERR_/);
  });
});
