import { describe, expect, it } from "vitest";
import { backoffDelay } from "../../src/browser/backoff.js";

describe("backoffDelay", () => {
  it.each([
    [0, 500],
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 8000],
    [5, 10_000],
    [50, 10_000],
  ])("waits the full delay of attempt %i without jitter (%i ms)", (attempt, expected) => {
    expect(backoffDelay(attempt, {}, () => 1)).toBe(expected);
  });

  it("takes at most the jitter share off the delay", () => {
    expect(backoffDelay(3, {}, () => 0)).toBe(3000);
    expect(backoffDelay(3, { jitter: 0 }, () => 0)).toBe(4000);
  });

  it("honours its options", () => {
    expect(backoffDelay(2, { initial: 100, max: 300 }, () => 1)).toBe(300);
  });
});
