/**
 * Matchers over finders and controls for `expect.extend(testerMatchers)`, whose failures
 * name the control (type, id, key, text), say what was expected and what came, list the
 * closest matches and show an excerpt of the tree the browser holds. No test runner is
 * imported here.
 * @module
 */
import type { Control } from "../core/control.js";
import { compiledSchemaOf } from "../core/schema.js";
import type { WireTree } from "../protocol/wire.js";
import { describeMatch, explainMiss, treeExcerpt } from "./explain.js";
import { Finder } from "./finder.js";
import { hiddenBy } from "./hidden.js";
import { isOpenModal } from "./modal.js";
import { interactive, whyUnreachable } from "./reach.js";

/** What the matchers need of a tester. @internal */
export interface MatcherTester {
  readonly focused: Control | undefined;
  readonly client: { readonly replica: { readonly tree: Readonly<WireTree> } };
  readonly browser: { readonly openMenus: ReadonlySet<string> };
  readonly page: unknown;
}

/** The open testers, so a matcher given a control finds the tester that shows it. */
const open = new Set<MatcherTester>();

/** @internal */
export function rememberTester(tester: MatcherTester): void {
  open.add(tester);
}

/** @internal */
export function forgetTester(tester: MatcherTester): void {
  open.delete(tester);
}

/** The tester whose page holds `control` (the last opened one when several do). */
function testerOf(control: Control): MatcherTester | undefined {
  if (!control.mounted) return undefined;
  let found: MatcherTester | undefined;
  for (const tester of open) {
    try {
      if (tester.page === control.page) found = tester;
    } catch {
      // A tester whose session has ended holds no control.
    }
  }
  return found;
}

/** What a matcher returns to `expect`. */
export interface TesterMatcherResult {
  /** Whether it passed. */
  pass: boolean;
  /** The failure (or `.not` failure) message. */
  message: () => string;
  /** What was expected, for the runner's diff. */
  expected?: unknown;
  /** What came, for the runner's diff. */
  actual?: unknown;
}

/** The part of vitest's (or Jest's) matcher context the matchers use. */
export interface TesterMatcherContext {
  /** True under `.not`. */
  isNot?: boolean;
  /** Deep equality, as `toEqual` compares. */
  equals(a: unknown, b: unknown): boolean;
}

/** The one control `received` means, or why there is none (a failure message). */
type Resolved =
  | { control: Control; tree: Readonly<WireTree>; tester: MatcherTester | undefined }
  | { miss: string; tree: Readonly<WireTree> | undefined };

function resolve(received: unknown, what: string): Resolved {
  if (received instanceof Finder) {
    const tree = received.source.tree();
    const matches = received.all;
    if (matches.length === 1) {
      const control = matches[0]!;
      return { control, tree, tester: testerOf(control) };
    }
    if (matches.length > 1) {
      const listed = matches.map((c, i) => `  ${i}: ${describeMatch(c, tree)}`).join("\n");
      return {
        tree,
        miss: `expected ${received.description} ${what}, but ${matches.length} controls match (use .first, .at(i) or a narrower finder):\n${listed}`,
      };
    }
    return {
      tree,
      miss: `expected ${received.description} ${what}, but nothing on the page matches.\n${explainMiss(received, tree)}`,
    };
  }
  if (isControl(received)) {
    const tester = testerOf(received);
    const tree = tester?.client.replica.tree ?? {};
    if (tester === undefined || !received.mounted)
      return {
        tree,
        miss: `expected ${received.constructor.name} ${what}, but it is not on the page of an open tester.`,
      };
    return { control: received, tree, tester };
  }
  throw new TypeError(
    `tester matchers expect a Finder (t.find...) or a Control, but got ${String(received)}`,
  );
}

function isControl(value: unknown): value is Control {
  return typeof value === "object" && value !== null && "mounted" in value && "parent" in value;
}

