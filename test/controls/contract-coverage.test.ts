// Every control of the three built-in packs (controls, cupertino, semantics) goes through
// the contract kit: a contract test names its class. A new control without one fails here.
import { readdirSync, readFileSync } from "node:fs";
import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";

const here = new URL(".", import.meta.url);
const contractTests = readdirSync(here)
  .filter((file) => file.startsWith("contract-") && file.endsWith(".test.ts"))
  .map((file) => readFileSync(new URL(file, here), "utf8"))
  .join("\n");

describe("contract kit coverage of the built-in packs", () => {
  it("checks every built-in control in some contract test", () => {
    const builtIns = ft.registeredControls().filter((schema) => schema.pack === "flet-ts");
    // The umbrella registers all three packs.
    expect(builtIns.map((schema) => schema.type)).toEqual(
      expect.arrayContaining(["text", "cupertinobutton", "semantics", "datatable"]),
    );
    const unchecked = builtIns
      .filter((schema) => !new RegExp(`\\bft\\.${schema.className}\\b`).test(contractTests))
      .map((schema) => schema.className);
    expect(unchecked, "controls no contract test checks").toEqual([]);
  });
});
