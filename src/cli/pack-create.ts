import { type CliIo, processIo } from "./cli-io.js";
import type { CreateOptions } from "./create.js";
import { ownPackage, toolVersions } from "./own-package.js";
import { npmInstall } from "./progress.js";
import { packageNameOf, prepareProjectDir, shownPath, writeFiles } from "./project-dir.js";
import { packFiles } from "./templates/pack-files.js";

/**
 * The wire type prefix of a pack: its package name without a `flet-`/`flet-ts-` prefix
 * or `-pack` suffix, letters and digits only.
 *
 * @example
 * ```ts
 * packPrefixOf("flet-acme"); // "acme"
 * packPrefixOf("my-charts-pack"); // "mycharts"
 * ```
 * @internal
 */
export function packPrefixOf(name: string): string {
  const bare = name
    .replace(/^@[^/]+\//, "")
    .replace(/^flet-(ts-)?/, "")
    .replace(/[-_.]pack$/, "")
    .replace(/[^a-z0-9]/g, "");
  return /^[a-z]/.test(bare) ? bare : `pack${bare}`;
}

/**
 * Creates a starter control pack in `dir` (new or empty), following the pack format
 * (docs/decisions/0004-pack-format.md): a `Greeting` control declared with `flet-ts/pack`,
 * its renderer registered with `flet-ts/browser`, a tester test, a contract test, and
 * package.json with the `"flet-ts"` browser field. Resolves to the absolute path.
 *
 * @example
 * ```ts
 * await createPack("flet-acme"); // wire type acme.greeting
 * ```
 * @internal
 */
export async function createPack(dir: string, options: CreateOptions = {}): Promise<string> {
  const io: CliIo = options.io ?? processIo;
  const cwd = options.cwd ?? process.cwd();
  const root = prepareProjectDir(dir, cwd);
  const name = packageNameOf(root);
  const prefix = packPrefixOf(name);
  const own = ownPackage();
  const tools = toolVersions();
  writeFiles(
    root,
    packFiles({
      name,
      prefix,
      fletTs: options.fletTs ?? `^${own.version}`,
      fletTsPeer: `^${own.version}`,
      vitest: tools.vitest,
      typescript: tools.typescript,
      typesNode: tools.typesNode,
      playwrightCore: own.devDependencies["playwright-core"] ?? "^1.65.1",
      overrides: tools.overrides,
    }),
  );
  io.out(
    `Created the pack ${name} in ${root}: Greeting (${prefix}.greeting), its renderer and tests.\n`,
  );
  if (options.install) await npmInstall(io, root);
  io.out(
    `\nNext:\n  cd ${shownPath(root, cwd)}${options.install ? "" : " && npm install"} && npm test\n\n` +
      "  npm run build  compile src/ to dist/ (server and browser entries)\n" +
      "  npm test       build, then the tester and contract tests (headless Chromium)\n" +
      "  npm publish    publish it to npm\n",
  );
  return root;
}
