/**
 * The contract kit: checks a pack's server classes against its renderers in a real
 * browser (Chromium through playwright-core).
 * @module
 */
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import type { Browser, Page as BrowserPage, Locator } from "playwright-core";
import type { Control } from "../core/control.js";
import { ErrorCode, FletError } from "../core/errors.js";
import { type PropSchema, schemaOf } from "../core/schema.js";
import type { Page } from "../page/page.js";
import type { ClientBundle } from "../server/app-options.js";
import { type InstalledPack, packAt } from "../server/find-packs.js";
import { WebApp } from "../server/web-app.js";
import { silentLogger } from "../session/logger.js";
import { changedFrom, place, SNAPSHOT_SCRIPT, settled, synced } from "./contract-stage.js";
import { type ControlClass, type PackControlSchema, packSchema } from "./pack-schema.js";

/**
 * Fires one event of a control in the browser: `control` is the control's element
 * (`[data-flet-id]`), `page` the browser tab, `instance` the server-side control (for
 * events that follow a method call, as a file picker's result follows `pickFiles()`).
 *
 * @example
 * ```ts
 * const rate: EventTrigger = (control) => control.getByRole("radio").nth(2).click();
 * ```
 */
export type EventTrigger = (control: Locator, page: BrowserPage, instance: Control) => unknown;

/** Options of {@link checkPackContract}. */
export interface PackContractOptions {
  /** The pack's folder: its package.json has the `"flet-ts"` field. A path or a `file:` URL. */
  packDir: string | URL;
  /** The pack's control classes (import them from its server entry). */
  controls: readonly ControlClass[];
  /**
   * Values per control type and property. Each control starts with these set (so a chart
   * has data); the value of the property under test is the one tried. Properties without
   * a sample get one from their kind (numbers +3, booleans flipped, the next enum value,
   * `#d81b60` for names containing "color"), and the members every control inherits
   * (`opacity`, `rotate`, `scale`, `offset`, `expand`, `col`, `animate*`) a fitting one;
   * other `json` properties need one. A function is
   * called for each mount, for values that cannot be shared between controls: child
   * controls (`destinations: () => [new Destination("A")]`). A sample wrapped in
   * {@link triedOnly} is only set while its own property is checked (one that would
   * hide others, as a circle shape hides a corner radius).
   */
  samples?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /**
   * How to fire each event, per control type and event wire name. Without one, `click`
   * and `tap` click the control, `hover` hovers it, `focus` and `blur` move focus,
   * `animationEnd` runs a short transition on its element; any other event fails with a
   * message asking for a trigger.
   */
  triggers?: Readonly<Record<string, Readonly<Record<string, EventTrigger>>>>;
  /** Members that by design do not reach the DOM, per type: name → the reason. */
  exempt?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Chromium's executable. Default: `FLET_CHROMIUM`, else Debian's `/usr/bin/chromium`. */
  executablePath?: string;
  /** Milliseconds to wait for each DOM change or event. Default 3 000. */
  timeout?: number;
}

/** One check of the contract: a control's renderer, one of its properties or events. */
export interface PackCheck {
  /** The control type (`sparks.starrating`). */
  readonly type: string;
  /** The property, event (wire name) or aspect checked. */
  readonly member: string;
  readonly kind: "manifest" | "renderer" | "prop" | "event";
  readonly ok: boolean;
  /** What was done and seen; for a failure, how to fix it. */
  readonly detail: string;
}

/** The outcome of {@link checkPackContract}. */
export interface PackContractReport {
  readonly pack: string;
  readonly version: string;
  /** True when every check passed. */
  readonly ok: boolean;
  readonly checks: readonly PackCheck[];
  readonly failures: readonly PackCheck[];
  /** A readable report: one line per check, failures first. */
  format(): string;
}

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
];

const DEFAULT_TRIGGERS: Readonly<Record<string, EventTrigger>> = {
  // Implicit animations of the control's element end (as after `animateOpacity`): one
  // every 250 ms for 5 s, so one ends after the browser has learnt that the server
  // listens. Each round sets the transition again: the patch that brings the listen flag
  // redraws the element's own `transition`.
  animationEnd: (control) =>
    control.evaluate((element: HTMLElement) => {
      for (let round = 0; round < 20; round++)
        setTimeout(() => {
          element.style.transition = "opacity 60ms";
          element.style.opacity = element.style.opacity === "0.3" ? "0.6" : "0.3";
        }, round * 250);
    }),
  click: (control) => control.click(),
  tap: (control) => control.click(),
  hover: (control) => control.hover(),
  focus: (control) => control.focus(),
  blur: async (control) => {
    await control.focus();
    await control.blur();
  },
};

