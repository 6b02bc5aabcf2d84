import { describe, expect, it } from "vitest";
import { parseArgs, UsageError } from "../../src/cli/args.js";
import { cli } from "../../src/cli/cli.js";
import { CREATE_COMMAND, RUN_COMMAND } from "../../src/cli/commands.js";
import { ownPackage } from "../../src/cli/own-package.js";

/** Runs the CLI in-process and collects what it writes. */
async function capture(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await cli(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

describe("parseArgs", () => {
  describe("run", () => {
    it.each([
      [[], {}, [], []],
      [["app.ts"], {}, ["app.ts"], []],
      [["app.ts", "--port", "9000"], { port: 9000 }, ["app.ts"], []],
      [["--port=0", "dir"], { port: 0 }, ["dir"], []],
      [["-p", "8001", "-r", "-w"], { port: 8001, reload: true, web: true }, [], []],
      [
        ["--reload", "--web", "--host", "127.0.0.1"],
        { reload: true, web: true, host: "127.0.0.1" },
        [],
        [],
      ],
      [["--path", "/apps/counter"], { path: "/apps/counter" }, [], []],
      [["--path", "apps/counter/"], { path: "/apps/counter" }, [], []],
      [["app.ts", "--", "--port", "1"], {}, ["app.ts"], ["--port", "1"]],
      [["--help"], { help: true }, [], []],
    ] as const)("parses %j", (argv, options, positionals, rest) => {
      expect(parseArgs(argv, RUN_COMMAND)).toEqual({ options, positionals, rest });
    });

    it.each([
      [["--port", "abc"], 'Expected --port to be an integer from 0 to 65535, but got "abc".'],
      [["--port", "70000"], 'Expected --port to be an integer from 0 to 65535, but got "70000".'],
      [["--port"], "Expected N after --port, but got nothing."],
      [["--port", "--web"], "Expected N after --port, but got nothing."],
      [["--host", "not a host"], "Expected --host to be an IP address"],
      [["--path", "/a/../b"], "Expected --path to be a URL path of plain segments"],
      [["--web=yes"], 'Expected no value after --web (it is a flag), but got "yes".'],
      [["--frob"], 'Unknown option --frob for "flet-ts run". Expected one of: --web, --port'],
      [["-x"], 'Unknown option -x for "flet-ts run".'],
      [["a.ts", "b.ts"], 'Expected at most <app>, but got also "b.ts".'],
    ] as const)("refuses %j", (argv, message) => {
      expect(() => parseArgs(argv, RUN_COMMAND)).toThrowError(UsageError);
      expect(() => parseArgs(argv, RUN_COMMAND)).toThrowError(message);
    });
  });

  describe("create", () => {
    it("takes a folder and the hidden --flet-ts spec", () => {
      expect(parseArgs(["my-app", "--flet-ts", "file:../x", "--install"], CREATE_COMMAND)).toEqual({
        options: { "flet-ts": "file:../x", install: true },
        positionals: ["my-app"],
        rest: [],
      });
    });

    it("needs the folder", () => {
      expect(() => parseArgs([], CREATE_COMMAND)).toThrowError("Expected <dir>, but got nothing.");
    });

    it("takes no arguments after --", () => {
      expect(() => parseArgs(["x", "--", "y"], CREATE_COMMAND)).toThrowError(
        'Expected no arguments after "--", but got y.',
      );
    });
  });
});

describe("cli", () => {
  it("prints the version", async () => {
    expect(await capture(["--version"])).toEqual({
      code: 0,
      out: `${ownPackage().version}\n`,
      err: "",
    });
  });

  it.each([["--help"], ["-h"], ["help"]])("prints the commands for %s", async (flag) => {
    const { code, out } = await capture([flag]);
    expect(code).toBe(0);
    expect(out).toMatch(/Usage: flet-ts <command>/);
    for (const command of ["run", "create", "pack create", "pack dev"])
      expect(out).toContain(`  ${command} `);
  });

  it.each([
    [["run", "--help"], "Usage: flet-ts run [app] [options] [-- app arguments]"],
    [["create", "-h"], "Usage: flet-ts create <dir> [options]"],
    [["pack", "create", "--help"], "Usage: flet-ts pack create <dir> [options]"],
    [["pack", "--help"], "Usage: flet-ts pack create <dir> [options]"],
    [
      ["pack", "dev", "--help"],
      "Usage: flet-ts pack dev <pack> [app] [options] [-- app arguments]",
    ],
  ])("prints the help of %j", async (argv, usage) => {
    const { code, out } = await capture(argv);
    expect(code).toBe(0);
    expect(out.split("\n")[0]).toBe(usage);
    expect(out).not.toContain("--flet-ts"); // hidden
  });

  it.each([
    [[], "", "Usage: flet-ts <command>"],
    [
      ["frob"],
      "",
      'Unknown command "frob". Expected one of: run, build, create, pack create, pack dev.',
    ],
    [["--frob"], "", "Unknown option --frob. Expected a command"],
    [["pack", "frob"], "pack create ", 'Unknown pack command "frob". Expected: create, dev.'],
    [["run", "--port", "x"], "run ", "Expected --port to be an integer"],
    [["create"], "create ", "Expected <dir>, but got nothing."],
  ])("exits with 2 on %j and points at --help", async (argv, command, message) => {
    const { code, out, err } = await capture(argv);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(message);
    if (argv.length > 0) expect(err).toContain(`Run "flet-ts ${command}--help" for usage.`);
  });
});
