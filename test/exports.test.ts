import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as client from "flet-ts/client";
import * as pack from "flet-ts/pack";
import * as testing from "flet-ts/testing";
import { describe, expect, it } from "vitest";
import * as main from "../src/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const names = (module: object) => Object.keys(module).sort();

describe("public exports", () => {
  it("pins the names of every entry point", () => {
    expect({
      "flet-ts/pack": names(pack),
      "flet-ts/testing": names(testing),
      "flet-ts/client": names(client),
    }).toMatchSnapshot();
  });

  it("re-exports the pack API and the core catalog from flet-ts", () => {
    for (const name of names(pack)) expect(main).toHaveProperty(name);
    for (const name of [
      "Text",
      "ElevatedButton",
      "Column",
      "TextField",
      "AlertDialog",
      "colors",
      "icons",
      "AppHost",
      "sleep",
      "createMemoryTransportPair",
    ]) {
      expect(main).toHaveProperty(name);
    }
  });

  it("works from the built package (dist), imported by name", () => {
    expect(
      existsSync(`${root}dist/src/index.js`),
      "run `npm run build` first (npm test does)",
    ).toBe(true);
    const script = `
      const ft = await import("flet-ts");
      const { createTester } = await import("flet-ts/testing");
      const t = await createTester((page) => page.add(new ft.Text("built", { size: 12 })));
      const found = t.find.text("built").exists;
      await t.close();
      console.log(JSON.stringify({ found, type: ft.schemaOf(ft.Text).type }));
    `;
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: root,
      encoding: "utf8",
    });
    expect(JSON.parse(output.trim().split("\n").at(-1)!)).toEqual({ found: true, type: "text" });
  });
});
