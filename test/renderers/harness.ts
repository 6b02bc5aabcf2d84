/**
 * A browser harness for the controls pack's renderers, independent of the real runtime:
 * it bundles `controls/browser` with a fake runtime (see `fake-runtime.ts`), serves it to
 * Debian's Chromium through request interception, and exposes mount/update/events.
 *
 * @example
 * ```ts
 * const h = await openHarness();
 * const tree = new TreeBuilder();
 * const id = tree.add("filledbutton", { text: "Go", onClick: true });
 * await h.mount(tree.nodes, [id]);
 * await h.page.getByRole("button", { name: "Go" }).click();
 * expect(await h.events()).toEqual([{ id, event: "click" }]);
 * ```
 * @module
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { type Browser, chromium, type Page } from "playwright-core";
import { FONT_FILES } from "../../controls/browser/styles.js";
import type { WireNode, WireTree } from "../../src/protocol/wire.js";
import type { SentEvent } from "./fake-runtime.js";

const ORIGIN = "http://flet.test";
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(import.meta.url);

/** Builds a wire tree with generated ids. */
export class TreeBuilder {
  /** The nodes so far. */
  readonly nodes: WireTree = {};
  #next = 0;

  /** Adds a node and returns its id. Slots hold ids made by earlier `add` calls. */
  add(
    type: string,
    props: Record<string, unknown> = {},
    slots?: Record<string, string | string[]>,
  ): string {
    const id = `c${++this.#next}`;
    this.nodes[id] = (slots ? [type, props, slots] : [type, props]) as WireNode;
    return id;
  }
}

let bundle: Promise<Map<string, string>> | undefined;

/** Bundles the pack and the fake runtime once per process (ESM with code splitting). */
export function buildHarnessBundle(): Promise<Map<string, string>> {
  bundle ??= build({
    entryPoints: { harness: here("./fake-runtime.ts") },
    bundle: true,
    splitting: true,
    format: "esm",
    write: false,
    outdir: "/out",
    minify: true,
    target: "es2022",
    logLevel: "silent",
  }).then(
    (result) =>
      new Map(result.outputFiles.map((file) => [file.path.slice("/out".length), file.text])),
  );
  return bundle;
}

const HTML = `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/harness.css"><style id="theme"></style><style>body{padding:16px}</style></head>
<body><div id="root"></div><script type="module" src="/harness.js"></script></body></html>`;

/** The harness page and its helpers. */
export interface Harness {
  /** The Playwright page. */
  readonly page: Page;
  /** Renders the roots of a tree (light unless `dark`) and waits for components and fonts. */
  mount(
    tree: WireTree,
    roots: string[],
    options?: { dark?: boolean; adaptive?: boolean; platform?: string },
  ): Promise<void>;
  /** Applies a prop change as a server patch would. */
  update(id: string, props: Record<string, unknown>): Promise<void>;
  /** The events sent since the last call. */
  events(): Promise<SentEvent[]>;
  /** Closes the page (and the browser when it is the last one). */
  close(): Promise<void>;
}

let browser: Promise<Browser> | undefined;
let open = 0;

/** Opens a harness page in headless Chromium. */
export async function openHarness(viewport = { width: 800, height: 900 }): Promise<Harness> {
  const files = await buildHarnessBundle();
  browser ??= chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
    ],
  });
  open++;
  const page = await (await browser).newPage({ viewport });
  page.on("pageerror", (error) => console.error("page error:", error));
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === "/") return route.fulfill({ contentType: "text/html", body: HTML });
    const js = files.get(path);
    if (js !== undefined)
      return route.fulfill({
        contentType: path.endsWith(".css") ? "text/css" : "text/javascript",
        body: js,
      });
    const font = path.startsWith("/fonts/") ? FONT_FILES[path.slice("/fonts/".length)] : undefined;
    if (font)
      return route.fulfill({
        contentType: "font/woff2",
        body: readFileSync(require.resolve(font)),
      });
    return route.fulfill({ status: 404 });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => "harness" in window);
  return {
    page,
    mount: (tree, roots, options = {}) =>
      page.evaluate(([t, r, o]) => (window as any).harness.mount(t, r, o), [
        tree,
        roots,
        options,
      ] as const),
    update: (id, props) =>
      page.evaluate(([i, p]) => (window as any).harness.update(i, p), [id, props] as const),
    events: () => page.evaluate(() => (window as any).harness.take()),
    async close() {
      await page.close();
      if (--open === 0) {
        await (await browser!).close();
        browser = undefined;
      }
    },
  };
}