/** The texts a control shows (its `text: true` properties that hold a value). */
function textsOf(control: Control): string[] {
  const props = control as unknown as Record<string, unknown>;
  return compiledSchemaOf(control.constructor)
    .textProps.map((name) => props[name])
    .filter((v) => typeof v === "string" || typeof v === "number")
    .map(String);
}

function excerpt(control: Control, tree: Readonly<WireTree>): string {
  return `The page around it:\n${treeExcerpt(tree, control.uid)}`;
}

function show(value: unknown): string {
  if (value instanceof RegExp) return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value) ?? String(value);
}

/** A miss fails with and without `.not`: there is no one control to say anything of. */
function missed(context: TesterMatcherContext, miss: string): TesterMatcherResult {
  return { pass: context.isNot === true, message: () => miss };
}

/**
 * The type of the tester matchers, for `declare module "vitest"` (see the example).
 * `TResult` is what each returns (vitest's `T`).
 *
 * @example
 * ```ts
 * import { type TesterMatchers, testerMatchers } from "flet-ts/testing";
 * import { expect } from "vitest";
 *
 * expect.extend(testerMatchers);
 * declare module "vitest" {
 *   interface Matchers<T = any> extends TesterMatchers<T> {}
 * }
 * ```
 */
export interface TesterMatchers<TResult = unknown> {
  /** The finder has a match the browser shows (the control is on the page and shown). */
  toBeOnPage(): TResult;
  /** The one control shows `text` (exactly, or a RegExp match) in one of its text props. */
  toHaveText(text: string | RegExp): TResult;
  /** The one control's `value` equals `value` (deeply, as `toEqual`). */
  toHaveValue(value: unknown): TResult;
  /** The one control has the keyboard focus (`t.focused`). */
  toBeFocused(): TResult;
  /** A user could act on the one control: shown, enabled, not inside a closed overlay. */
  toBeEnabled(): TResult;
  /** The finder has `count` matches the browser shows. */
  toHaveCount(count: number): TResult;
}

/**
 * Matchers for `expect.extend(testerMatchers)`, over a finder (which must have exactly
 * one match on the screen) or a control. Register them once, for instance in a vitest
 * setup file, and type them with {@link TesterMatchers}.
 *
 * @example
 * ```ts
 * await t.enterText(t.find.byKey("name"), "Ada");
 * expect(t.find.byKey("name")).toHaveValue("Ada");
 * expect(t.find.text("Hello, Ada")).toBeOnPage();
 * ```
 */
