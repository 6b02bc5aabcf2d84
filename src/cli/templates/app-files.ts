/**
 * The files of `flet-ts create`: a counter app, its test, and the project around them.
 * Kept as TypeScript strings so they ship inside `dist`.
 * @internal
 * @module
 */

/** What the app templates are filled in with. @internal */
export interface AppTemplateParams {
  /** The npm package name. */
  readonly name: string;
  /** The flet-ts dependency spec (`^0.1.0`, `file:../flet-ts`). */
  readonly fletTs: string;
  /** Version ranges of the dev tools, as flet-ts itself uses them. */
  readonly vitest: string;
  /** See `vitest`. */
  readonly typescript: string;
  /** See `vitest`. */
  readonly typesNode: string;
  /** `overrides` of the generated package.json (vite 7 for standard decorators in tests). */
  readonly overrides: Readonly<Record<string, string>>;
}

/**
 * The starter app's files, by path relative to its folder.
 *
 * @example
 * ```ts
 * appFiles({ name: "my-app", fletTs: "^0.1.0", ... })["app.ts"];
 * ```
 * @internal
 */
export function appFiles(params: AppTemplateParams): Record<string, string> {
  return {
    "package.json": appPackageJson(params),
    "app.ts": APP_TS,
    "app.test.ts": APP_TEST_TS,
    "tsconfig.json": APP_TSCONFIG,
    "README.md": appReadme(params.name),
    ".gitignore": GITIGNORE,
  };
}

function appPackageJson(params: AppTemplateParams): string {
  const json: Record<string, unknown> = {
    name: params.name,
    version: "0.1.0",
    private: true,
    type: "module",
    scripts: {
      start: "flet-ts run app.ts",
      dev: "flet-ts run -r app.ts",
      test: "vitest run",
      typecheck: "tsc --noEmit",
    },
    dependencies: { "flet-ts": params.fletTs },
    devDependencies: {
      "@types/node": params.typesNode,
      typescript: params.typescript,
      vitest: params.vitest,
    },
  };
  if (Object.keys(params.overrides).length > 0) json.overrides = params.overrides;
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** `.gitignore` of generated projects. @internal */
export const GITIGNORE = `node_modules/
dist/
coverage/
*.log
`;

const APP_TS = `import { pathToFileURL } from "node:url";
import * as ft from "flet-ts";

/** The app: runs once per browser tab. */
export function main(page: ft.Page): void {
  page.title = "Counter";
  page.verticalAlignment = ft.MainAxisAlignment.CENTER;
  const count = new ft.Text("0", { size: 40 });
  const add = (delta: number) => {
    count.value = String(Number(count.value) + delta);
  };
  page.add(
    new ft.Row(
      [
        new ft.IconButton(ft.icons.REMOVE, { tooltip: "Decrease", onClick: () => add(-1) }),
        count,
        new ft.IconButton(ft.icons.ADD, { tooltip: "Increase", onClick: () => add(1) }),
      ],
      { alignment: ft.MainAxisAlignment.CENTER },
    ),
  );
}

// Serve the app when this file is run (flet-ts run app.ts), not when a test imports it.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await ft.app(main);
`;

const APP_TEST_TS = `import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "./app.js";

describe("counter", () => {
  let t: Tester | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("starts at 0", async () => {
    t = await createTester(main);
    expect(t.find.text("0").exists).toBe(true);
  });

  it("counts up and down when the buttons are tapped", async () => {
    t = await createTester(main);
    await t.tap(t.find.bySemanticsLabel("Increase"));
    await t.tap(t.find.bySemanticsLabel("Increase"));
    expect(t.find.text("2").exists).toBe(true);
    await t.tap(t.find.bySemanticsLabel("Decrease"));
    expect(t.find.text("1").exists).toBe(true);
  });
});
`;

/** The strict tsconfig of generated projects (no decorator flags: apps subclass controls). */
const APP_TSCONFIG = `${JSON.stringify(
  {
    compilerOptions: {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      lib: ["ES2023"],
      types: ["node"],
      strict: true,
      noUncheckedIndexedAccess: true,
      noImplicitOverride: true,
      isolatedModules: true,
      verbatimModuleSyntax: true,
      skipLibCheck: true,
      noEmit: true,
    },
    include: ["*.ts", "src", "test"],
  },
  null,
  2,
)}\n`;

function appReadme(name: string): string {
  return `# ${name}

A [flet-ts](https://www.npmjs.com/package/flet-ts) app: \`app.ts\` builds the page in
Node.js; the browser shows it and sends events back.

## Run

\`\`\`sh
npm install
npm start            # flet-ts run app.ts: serves on http://localhost:8000
npm run dev          # flet-ts run -r app.ts: restarts on save, open tabs reload
npx flet-ts run app.ts --web --port 9000   # opens a browser, on another port
\`\`\`

## Test

\`\`\`sh
npm test             # vitest: app.test.ts taps the buttons of a headless session
npm run typecheck    # tsc --noEmit
\`\`\`

\`createTester(main)\` (from \`flet-ts/testing\`) runs the app against a headless browser
with fake time: \`t.tap(...)\`, \`t.enterText(...)\`, \`t.pump(ms)\`, \`t.find.text(...)\`.

\`package.json\` overrides \`vite\` (used by vitest) to the version flet-ts is tested with; it
compiles the standard decorators that custom control packs use.
`;
}
