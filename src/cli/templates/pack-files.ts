/**
 * The files of `flet-ts pack create`: one control with its renderer, tests of both sides
 * and the project around them, following docs/decisions/0004-pack-format.md.
 * @internal
 * @module
 */
import { GITIGNORE } from "./app-files.js";

/** What the pack templates are filled in with. @internal */
export interface PackTemplateParams {
  /** The npm package name (`flet-acme`). */
  readonly name: string;
  /** The wire type prefix (`acme` for `acme.greeting`). */
  readonly prefix: string;
  /** The flet-ts spec used to develop the pack (`^0.1.0`, `file:../flet-ts`). */
  readonly fletTs: string;
  /** The peer range apps must satisfy (`^0.1.0`). */
  readonly fletTsPeer: string;
  /** Version ranges of the dev tools, as flet-ts itself uses them. */
  readonly vitest: string;
  /** See `vitest`. */
  readonly typescript: string;
  /** See `vitest`. */
  readonly typesNode: string;
  /** See `vitest` (the contract test drives Chromium with it). */
  readonly playwrightCore: string;
  /** `overrides` of the generated package.json (vite 7 for standard decorators). */
  readonly overrides: Readonly<Record<string, string>>;
}

/**
 * The starter pack's files, by path relative to its folder.
 *
 * @example
 * ```ts
 * packFiles({ name: "flet-acme", prefix: "acme", ... })["src/index.ts"];
 * ```
 * @internal
 */
export function packFiles(params: PackTemplateParams): Record<string, string> {
  const type = `${params.prefix}.greeting`;
  return {
    "package.json": packPackageJson(params),
    "src/index.ts": serverEntry(params.name, type),
    "src/browser/index.ts": browserEntry(type, params.prefix),
    "test/greeting.test.ts": GREETING_TEST,
    "test/contract.test.ts": contractTest(type),
    "tsconfig.json": PACK_TSCONFIG,
    "tsconfig.build.json": PACK_TSCONFIG_BUILD,
    "README.md": packReadme(params.name, type),
    ".gitignore": GITIGNORE,
  };
}

function packPackageJson(params: PackTemplateParams): string {
  const json: Record<string, unknown> = {
    name: params.name,
    version: "0.1.0",
    description: "A flet-ts control pack.",
    type: "module",
    // Honest for bundlers: only the browser entry (it registers the renderers) has effects.
    sideEffects: ["./dist/browser/index.js"],
    exports: {
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./browser": { types: "./dist/browser/index.d.ts", default: "./dist/browser/index.js" },
      "./package.json": "./package.json",
    },
    files: ["dist", "flet-schema.json"],
    keywords: ["flet-ts-pack"],
    "flet-ts": { browser: "./dist/browser/index.js" },
    scripts: {
      // A clean dist/: files of renamed or deleted modules are never published.
      build: `node -e "fs.rmSync('dist', { recursive: true, force: true })" && tsc -p tsconfig.build.json`,
      typecheck: "tsc --noEmit",
      pretest: "npm run build",
      test: "vitest run",
      prepublishOnly: "npm test",
    },
    peerDependencies: { "flet-ts": params.fletTsPeer },
    devDependencies: {
      "@types/node": params.typesNode,
      "flet-ts": params.fletTs,
      "playwright-core": params.playwrightCore,
      typescript: params.typescript,
      vitest: params.vitest,
    },
  };
  if (Object.keys(params.overrides).length > 0) json.overrides = params.overrides;
  return `${JSON.stringify(json, null, 2)}\n`;
}

function serverEntry(name: string, type: string): string {
  return `/**
 * ${name}: a flet-ts control pack. An app imports the classes it uses, which registers
 * them; the server bundles \`./browser\` (the "flet-ts".browser field) into the client.
 * @module
 */
import {
  Control,
  type ControlEvent,
  type ControlOptions,
  control,
  type EventHandler,
  event,
  prop,
  withPrimary,
} from "flet-ts/pack";

/**
 * Greets someone by name; clicking it sends \`click\`.
 *
 * @example
 * \`\`\`ts
 * page.add(new Greeting("Ada", { onClick: () => console.log("hi!") }));
 * \`\`\`
 */
// Keep the version equal to package.json's (test/greeting.test.ts checks it).
@control(${JSON.stringify(type)}, { pack: ${JSON.stringify(name)}, version: "0.1.0" })
export class Greeting extends Control {
  /**
   * @param name - Who to greet, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(name?: string | ControlOptions<Greeting>, options?: ControlOptions<Greeting>) {
    super(withPrimary("name", name, options));
  }

  /** Who to greet. */
  @prop({ kind: "string", text: true }) accessor name: string | undefined;
  /** Called when the greeting is clicked. */
  @event() accessor onClick: EventHandler<ControlEvent<Greeting>> | undefined;
}
`;
}

function browserEntry(type: string, prefix: string): string {
  return `/**
 * The browser side of the pack: one renderer per control type. The server bundles this
 * file (the "flet-ts".browser field of package.json) into the client.
 * @module
 */
import { applyCommonProps, defineRenderer } from "flet-ts/browser";

defineRenderer<HTMLButtonElement>(${JSON.stringify(type)}, {
  create() {
    const button = document.createElement("button");
    button.type = "button";
    button.className = ${JSON.stringify(`${prefix}-greeting`)};
    button.append("Hello, ", document.createElement("strong"), "!");
    return button;
  },
  update(button, ctx, changed) {
    button.querySelector("strong")!.textContent = String(ctx.props.name ?? "world");
    // Sent only while the server listens (an onClick handler is set).
    button.onclick = () => ctx.send("click");
    // visible, disabled, tooltip, width, expand, ...: the props every control has.
    applyCommonProps(button, ctx, changed);
  },
});
`;
}

