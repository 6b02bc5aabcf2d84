/**
 * Two copies of flet-ts in one process: a pack linked into an app (npm link, a `file:`
 * dependency) resolves flet-ts from its own `node_modules`, so the app loads one copy and
 * the pack another. The second copy refuses to load, naming both folders; a control of
 * another copy that still reaches a slot (a copy too old to check) is called that, not
 * "not a control". Both run for real: the built package and a copy of it in a temp
 * folder, in a Node process of their own.
 */
import { execFile } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = realpathSync(fileURLToPath(new URL("../..", import.meta.url)));

let dir: string;
/** The app's copy (this repository, linked) and the pack's own copy (a real folder). */
let appCopy: string;
let packCopy: string;

/** `node [...flags] <file>` in `cwd`; resolves with its exit code and combined output. */
function node(
  file: string,
  cwd: string,
  flags: readonly string[] = [],
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const args = [...flags, file];
    execFile(process.execPath, args, { cwd, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr });
    });
  });
}

beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "flet-two-copies-")));
  // The app: flet-ts linked to this repository, the pack linked as npm link would.
  const app = join(dir, "app");
  mkdirSync(join(app, "node_modules"), { recursive: true });
  symlinkSync(repo, join(app, "node_modules/flet-ts"), "dir");
  symlinkSync(join(dir, "acme-pack"), join(app, "node_modules/acme-pack"), "dir");
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", type: "module" }));
  appCopy = repo;
  // The pack, with flet-ts installed in its own folder (its devDependency, for its tests).
  const pack = join(dir, "acme-pack");
  packCopy = join(pack, "node_modules/flet-ts");
  mkdirSync(join(packCopy, "dist"), { recursive: true });
  copyFileSync(join(repo, "package.json"), join(packCopy, "package.json"));
  cpSync(join(repo, "dist/src"), join(packCopy, "dist/src"), { recursive: true });
  for (const name of readdirSync(join(repo, "node_modules"))) {
    if (name.startsWith(".") || name === "flet-ts" || name === "flet-sparks") continue;
    symlinkSync(join(repo, "node_modules", name), join(pack, "node_modules", name), "dir");
  }
  writeFileSync(
    join(pack, "package.json"),
    JSON.stringify({ name: "acme-pack", version: "1.0.0", type: "module", main: "index.js" }),
  );
  writeFileSync(
    join(pack, "index.js"),
    [
      'import { ConstrainedControl, control } from "flet-ts/pack";',
      "export class Badge extends ConstrainedControl {}",
      'control("acme.badge", { pack: "acme-pack", version: "1.0.0" })(Badge, { kind: "class", name: "Badge", metadata: {} });',
    ].join("\n"),
  );
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("two copies of flet-ts", () => {
  it("stop the app at startup with an error naming both folders and the fix", async () => {
    writeFileSync(
      join(dir, "app/main.js"),
      'import * as ft from "flet-ts";\nimport { Badge } from "acme-pack";\nconsole.log("loaded", typeof ft.Text, typeof Badge);\n',
    );
    const { code, output } = await node("main.js", join(dir, "app"));
    expect(code).not.toBe(0);
    expect(output).not.toContain("loaded function");
    expect(output).toContain("FLET_ERR_PACKAGE_TWO_COPIES");
    expect(output).toContain(
      `Expected one copy of flet-ts in this process, but two are loading: flet-ts 0.1.0 at ${appCopy} (loaded first) and flet-ts 0.1.0 at ${packCopy} (loading now).`,
    );
    expect(output).toContain("peerDependencies");
    expect(output).toContain("npm dedupe");
    expect(output).toContain("flet-ts pack dev <pack-folder>");
  });

  it("let one copy load through two entries (the same files)", async () => {
    writeFileSync(
      join(dir, "app/same.js"),
      [
        'import * as ft from "flet-ts";',
        `const again = await import(${JSON.stringify(`${repo}/dist/src/pack.js`)});`,
        "console.log(JSON.stringify({ same: again.Control === ft.Control }));",
      ].join("\n"),
    );
    const { code, output } = await node("same.js", join(dir, "app"));
    expect(output).toContain('{"same":true}');
    expect(code).toBe(0);
  });

  it("stop at startup when one checkout's build and its sources both load", async () => {
    writeFileSync(
      join(dir, "app/both.ts"),
      [
        `await import(${JSON.stringify(`${repo}/dist/src/pack.js`)});`,
        `await import(${JSON.stringify(`${repo}/src/pack.ts`)});`,
        'console.log("loaded both");',
      ].join("\n"),
    );
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
    const { code, output } = await node("both.ts", join(dir, "app"), ["--import", tsx]);
    expect(code).not.toBe(0);
    expect(output).not.toContain("loaded both");
    expect(output).toContain(
      `two are loading: flet-ts 0.1.0 at ${repo} (dist/src/core/copies.js) (loaded first) and flet-ts 0.1.0 at ${repo} (src/core/copies.ts) (loading now).`,
    );
  });

  it('call a control of another copy in a slot "a control of another copy", not text to wrap', async () => {
    // The pack's copy loads first and, as a copy too old to claim the process would, leaves
    // no mark; the app's copy then loads, and gets the pack's control.
    writeFileSync(
      join(dir, "app/slot.js"),
      [
        'const { Badge } = await import("acme-pack");',
        'delete globalThis[Symbol.for("flet-ts.copy")];',
        'const { createTester } = await import("flet-ts/testing");',
        "const t = await createTester((page) => page.add(new Badge()));",
        'const messages = t.errors.map((e) => e.code + ": " + e.message);',
        't.expectError("FLET_ERR_PACKAGE_TWO_COPIES");',
        "await t.close();",
        "console.log(JSON.stringify(messages));",
      ].join("\n"),
    );
    const { code, output } = await node("slot.js", join(dir, "app"));
    expect(code).toBe(0);
    const messages = JSON.parse(output.trim().split("\n").at(-1)!) as string[];
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message).toMatch(/^FLET_ERR_PACKAGE_TWO_COPIES: /);
    expect(message).toContain(
      `holds Badge, a control of another copy of flet-ts (flet-ts 0.1.0 at ${packCopy})`,
    );
    expect(message).toContain(`this copy of flet-ts (flet-ts 0.1.0 at ${appCopy})`);
    expect(message).not.toContain("Wrap text");
  });
});

describe("a control of the same files evaluated twice", () => {
  it("is called another copy of flet-ts, and how that happens is said", async () => {
    const { THIS_COPY } = await import("../../src/core/copies.js");
    const ft = await import("flet-ts");
    const { createTester } = await import("flet-ts/testing");
    // What a second evaluation of flet-ts's files makes: a control class with this copy's
    // brand whose `Control` is not ours (a test runner inlined one import, not the other).
    class Control {}
    Object.defineProperty(Control.prototype, Symbol.for("flet-ts.copy"), { value: THIS_COPY });
    class Chip extends Control {}
    const t = await createTester((page) => {
      page.add(new ft.Text("ok"), new Chip() as unknown as InstanceType<typeof ft.Text>);
    });
    const messages = t.errors.map((e) => String((e as Error).message));
    t.expectError(ft.ErrorCode.PACKAGE_TWO_COPIES);
    await t.close();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(
      "holds Chip, a control of another copy of flet-ts (the same files, evaluated a second time: a test runner or bundler inlined one import of flet-ts and not the other)",
    );
    expect(messages[0]).toContain("[FLET_ERR_PACKAGE_TWO_COPIES]");
  });
});