const NO_SAMPLE = Symbol("no sample");
const TRIED_ONLY = Symbol("tried only");

/** A sample set while its own property is checked, and left out of every other mount. */
export interface TriedOnly {
  readonly [TRIED_ONLY]: unknown;
}

/**
 * Marks a sample of {@link PackContractOptions.samples} as tried only: it is set while its
 * own property is checked and left out of the mounts that check the others (for a value
 * that would hide other properties, as a circle shape hides a corner radius).
 *
 * @example
 * ```ts
 * samples: { container: { borderRadius: 6, shape: triedOnly("circle") } }
 * ```
 */
export function triedOnly(value: unknown): TriedOnly {
  return { [TRIED_ONLY]: value };
}

const isTriedOnly = (value: unknown): value is TriedOnly =>
  typeof value === "object" && value !== null && TRIED_ONLY in value;

/** A sample's value for one mount: a function sample makes a new one each time. */
const fresh = (value: unknown): unknown => {
  const inner = isTriedOnly(value) ? value[TRIED_ONLY] : value;
  return typeof inner === "function" ? (inner as () => unknown)() : inner;
};

/** Values to try for the members every control inherits (`Control`, `ConstrainedControl`). */
const GENERIC_SAMPLES: Readonly<Record<string, unknown>> = {
  opacity: 0.5,
  rotate: 0.5,
  scale: 1.5,
  offset: { x: 0.25, y: 0 },
  expand: 1,
  col: 6,
  animateOpacity: 200,
  animateSize: 200,
  animatePosition: 200,
  animateRotation: 200,
  animateScale: 200,
  animateOffset: 200,
};

/** A value for `prop` that differs from what it reads as unset. */
function derivedSample(prop: PropSchema): unknown {
  if (Object.hasOwn(GENERIC_SAMPLES, prop.name)) return GENERIC_SAMPLES[prop.name];
  const current = prop.default;
  switch (prop.kind) {
    case "boolean":
      return !(current ?? false);
    case "number":
      return typeof current === "number" ? current + 3 : 3;
    case "enum":
      return prop.values?.find((value) => value !== current) ?? NO_SAMPLE;
    case "string":
      return /colou?r/i.test(prop.name) ? "#d81b60" : "Contract sample";
    case "string[]":
      return ["alpha", "beta"];
    case "number[]":
      return [1, 4, 2, 5];
    default:
      return NO_SAMPLE;
  }
}

