// The layout conformance suite: every scenario of the table in one Chromium tab, its
// boxes measured with getBoundingClientRect and compared to Flutter's (docs/guides/layout.md).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LayoutBench, mismatches } from "./harness.js";
import { scenarios } from "./scenarios.js";

const bench = new LayoutBench();
beforeAll(() => bench.start(), 60_000);
afterAll(() => bench.stop());

describe("layout follows Flet's rules", () => {
  it("has at least 40 scenarios, each with a rule", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
    for (const scenario of scenarios) expect(scenario.rule).not.toBe("");
  });

  it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))(
    "%s",
    async (_name, scenario) => {
      const boxes = await bench.measure(scenario);
      expect(mismatches(scenario.expect, boxes), scenario.rule).toEqual([]);
      scenario.check?.(boxes);
    },
  );
});
