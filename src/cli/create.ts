import { type CliIo, processIo } from "./cli-io.js";
import { ownPackage, toolVersions } from "./own-package.js";
import { npmInstall } from "./progress.js";
import { packageNameOf, prepareProjectDir, shownPath, writeFiles } from "./project-dir.js";
import { appFiles } from "./templates/app-files.js";

/** Options of {@link createApp} and `createPack`. @internal */
export interface CreateOptions {
  /** The flet-ts dependency spec. Default `^<this flet-ts's version>`. */
  fletTs?: string | undefined;
  /** Run `npm install` in the new folder (with progress lines). */
  install?: boolean | undefined;
  /** Where `dir` is resolved from. Default: this process's working folder. */
  cwd?: string | undefined;
  /** Where to print. Default: this process's streams. */
  io?: CliIo | undefined;
}

/**
 * Creates a starter app in `dir` (new or empty): a counter (`app.ts`), its test
 * (`app.test.ts`, with `createTester`), package.json with `start`, `dev` and `test`
 * scripts, a strict tsconfig, a README and a .gitignore. Prints the next steps. Resolves
 * to the absolute path of the folder.
 *
 * @example
 * ```ts
 * await createApp("my-app", { install: true });
 * ```
 * @internal
 */
export async function createApp(dir: string, options: CreateOptions = {}): Promise<string> {
  const io = options.io ?? processIo;
  const cwd = options.cwd ?? process.cwd();
  const root = prepareProjectDir(dir, cwd);
  const name = packageNameOf(root);
  const tools = toolVersions();
  writeFiles(
    root,
    appFiles({
      name,
      fletTs: options.fletTs ?? `^${ownPackage().version}`,
      vitest: tools.vitest,
      typescript: tools.typescript,
      typesNode: tools.typesNode,
      overrides: tools.overrides,
    }),
  );
  io.out(`Created ${name} in ${root}: app.ts, app.test.ts, package.json, README.md.\n`);
  if (options.install) await npmInstall(io, root);
  const cd = shownPath(root, cwd);
  io.out(
    `\nNext:\n  cd ${cd}${options.install ? "" : " && npm install"} && npm start\n\n` +
      "  npm start      serve the app on http://localhost:8000\n" +
      "  npm run dev    the same, restarting on save\n" +
      "  npm test       run app.test.ts\n",
  );
  return root;
}