async function until(test: () => boolean, timeout: number): Promise<boolean> {
  const end = Date.now() + timeout;
  while (!test()) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

function report(pack: InstalledPack, checks: PackCheck[]): PackContractReport {
  const failures = checks.filter((check) => !check.ok);
  return {
    pack: pack.name,
    version: pack.version,
    ok: failures.length === 0,
    checks,
    failures,
    format() {
      const line = (c: PackCheck) =>
        `  ${c.ok ? "ok  " : "FAIL"} ${c.type} ${c.kind} ${c.member}: ${c.detail}`;
      return [
        `${pack.name}@${pack.version}: ${checks.length - failures.length} of ${checks.length} checks passed`,
        ...failures.map(line),
        ...checks.filter((c) => c.ok).map(line),
      ].join("\n");
    },
  };
}

/** The served app, the browser tab and the session's page, for one contract run. */
interface Stage {
  tab: BrowserPage;
  page: Page;
  errors: string[];
}

async function loadPlaywright(): Promise<typeof import("playwright-core")> {
  try {
    return await import("playwright-core");
  } catch (error) {
    throw new FletError(
      ErrorCode.PACK_CONTRACT,
      "Expected playwright-core to drive Chromium, but it is not installed. Add it to the pack's devDependencies: npm install --save-dev playwright-core.",
      {},
      { cause: error },
    );
  }
}

/**
 * Checks a pack's server classes against its renderers in Chromium: each control type has
 * a renderer (not the "Unknown control" box), every property the pack declares changes
 * the control's DOM (attributes, text, styles or form state, or what the renderer reported
 * drawing with `reportDrawn` from `flet-ts/browser`, for pixels on a canvas) when set, and
 * every event it declares reaches the server handler when fired. It also checks that each `@control`
 * names the package and version of package.json.
 *
 * The pack's browser entry is bundled exactly as an app would bundle it; the app is a
 * real `WebApp` on 127.0.0.1.
 *
 * @throws `FLET_ERR_PACK_CONTRACT` when Chromium or playwright-core is missing, and
 *   `FLET_ERR_PACK_INVALID` when the folder is not a pack.
 * @example
 * ```ts
 * const report = await checkPackContract({
 *   packDir: new URL("..", import.meta.url),
 *   controls: [StarRating, Sparkline],
 *   samples: { "sparks.sparkline": { values: [1, 5, 3] } },
 *   triggers: { "sparks.starrating": { change: (star) => star.getByRole("radio").nth(2).click() } },
 * });
 * expect(report.failures, report.format()).toEqual([]);
 * ```
 */
export async function checkPackContract(options: PackContractOptions): Promise<PackContractReport> {
  const dir =
    typeof options.packDir === "string" ? options.packDir : fileURLToPath(options.packDir);
  const pack = packAt(dir);
  const timeout = options.timeout ?? 3_000;
  const checks: PackCheck[] = [];
  for (const ctor of options.controls) {
    const schema = schemaOf(ctor);
    if (schema.pack !== pack.name || schema.version !== pack.version) {
      checks.push({
        type: schema.type,
        member: "@control",
        kind: "manifest",
        ok: false,
        detail: `declares pack ${schema.pack}@${schema.version}, but package.json is ${pack.name}@${pack.version}. Pass { pack: "${pack.name}", version: "${pack.version}" } to @control, or browsers will be checked against the wrong version.`,
      });
    }
  }
  const executablePath = options.executablePath ?? process.env.FLET_CHROMIUM ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new FletError(
      ErrorCode.PACK_CONTRACT,
      `Expected Chromium at ${executablePath}, but there is no such file. Install it (apt-get install chromium), or pass executablePath (or set FLET_CHROMIUM).`,
      { executablePath },
    );
  }
  const { chromium } = await loadPlaywright();
  const { buildClientBundle } = await import("../browser/bundle.js");
  const { staticFiles } = await import("../browser/static-files.js");
  const built = await buildClientBundle({ dev: true, installed: [pack] });
  const bundle: ClientBundle = { ...built, files: staticFiles };

  let resolvePage!: (page: Page) => void;
  const pageReady = new Promise<Page>((resolve) => {
    resolvePage = resolve;
  });
  const web = new WebApp((page) => resolvePage(page), {
    dev: true,
    logger: silentLogger,
    getClientBundle: async () => bundle,
    packsFrom: false,
  });
  const server: Server = createServer(web.handler);
  server.on("upgrade", web.upgrade);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
    const tab = await browser.newPage();
    // A trigger that cannot act (a hidden element, say) fails within the check's time.
    tab.setDefaultTimeout(timeout);
    const errors: string[] = [];
    tab.on("pageerror", (error) => errors.push(error.message));
    tab.on("console", (message) => {
      if (message.type() === "error" && message.text().includes("flet-ts"))
        errors.push(message.text());
    });
    await tab.addInitScript(SNAPSHOT_SCRIPT);
    await tab.goto(`http://127.0.0.1:${port}/`);
    const page = await Promise.race([
      pageReady,
      new Promise<never>((_, reject) =>
        setTimeout(
          () => reject(new FletError(ErrorCode.PACK_CONTRACT, "The test page did not connect.")),
          15_000,
        ),
      ),
    ]);
    const stage: Stage = { tab, page, errors };
    const schemas = packSchema({ ...pack, controls: options.controls }).controls;
    for (const ctor of options.controls) {
      const own = schemas.find((s) => s.type === schemaOf(ctor).type)!;
      checks.push(...(await checkControl(stage, ctor, own, options, timeout)));
    }
  } finally {
    await browser?.close();
    server.closeAllConnections();
    await Promise.all([web.close(), new Promise((resolve) => server.close(resolve))]);
  }
  return report(pack, checks);
}

