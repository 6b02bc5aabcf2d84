// RangeSlider in the tester: Flet's props and constructor form, a user's move (as the
// browser sends it) updating both ends, and bad values refused.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodeOf, flagged, namesOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("RangeSlider", () => {
  it("declares Flet 0.21's props and events", () => {
    expect(namesOf(ft.RangeSlider)).toMatchObject({
      props: expect.arrayContaining([
        "startValue",
        "endValue",
        "label",
        "min",
        "max",
        "divisions",
        "round",
        "activeColor",
        "inactiveColor",
        "overlayColor",
      ]),
      events: expect.arrayContaining(["onChange", "onChangeStart", "onChangeEnd"]),
    });
    expect(flagged(ft.RangeSlider, "twoWay")).toEqual(["startValue", "endValue"]);
    const slider = new ft.RangeSlider(2, 8, { max: 10 });
    expect([slider.startValue, slider.endValue, slider.max]).toEqual([2, 8, 10]);
  });

  it("takes a user's move of either thumb", async () => {
    const ranges: string[] = [];
    const slider = new ft.RangeSlider(20, 80, {
      max: 100,
      onChange: (e) => void ranges.push(`${e.control.startValue}-${e.control.endValue}`),
    });
    t = await createTester((page) => page.add(slider));
    await t.trigger(slider, "change", [30, 80], { startValue: 30, endValue: 80 });
    await t.trigger(slider, "change", [30, 60], { startValue: 30, endValue: 60 });
    expect(ranges).toEqual(["30-80", "30-60"]);
  });

  it("refuses bad values where they are set, naming the property", () => {
    expect(errorCodeOf(() => new ft.RangeSlider(0, 1, { divisions: 0 }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
    expect(() => new ft.RangeSlider(0, 1, { round: -1 })).toThrow(/RangeSlider\.round/);
    expect(errorCodeOf(() => new ft.RangeSlider(0, 1, { label: 5 as never }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
  });
});