const GREETING_TEST = `import { readFileSync } from "node:fs";
import { schemaOf } from "flet-ts/pack";
import { createTester } from "flet-ts/testing";
import { describe, expect, it } from "vitest";
import { Greeting } from "../src/index.js";

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

describe("Greeting", () => {
  it("shows the name and calls onClick when tapped", async () => {
    let clicks = 0;
    const t = await createTester((page) =>
      page.add(new Greeting("Ada", { onClick: () => void clicks++ })),
    );
    expect(t.find.text("Ada").exists).toBe(true);
    await t.tap(t.find.byType(Greeting));
    expect(clicks).toBe(1);
    await t.close();
  });

  it("declares the pack name and version of package.json", () => {
    const schema = schemaOf(Greeting);
    expect([schema.pack, schema.version]).toEqual([manifest.name, manifest.version]);
  });
});
`;

function contractTest(type: string): string {
  return `import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { checkPackContract, diffPackSchemas, packSchema } from "flet-ts/testing";
import { describe, expect, it } from "vitest";
import { Greeting } from "../src/index.js";

const packDir = new URL("..", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("package.json", packDir), "utf8"));
const schemaFile = new URL("flet-schema.json", packDir);
const controls = [Greeting];

describe(\`\${manifest.name} contract\`, () => {
  it("renders every control in a real browser and sends its events back", async () => {
    const report = await checkPackContract({
      packDir,
      controls,
      triggers: { ${JSON.stringify(type)}: { click: (locator) => locator.click() } },
    });
    expect(report.failures, report.format()).toEqual([]);
  }, 120_000);

  it("has a version in package.json that honours the changes since flet-schema.json", () => {
    const current = packSchema({ name: manifest.name, version: manifest.version, controls });
    if (existsSync(schemaFile)) {
      const diff = diffPackSchemas(JSON.parse(readFileSync(schemaFile, "utf8")), current);
      expect(diff.versionOk, diff.format()).toBe(true);
    }
    // Written when missing or when the version allows the changes: commit it.
    writeFileSync(schemaFile, \`\${JSON.stringify(current, null, 2)}\\n\`);
  });
});
`;
}

const COMPILER_OPTIONS = {
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  lib: ["ES2023", "ESNext.Decorators", "DOM", "DOM.Iterable"],
  types: ["node"],
  strict: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  skipLibCheck: true,
  declaration: true,
  noEmit: true,
};

const PACK_TSCONFIG = `${JSON.stringify(
  { compilerOptions: COMPILER_OPTIONS, include: ["src", "test"] },
  null,
  2,
)}\n`;

const PACK_TSCONFIG_BUILD = `${JSON.stringify(
  {
    extends: "./tsconfig.json",
    compilerOptions: { noEmit: false, rootDir: "src", outDir: "dist" },
    include: ["src"],
  },
  null,
  2,
)}\n`;

function packReadme(name: string, type: string): string {
  return `# ${name}

A [flet-ts](https://www.npmjs.com/package/flet-ts) control pack: \`Greeting\`
(wire type \`${type}\`), drawn in the browser by \`src/browser/index.ts\`.

## Use it in an app

\`\`\`sh
npm install ${name}
\`\`\`

\`\`\`ts
import * as ft from "flet-ts";
import { Greeting } from "${name}";

await ft.app((page) => page.add(new Greeting("Ada", { onClick: () => console.log("hi!") })));
\`\`\`

The app's server finds the pack through the \`"flet-ts"\` field of its package.json and
bundles its browser entry into the client: nothing else to set up.

## Develop

\`\`\`sh
npm install
npm run build        # tsc: dist/index.js (server) and dist/browser/index.js (browser)
npm run typecheck
npm test             # builds, then vitest: test/greeting.test.ts and test/contract.test.ts
\`\`\`

- \`src/index.ts\` declares controls with \`@control\`, \`@prop\` and \`@event\` from
  \`flet-ts/pack\`. Each names this package and its version: keep that version equal to
  package.json's.
- \`src/browser/index.ts\` registers a renderer (\`create\`, \`update\`) per control type
  with \`defineRenderer\` from \`flet-ts/browser\`.
- \`test/contract.test.ts\` renders every control in headless Chromium and checks its
  events, and compares the schema with the committed \`flet-schema.json\`: removing or
  changing a prop or event needs a major version, adding one a minor version (for 0.x,
  a minor and a patch). Commit \`flet-schema.json\` after each release.

\`package.json\` overrides \`vite\` (used by vitest) to the version that compiles standard
decorators.

## Try it in an app

In the folder of an app that has flet-ts installed:

\`\`\`sh
npx flet-ts pack dev ../${name}   # the app runs with this pack, one copy of flet-ts; saves reload it
\`\`\`

Not \`npm link\` or a \`file:\` dependency: the pack would load its own copy of flet-ts,
and the app stops with FLET_ERR_PACKAGE_TWO_COPIES.

## Publish

\`\`\`sh
npm version minor    # or patch / major, as the schema diff says; then the @control versions
npm publish          # runs the tests first (prepublishOnly)
\`\`\`
`;
}
