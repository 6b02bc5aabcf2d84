import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as controls from "flet-ts/controls";
import * as cupertino from "flet-ts/cupertino";
import * as pack from "flet-ts/pack";
import * as protocol from "flet-ts/protocol";
import * as semantics from "flet-ts/semantics";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as main from "../umbrella/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const names = (module: object) => Object.keys(module).sort();
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  exports: Record<string, string | { types: string; default: string }>;
};

/** Every entry point of package.json, by its import name, with its TypeScript source. */
const entries = Object.entries(pkg.exports).flatMap(([key, target]) => {
  if (typeof target === "string") return [];
  const name = key === "." ? "flet-ts" : `flet-ts/${key.slice(2)}`;
  const source = target.default.replace(/^\.\/dist\//, "").replace(/\.js$/, ".ts");
  return [{ name, source: join(root, source) }];
});

/** The sorted names (values and types) each entry exports, read by the TypeScript checker. */
function exportedNames(): Record<string, string[]> {
  // The project's own settings (its `paths` map each entry to its source).
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (config === undefined) throw new Error("cannot read tsconfig.json");
  const program = ts.createProgram(
    entries.map((entry) => entry.source),
    { ...config.options, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const result: Record<string, string[]> = {};
  for (const entry of entries) {
    const file = program.getSourceFile(entry.source);
    if (file === undefined) throw new Error(`no source for ${entry.name}: ${entry.source}`);
    const symbol = checker.getSymbolAtLocation(file);
    if (symbol === undefined) throw new Error(`${entry.source} is not a module`);
    result[entry.name] = checker
      .getExportsOfModule(symbol)
      .map((s) => s.name)
      .sort();
  }
  return result;
}

/** The TypeScript files under a folder of the package (tests excluded). */
function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => join(dir, file));
}

describe("public exports", () => {
  it("has a TypeScript source for every entry point of package.json", () => {
    expect(entries.map((entry) => entry.name)).toEqual([
      "flet-ts",
      "flet-ts/pack",
      "flet-ts/protocol",
      "flet-ts/testing",
      "flet-ts/testing/browser",
      "flet-ts/client",
      "flet-ts/browser",
      "flet-ts/controls",
      "flet-ts/controls/browser",
      "flet-ts/cupertino",
      "flet-ts/cupertino/browser",
      "flet-ts/semantics",
      "flet-ts/semantics/browser",
      "flet-ts/express",
      "flet-ts/fastify",
      "flet-ts/koa",
      "flet-ts/hono",
    ]);
    for (const entry of entries) expect(existsSync(entry.source), entry.source).toBe(true);
  });

  it("pins the names (values and types) of every entry point", () => {
    expect(exportedNames()).toMatchSnapshot();
  }, 120_000);

  it("gathers the pack API and the built-in packs in flet-ts", () => {
    for (const module of [pack, controls, cupertino, semantics]) {
      for (const name of names(module)) expect(main).toHaveProperty(name);
    }
    for (const name of ["Text", "CupertinoButton", "Semantics", "colors", "icons", "AppHost"]) {
      expect(main).toHaveProperty(name);
    }
  });

  it("keeps the codec, wire, pointer and transport names out of ft.*", () => {
    expect(names(protocol).length).toBeGreaterThan(10);
    for (const name of names(protocol)) expect(main).not.toHaveProperty(name);
    for (const name of ["encodeMessage", "toPointer", "createMemoryTransportPair", "WsTransport"]) {
      expect(protocol).toHaveProperty(name);
    }
  });

  it("has no module below the umbrella importing it (no import circle through flet-ts)", () => {
    const offenders: string[] = [];
    for (const dir of ["src", "controls", "cupertino", "semantics"]) {
      for (const file of sources(dir)) {
        // The templates of `flet-ts create` are apps: they import "flet-ts" in their text.
        if (file.startsWith("src/cli/templates/")) continue;
        const text = readFileSync(join(root, file), "utf8");
        // Import statements only (TSDoc examples and the app templates mention "flet-ts").
        if (/^(import|export|\})[^\n]* from "(flet-ts|(\.\.\/)+umbrella\/[^"]*)";$/m.test(text)) {
          offenders.push(file);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it("works from the built package (dist), imported by name", () => {
    expect(
      existsSync(`${root}dist/umbrella/index.js`),
      "run `npm run build` first (npm test does)",
    ).toBe(true);
    const script = `
      const ft = await import("flet-ts");
      const { Text } = await import("flet-ts/controls");
      const { CupertinoButton } = await import("flet-ts/cupertino");
      const { encodeMessage } = await import("flet-ts/protocol");
      const { createTester } = await import("flet-ts/testing");
      const t = await createTester((page) => page.add(new ft.Text("built", { size: 12 })));
      const found = t.find.text("built").exists;
      await t.close();
      console.log(JSON.stringify({
        found,
        type: ft.schemaOf(ft.Text).type,
        same: Text === ft.Text && CupertinoButton === ft.CupertinoButton,
        protocol: typeof encodeMessage === "function" && !("encodeMessage" in ft),
      }));
    `;
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: root,
      encoding: "utf8",
    });
    expect(JSON.parse(output.trim().split("\n").at(-1)!)).toEqual({
      found: true,
      type: "text",
      same: true,
      protocol: true,
    });
  });
});
