/**
 * The tester's strictness: an action needs exactly one control a user could reach, and an
 * app error fails the test unless the test said it expects it.
 * @module
 */
import type { Control } from "../core/control.js";
import { ErrorCode, FletError } from "../core/errors.js";
import type { WireTree } from "../protocol/wire.js";
import { describeMatch, explainMiss, treeExcerpt } from "./explain.js";
import { Finder } from "./finder.js";
import { hiddenBy, whyHidden } from "./hidden.js";
import { describeControl } from "./listening.js";
import { interactive, whyUnreachable } from "./reach.js";
import type { Target } from "./tester-types.js";

/** Matches of an ambiguous action listed at most. */
const LISTED = 8;

/**
 * The one control `target` means for `action`, refused as a user would be refused: a
 * finder must have exactly one match on the screen (`FLET_ERR_TESTER_NO_MATCH`, listing
 * hidden and closest matches; `FLET_ERR_TESTER_AMBIGUOUS`, listing the matches), and the
 * control must be reachable (`FLET_ERR_TESTER_NOT_INTERACTIVE`, saying why).
 * @internal
 */
export function resolveTarget(
  target: Target,
  action: string,
  tree: Readonly<WireTree>,
  openMenus: ReadonlySet<string>,
): Control {
  const control = target instanceof Finder ? only(target, action, tree) : target;
  if (!control.mounted) {
    throw new FletError(
      ErrorCode.TESTER_NO_MATCH,
      `Expected to ${action} a control on the page, but ${control.constructor.name} is not on it.`,
    );
  }
  const blocker = interactive(control, openMenus);
  if (blocker !== undefined) {
    throw new FletError(
      ErrorCode.TESTER_NOT_INTERACTIVE,
      `Expected to ${action} ${describeControl(control)}, but ${blocker === control ? "it" : `${isAncestor(blocker, control) ? "its ancestor" : "it is behind"} ${describeControl(blocker)}`}${isAncestor(blocker, control) ? " is" : ","} ${whyUnreachable(blocker)}; a user could not do that.`,
    );
  }
  const hider = hiddenBy(control);
  if (hider !== undefined) {
    throw new FletError(
      ErrorCode.TESTER_NOT_INTERACTIVE,
      `Expected to ${action} ${describeControl(control)}, but ${hider === control ? "it" : `its ancestor ${describeControl(hider)}`} is hidden (${whyHidden(hider)}); a user could not do that.`,
    );
  }
  return control;
}

/** Whether `node` is `control` or one of its ancestors. */
function isAncestor(node: Control, control: Control): boolean {
  for (let c: Control | undefined = control; c !== undefined; c = c.parent)
    if (c === node) return true;
  return false;
}

/** The single match of `finder` on the screen, or its single hidden match (refused later). */
function only(finder: Finder, action: string, tree: Readonly<WireTree>): Control {
  const matches = finder.all;
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    const listed = matches.slice(0, LISTED).map((c, i) => `  ${i}: ${describeMatch(c, tree)}`);
    if (matches.length > LISTED) listed.push(`  … ${matches.length - LISTED} more`);
    throw new FletError(
      ErrorCode.TESTER_AMBIGUOUS,
      `Expected one control to ${action} for ${finder.description}, but ${matches.length} match:\n${listed.join("\n")}\nPick one: pass finder.first or finder.at(i), or narrow the finder (byKey, finder.where(...)).`,
      { finder: finder.description, count: matches.length },
    );
  }
  // A single hidden match is refused below, saying what hides it.
  const hidden = finder.hidden ? [] : finder.withHidden().all;
  if (hidden.length === 1) return hidden[0]!;
  throw new FletError(
    ErrorCode.TESTER_NO_MATCH,
    `Expected to ${action} ${finder.description}, but nothing on the page matches.\n${explainMiss(finder, tree)}`,
    { finder: finder.description },
  );
}

/**
 * What {@link Tester.expectError} accepts: an error code (`"FLET_ERR_..."`), a part of
 * the message, a RegExp tested on the message, an error class, or a predicate.
 */
export type ErrorMatcher =
  | string
  | RegExp
  | (abstract new (
      ...args: any[]
    ) => Error)
  | ((error: unknown) => boolean);

/** The message of any thrown value. */
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function matchesError(matcher: ErrorMatcher, error: unknown): boolean {
  if (typeof matcher === "string") {
    return (error as { code?: unknown })?.code === matcher || messageOf(error).includes(matcher);
  }
  if (matcher instanceof RegExp) return matcher.test(messageOf(error));
  if (matcher === Error || matcher.prototype instanceof Error) return error instanceof matcher;
  return (matcher as (error: unknown) => boolean)(error);
}

function describeMatcher(matcher: ErrorMatcher): string {
  if (typeof matcher === "string") return JSON.stringify(matcher);
  if (matcher instanceof RegExp) return String(matcher);
  return matcher.name || "a predicate";
}

/**
 * The errors an app reported and the ones a test expects: {@link ErrorLedger.check} throws
 * `FLET_ERR_TESTER_APP_ERRORS` for errors no expectation claims, and for expectations no
 * error met.
 * @internal
 */
export class ErrorLedger {
  readonly #expected: ErrorMatcher[] = [];
  readonly #context = new Map<unknown, string>();

  /** Keeps where the app logged `error` (`Error in click handler of Button#4: ...`); returns the error. */
  note(message: string, error: unknown): unknown {
    const reported = error ?? new Error(message);
    this.#context.set(reported, message);
    return reported;
  }

  /** An error as the failure lists it: its message, and where it happened when the log says. */
  #line(error: unknown): string {
    const text = messageOf(error).split("\n")[0]!;
    const where = this.#context.get(error);
    return where === undefined || where.includes(text) || text.includes(where)
      ? (where ?? text)
      : `${where.replace(/:?\s*$/, "")}: ${text}`;
  }

  /** Claims every app error `matcher` matches; the check fails if none comes. */
  expect(matcher: ErrorMatcher): void {
    this.#expected.push(matcher);
  }

  /** Throws when `errors` has an unclaimed error or an expectation met none; shows `tree` if given. */
  check(errors: readonly unknown[], tree?: Readonly<WireTree>): void {
    const unexpected = errors.filter((e) => !this.#expected.some((m) => matchesError(m, e)));
    const unmet = this.#expected.filter((m) => !errors.some((e) => matchesError(m, e)));
    if (unexpected.length === 0 && unmet.length === 0) return;
    const lines: string[] = [];
    if (unexpected.length > 0) {
      lines.push(
        `Expected no app errors but those claimed with t.expectError(...), but the app reported ${unexpected.length}:`,
        ...unexpected.map((e, i) => `  ${i + 1}. ${this.#line(e)}`),
      );
    }
    if (unmet.length > 0) {
      lines.push(
        `Expected app errors matching ${unmet.map(describeMatcher).join(", ")}, but none came (errors reported: ${errors.length}).`,
      );
    }
    lines.push(
      "Claim an error the test provokes with t.expectError(code | message | RegExp | class) before t.close().",
    );
    if (tree !== undefined) lines.push(`The page:\n${treeExcerpt(tree)}`);
    throw new FletError(ErrorCode.TESTER_APP_ERRORS, lines.join("\n"), {
      unexpected: unexpected.length,
      unmet: unmet.length,
    });
  }
}
