// Every control of the three built-in packs (controls, cupertino, semantics) goes through
// the contract kit: a contract test names its class (the page: test/e2e/page-props.test.ts).
// A new control without one fails here.
import { readdirSync, readFileSync } from "node:fs";
import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";

const here = new URL(".", import.meta.url);
// The page cannot be mounted by the kit (it is what the kit mounts into): its props are
// checked the kit's way in test/e2e/page-props.test.ts.
const contractTests = [
  ...readdirSync(here)
    .filter((file) => file.startsWith("contract-") && file.endsWith(".test.ts"))
    .map((file) => new URL(file, here)),
  new URL("../e2e/page-props.test.ts", here),
]
  .map((file) => readFileSync(file, "utf8"))
  .join("\n");

describe("contract kit coverage of the built-in packs", () => {
  it("checks every built-in control in some contract test", () => {
    const builtIns = ft.registeredControls().filter((schema) => schema.pack === "flet-ts");
    // The umbrella registers all three packs.
    expect(builtIns.map((schema) => schema.type)).toEqual(
      expect.arrayContaining(["text", "cupertinobutton", "semantics", "datatable"]),
    );
    const unchecked = builtIns
      .filter(
        (schema) => !new RegExp(`\\bft\\.(?:cv\\.)?${schema.className}\\b`).test(contractTests),
      )
      .map((schema) => schema.className);
    expect(unchecked, "controls no contract test checks").toEqual([]);
  });
});