async function checkControl(
  stage: Stage,
  ctor: ControlClass,
  schema: PackControlSchema,
  options: PackContractOptions,
  timeout: number,
): Promise<PackCheck[]> {
  const { type } = schema;
  const samples = options.samples?.[type] ?? {};
  const exempt = options.exempt?.[type] ?? {};
  const checks: PackCheck[] = [];
  const check = (member: string, kind: PackCheck["kind"], ok: boolean, detail: string) =>
    checks.push({ type, member, kind, ok, detail });

  const mount = async (leaveOut?: string) => {
    const control = new (ctor as unknown as new () => Control)();
    for (const [name, value] of Object.entries(samples))
      if (name !== leaveOut && !isTriedOnly(value))
        (control as unknown as Record<string, unknown>)[name] = fresh(value);
    place(stage.page, control);
    const id = control.uid!;
    const locator = stage.tab.locator(`[data-flet-id="${id}"]`);
    await locator.waitFor({ state: "attached", timeout });
    return { control, id, locator, before: await settled(stage.tab, id) };
  };

  stage.errors.length = 0;
  let first: Awaited<ReturnType<typeof mount>>;
  try {
    first = await mount();
  } catch (error) {
    check("renderer", "renderer", false, `the control never appeared: ${(error as Error).message}`);
    return checks;
  }
  const unknown = await first.locator.evaluate((el) => el.classList.contains("flet-unknown"));
  if (unknown) {
    check(
      "renderer",
      "renderer",
      false,
      `the browser drew the "Unknown control" box: the pack's browser entry must call defineRenderer("${type}", …).`,
    );
    return checks;
  }
  check("renderer", "renderer", true, "drawn by the pack's renderer");

  for (const prop of schema.props) {
    if (exempt[prop.name] !== undefined) {
      check(prop.name, "prop", true, `exempt: ${exempt[prop.name]}`);
      continue;
    }
    const value = Object.hasOwn(samples, prop.name) ? samples[prop.name] : derivedSample(prop);
    if (value === NO_SAMPLE) {
      check(
        prop.name,
        "prop",
        false,
        `no value to try for a ${prop.kind} property: pass samples: { "${type}": { ${prop.name}: … } }.`,
      );
      continue;
    }
    try {
      const { control, id, before } = await mount(prop.name);
      (control as unknown as Record<string, unknown>)[prop.name] = fresh(value);
      control.update();
      const changed = await changedFrom(stage.tab, id, before, timeout);
      check(
        prop.name,
        "prop",
        changed,
        changed
          ? `setting it to ${JSON.stringify(value)} changed the DOM`
          : `setting it to ${JSON.stringify(value)} did not change the control's DOM (attributes, text, styles, form state) within ${timeout} ms. Reflect it in the renderer (pixels on a canvas or a library's own redraw: report them with reportDrawn from flet-ts/browser), pass another sample, or exempt it with a reason.`,
      );
    } catch (error) {
      check(prop.name, "prop", false, `could not be checked: ${(error as Error).message}`);
    }
  }

  for (const event of schema.events) {
    if (exempt[event.name] !== undefined) {
      check(event.name, "event", true, `exempt: ${exempt[event.name]}`);
      continue;
    }
    const trigger = options.triggers?.[type]?.[event.name] ?? DEFAULT_TRIGGERS[event.name];
    if (trigger === undefined) {
      check(
        event.name,
        "event",
        false,
        `no way to fire it: pass triggers: { "${type}": { ${event.name}: (control, page) => … } }.`,
      );
      continue;
    }
    try {
      const { control, locator } = await mount();
      const fired: unknown[] = [];
      (control as unknown as Record<string, unknown>)[event.handler] = (e: { data?: unknown }) => {
        fired.push(e.data);
      };
      control.update();
      await synced(stage.page, stage.tab, timeout);
      await trigger(locator, stage.tab, control);
      const ok = await until(() => fired.length > 0, timeout);
      check(
        event.name,
        "event",
        ok,
        ok
          ? `fired with data ${JSON.stringify(fired[0]) ?? "undefined"}`
          : `the trigger ran, but ${event.handler} was not called within ${timeout} ms. The renderer must send "${event.name}" (ctx.send) when the user does that.`,
      );
    } catch (error) {
      check(event.name, "event", false, `the trigger failed: ${(error as Error).message}`);
    }
  }
  if (stage.errors.length > 0) {
    check("errors", "renderer", false, `the browser reported: ${stage.errors.join(" | ")}`);
  }
  return checks;
}
