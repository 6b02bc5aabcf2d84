import type * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { escapeControlCharacters, LogBudget } from "../../src/session/safe-logger.js";

function capture() {
  const lines: string[] = [];
  const logger: ft.Logger = {
    error: (message) => void lines.push(message),
    warn: (message) => void lines.push(message),
    info: (message) => void lines.push(message),
    debug: (message) => void lines.push(message),
  };
  return { lines, logger };
}

describe("log hygiene", () => {
  it("writes control characters as visible escapes, and leaves other text alone", () => {
    expect(escapeControlCharacters("a\nb\rc\td\u001b[0m\u2028é ✓")).toBe(
      "a\\nb\\rc\\td\\u001b[0m\\u2028é ✓",
    );
  });

  it("writes at most the budget per window, then says how many it left out", () => {
    let now = 0;
    const budget = new LogBudget(3, 1_000, () => now);
    const { lines, logger } = capture();
    for (let i = 0; i < 10; i++) budget.warn(logger, `bad ${i}`);
    expect(lines).toEqual([
      "bad 0",
      "bad 1",
      "bad 2",
      "Log budget of 3 lines per 1 s reached; further such lines are counted, not written.",
    ]);
    now = 1_000;
    budget.warn(logger, "bad 10");
    expect(lines.slice(4)).toEqual(["7 more such lines were left out (log budget).", "bad 10"]);
  });
});
