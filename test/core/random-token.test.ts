import { describe, expect, it } from "vitest";
import { randomToken, sameSecret } from "../../src/session/random-token.js";

describe("environment-neutral session secrets", () => {
  it("makes base64url tokens of the asked number of bytes, each different", () => {
    const ids = new Set(Array.from({ length: 200 }, () => randomToken(16)));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(randomToken(32)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("compares secrets: equal only when every character matches", () => {
    const token = randomToken(32);
    expect(sameSecret(token, token)).toBe(true);
    expect(sameSecret(token, `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).toBe(
      false,
    );
    expect(sameSecret(token, token.slice(1))).toBe(false);
    expect(sameSecret(token, "")).toBe(false);
    expect(sameSecret("ü", "ü")).toBe(true);
  });
});