export const testerMatchers = {
  /** See {@link TesterMatchers.toBeOnPage}. */
  toBeOnPage(this: TesterMatcherContext, received: unknown): TesterMatcherResult {
    if (received instanceof Finder) {
      const tree = received.source.tree();
      const matches = received.all;
      const pass = matches.length > 0;
      return {
        pass,
        message: () =>
          pass
            ? `expected ${received.description} not to be on the page, but found:\n${matches.map((c) => `  ${describeMatch(c, tree)}`).join("\n")}\n${excerpt(matches[0]!, tree)}`
            : `expected ${received.description} to be on the page, but nothing on the page matches.\n${explainMiss(received, tree)}`,
      };
    }
    const resolved = resolve(received, "to be on the page");
    if ("miss" in resolved) return missed(this, resolved.miss);
    const { control, tree } = resolved;
    const pass = hiddenBy(control) === undefined;
    return {
      pass,
      message: () =>
        `expected ${describeMatch(control, tree)} ${pass ? "not " : ""}to be on the page, but it ${pass ? "is" : "is hidden"}.\n${excerpt(control, tree)}`,
    };
  },

  /** See {@link TesterMatchers.toHaveText}. */
  toHaveText(
    this: TesterMatcherContext,
    received: unknown,
    text: string | RegExp,
  ): TesterMatcherResult {
    const resolved = resolve(received, `to have text ${show(text)}`);
    if ("miss" in resolved) return missed(this, resolved.miss);
    const { control, tree } = resolved;
    const texts = textsOf(control);
    const pass = texts.some((t) => (typeof text === "string" ? t === text : text.test(t)));
    const shows = texts.length === 0 ? "shows no text" : `shows ${texts.map(show).join(", ")}`;
    return {
      pass,
      expected: text,
      actual: texts[0],
      message: () =>
        `expected ${describeMatch(control, tree)} ${pass ? "not " : ""}to have text ${show(text)}, but it ${shows}.\n${excerpt(control, tree)}`,
    };
  },

  /** See {@link TesterMatchers.toHaveValue}. */
  toHaveValue(this: TesterMatcherContext, received: unknown, value: unknown): TesterMatcherResult {
    const resolved = resolve(received, `to have value ${show(value)}`);
    if ("miss" in resolved) return missed(this, resolved.miss);
    const { control, tree } = resolved;
    if (!compiledSchemaOf(control.constructor).propsByName.has("value")) {
      return {
        pass: false,
        message: () =>
          `expected ${describeMatch(control, tree)} to have value ${show(value)}, but ${control.constructor.name} has no value property.`,
      };
    }
    const actual = (control as unknown as { value?: unknown }).value;
    const pass = this.equals(actual, value);
    return {
      pass,
      expected: value,
      actual,
      message: () =>
        `expected ${describeMatch(control, tree)} ${pass ? "not " : ""}to have value ${show(value)}, but its value is ${show(actual)}.\n${excerpt(control, tree)}`,
    };
  },

  /** See {@link TesterMatchers.toBeFocused}. */
  toBeFocused(this: TesterMatcherContext, received: unknown): TesterMatcherResult {
    const resolved = resolve(received, "to be focused");
    if ("miss" in resolved) return missed(this, resolved.miss);
    const { control, tree, tester } = resolved;
    const focused = tester?.focused;
    const pass = focused === control;
    const has =
      focused === undefined ? "nothing has the focus" : `${describeMatch(focused, tree)} has it`;
    return {
      pass,
      message: () =>
        `expected ${describeMatch(control, tree)} ${pass ? "not " : ""}to be focused, but ${pass ? "it is" : has}.\n${excerpt(control, tree)}`,
    };
  },

  /** See {@link TesterMatchers.toBeEnabled}. */
  toBeEnabled(this: TesterMatcherContext, received: unknown): TesterMatcherResult {
    const resolved = resolve(received, "to be enabled");
    if ("miss" in resolved) return missed(this, resolved.miss);
    const { control, tree, tester } = resolved;
    const blocker = interactive(control, tester?.browser.openMenus);
    const pass = blocker === undefined;
    const why =
      blocker === undefined
        ? "a user can act on it"
        : blocker === control
          ? `it is ${whyUnreachable(blocker)}`
          : isOpenModal(blocker)
            ? `it is behind ${describeMatch(blocker, tree)}, ${whyUnreachable(blocker)}`
            : `its ancestor ${describeMatch(blocker, tree)} is ${whyUnreachable(blocker)}`;
    return {
      pass,
      message: () =>
        `expected ${describeMatch(control, tree)} ${pass ? "not " : ""}to be enabled, but ${why}.\n${excerpt(control, tree)}`,
    };
  },

  /** See {@link TesterMatchers.toHaveCount}. */
  toHaveCount(received: unknown, count: number): TesterMatcherResult {
    if (!(received instanceof Finder))
      throw new TypeError("toHaveCount expects a Finder (t.find...)");
    const tree = received.source.tree();
    const matches = received.all;
    const pass = matches.length === count;
    const listed = matches.map((c) => `  ${describeMatch(c, tree)}`).join("\n");
    return {
      pass,
      expected: count,
      actual: matches.length,
      message: () =>
        pass
          ? `expected ${received.description} not to have ${count} matches, but it has.`
          : `expected ${count} of ${received.description}, but found ${matches.length}${matches.length > 0 ? `:\n${listed}` : "."}\n${explainMiss(received, tree)}`,
    };
  },
};
