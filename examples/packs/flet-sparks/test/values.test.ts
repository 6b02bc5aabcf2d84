/** The renderers' pure helpers: keys, value texts and the sparkline's summary. */
import { describe, expect, it } from "vitest";
import { nextValue, starCount, summarize, valuesOf, valueText } from "../src/browser/values.js";

describe("StarRating keys", () => {
  const whole = { max: 5, step: 1, rtl: false };
  const half = { max: 5, step: 0.5, rtl: false };

  it("steps with the arrows, within 0 and max", () => {
    expect(nextValue("ArrowRight", 3, whole)).toBe(4);
    expect(nextValue("ArrowUp", 3, whole)).toBe(4);
    expect(nextValue("ArrowLeft", 3, whole)).toBe(2);
    expect(nextValue("ArrowDown", 0, whole)).toBe(0);
    expect(nextValue("ArrowRight", 5, whole)).toBe(5);
    expect(nextValue("ArrowRight", 3, half)).toBe(3.5);
    expect(nextValue("ArrowLeft", 3, half)).toBe(2.5);
  });

  it("snaps a fractional value to the next step", () => {
    expect(nextValue("ArrowRight", 3.7, whole)).toBe(4);
    expect(nextValue("ArrowLeft", 3.7, whole)).toBe(3);
    expect(nextValue("ArrowRight", 3.2, half)).toBe(3.5);
  });

  it("mirrors left and right in RTL", () => {
    expect(nextValue("ArrowLeft", 3, { ...whole, rtl: true })).toBe(4);
    expect(nextValue("ArrowRight", 3, { ...whole, rtl: true })).toBe(2);
  });

  it("jumps with Home, End and digits; ignores other keys", () => {
    expect(nextValue("Home", 3, whole)).toBe(0);
    expect(nextValue("End", 3, whole)).toBe(5);
    expect(nextValue("4", 1, whole)).toBe(4);
    expect(nextValue("7", 1, whole)).toBeUndefined();
    expect(nextValue("Enter", 1, whole)).toBeUndefined();
  });

  it("counts stars and says the value", () => {
    expect([starCount(undefined), starCount(3.4), starCount(0), starCount(1e6)]).toEqual([
      5, 3, 1, 100,
    ]);
    expect(valueText(3.5, 5)).toBe("3.5 of 5 stars");
    expect(valueText(1, 1)).toBe("1 of 1 star");
  });
});

describe("Sparkline summary", () => {
  it("names the data for screen readers", () => {
    expect(summarize("Sales", [3, 17, 12, 9])).toBe("Sales: 4 values, from 3 to 17, last 9");
    expect(summarize("Sales", [5])).toBe("Sales: 1 value, 5");
    expect(summarize(undefined, [])).toBe("Sparkline: no values");
    expect(summarize("Temp", [1.234, 2.5])).toBe("Temp: 2 values, from 1.23 to 2.5, last 2.5");
  });

  it("keeps only finite numbers", () => {
    expect(valuesOf([1, null, "2", Number.NaN, 3])).toEqual([1, 3]);
    expect(valuesOf(undefined)).toEqual([]);
  });
});
