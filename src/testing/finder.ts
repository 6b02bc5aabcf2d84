import type { Control } from "../core/control.js";
import { ErrorCode, FletError } from "../core/errors.js";
import { compiledSchemaOf, controlClassOf } from "../core/schema.js";
import {
  NODE_PROPS,
  NODE_SLOTS,
  NODE_TYPE,
  PAGE_ID,
  type WireNode,
  type WireTree,
} from "../protocol/wire.js";
import { explainMiss } from "./explain.js";
import { hiddenBy } from "./hidden.js";

/** What a finder searches: the replica the headless client holds, and the server's controls. @internal */
export interface FinderSource {
  tree(): Readonly<WireTree>;
  control(id: string): Control | undefined;
}

/** Options of the finders of `t.find`. */
export interface FindOptions {
  /**
   * Match hidden controls too: hidden (`visible` false on them or an ancestor), in a view
   * under the top one, or in a closed dialog, sheet, banner, drawer or picker. Default
   * false: a finder sees what the browser shows.
   */
  hidden?: boolean;
}

/** What a finder compares, for the closest matches a failure lists. @internal */
export interface FinderHint {
  /** What the finder looks for, as text. */
  readonly wanted: string;
  /** The values of a node it compares with `wanted`. */
  values(node: WireNode): readonly string[];
}

/**
 * A lazy query over what the browser would show. Nothing is searched until you read
 * `exists`, `count`, `first`, `all` or `ids`, so one finder can be checked before and
 * after an interaction.
 *
 * @example
 * ```ts
 * const button = t.find.text("Save");
 * expect(button.exists).toBe(true);
 * await t.tap(button);
 * ```
 */
export class Finder {
  readonly #source: FinderSource;
  readonly #match: (node: WireNode, id: string) => boolean;
  /** What this finder looks for, for error messages. */
  readonly description: string;
  /** Whether hidden controls match too (the `hidden` option; default false). */
  readonly hidden: boolean;
  /** @internal */
  readonly hint: FinderHint | undefined;

  /** @internal */
  constructor(
    source: FinderSource,
    description: string,
    match: (node: WireNode, id: string) => boolean,
    options: FindOptions & { hint?: FinderHint } = {},
  ) {
    this.#source = source;
    this.description = description;
    this.#match = match;
    this.hidden = options.hidden === true;
    this.hint = options.hint;
  }

  /** @internal What this finder searches. */
  get source(): FinderSource {
    return this.#source;
  }

  /** @internal The same query, hidden controls included. */
  withHidden(): Finder {
    return new Finder(this.#source, this.description, this.#match, {
      hidden: true,
      hint: this.hint,
    });
  }

  #shown(id: string): boolean {
    if (this.hidden) return true;
    const control = this.#source.control(id);
    return control === undefined || hiddenBy(control) === undefined;
  }

  /**
   * Ids of the matching controls, in document order (depth first from the page). Hidden
   * controls are left out unless the finder was made with `{ hidden: true }`.
   */
  get ids(): string[] {
    const tree = this.#source.tree();
    const found: string[] = [];
    const seen = new Set<string>();
    const visit = (id: string) => {
      const node = tree[id];
      if (node === undefined || seen.has(id)) return;
      seen.add(id);
      if (this.#match(node, id) && this.#shown(id)) found.push(id);
      for (const value of Object.values(node[NODE_SLOTS] ?? {})) {
        for (const child of Array.isArray(value) ? value : [value]) visit(child);
      }
    };
    visit(PAGE_ID);
    return found;
  }

  /** Number of matches. */
  get count(): number {
    return this.ids.length;
  }

  /** True when at least one control matches. */
  get exists(): boolean {
    return this.count > 0;
  }

  /**
   * The first matching control (the server-side object).
   * @throws `FletError` `FLET_ERR_TESTER_NO_MATCH` when nothing matches.
   */
  get first(): Control {
    const id = this.ids[0];
    const control = id === undefined ? undefined : this.#source.control(id);
    if (control === undefined) {
      throw new FletError(
        ErrorCode.TESTER_NO_MATCH,
        `Expected to find ${this.description}, but nothing on the page matches.\n${explainMiss(this, this.#source.tree())}`,
        {
          finder: this.description,
        },
      );
    }
    return control;
  }

  /** All matching controls. */
  get all(): Control[] {
    return this.ids
      .map((id) => this.#source.control(id))
      .filter((c): c is Control => c !== undefined);
  }

  /** The `index`-th match (0-based). */
  at(index: number): Control {
    const id = this.ids[index];
    const control = id === undefined ? undefined : this.#source.control(id);
    if (control === undefined) {
      throw new FletError(
        ErrorCode.TESTER_NO_MATCH,
        `Expected at least ${index + 1} of ${this.description}, but found ${this.count}.\n${explainMiss(this, this.#source.tree())}`,
      );
    }
    return control;
  }

  /** A finder for the matches of this one that also satisfy `predicate`. */
  where(predicate: (control: Control) => boolean): Finder {
    return new Finder(
      this.#source,
      `${this.description} where ${predicate.name || "predicate"}`,
      (node, id) => {
        if (!this.#match(node, id)) return false;
        const control = this.#source.control(id);
        return control !== undefined && predicate(control);
      },
      { hidden: this.hidden, hint: this.hint },
    );
  }

  toString(): string {
    return this.description;
  }
}

function propsOf(type: string, kind: "textProps" | "labelProps"): readonly string[] {
  const ctor = controlClassOf(type);
  if (ctor === undefined)
    return kind === "textProps" ? ["value", "text", "label"] : ["semanticsLabel", "label"];
  return compiledSchemaOf(ctor)[kind];
}

function matches(value: unknown, expected: string | RegExp): boolean {
  if (value === undefined || value === null) return false;
  const text = String(value);
  return typeof expected === "string" ? text === expected : expected.test(text);
}

/** `"Save"` or `/sav/i`, as a finder's description and hint show it. */
function shown(value: string | RegExp): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** What a hint compares: the string, or a RegExp's source. */
function raw(value: string | RegExp): string {
  return typeof value === "string" ? value : value.source;
}

/** The string values of a node's `text` (or `label`) properties. */
function valuesOf(node: WireNode, kind: "textProps" | "labelProps"): string[] {
  return propsOf(node[NODE_TYPE], kind)
    .map((name) => node[NODE_PROPS][name])
    .filter((value) => typeof value === "string" || typeof value === "number")
    .map(String);
}

/**
 * The finders of a tester (`t.find`). Each returns a lazy {@link Finder} that sees what
 * the browser shows; pass `{ hidden: true }` ({@link FindOptions}) to match hidden
 * controls too.
 *
 * @example
 * ```ts
 * expect(t.find.text("Saved")).toBeOnPage();
 * expect(t.find.byKey("draft", { hidden: true }).count).toBe(1);
 * ```
 */
export class Finders {
  readonly #source: FinderSource;

  /** @internal */
  constructor(source: FinderSource) {
    this.#source = source;
  }

  /**
   * Controls showing `text`: a Text's value, a button's text, a field's label... (the
   * properties a control declares with `text: true`). A string matches exactly; a RegExp
   * is tested.
   */
  text(text: string | RegExp, options: FindOptions = {}): Finder {
    return new Finder(
      this.#source,
      `a control showing ${shown(text)}`,
      (node) =>
        propsOf(node[NODE_TYPE], "textProps").some((name) => matches(node[NODE_PROPS][name], text)),
      { ...options, hint: { wanted: raw(text), values: (node) => valuesOf(node, "textProps") } },
    );
  }

  /**
   * Controls of a type: a wire type name (`"text"`) or a class (`ft.Text`, or your
   * `Countdown`, which matches only instances of that class).
   */
  byType(
    type: string | (abstract new (...args: any[]) => Control),
    options: FindOptions = {},
  ): Finder {
    const hint = (wanted: string): FinderHint => ({
      wanted,
      values: (node) => [controlClassOf(node[NODE_TYPE])?.name ?? node[NODE_TYPE]],
    });
    if (typeof type === "string") {
      return new Finder(
        this.#source,
        `a control of type "${type}"`,
        (node) => node[NODE_TYPE] === type,
        { ...options, hint: { wanted: type, values: (node) => [node[NODE_TYPE]] } },
      );
    }
    const wireType = compiledSchemaOf(type).type;
    return new Finder(
      this.#source,
      `${/^[AEIOU]/.test(type.name) ? "an" : "a"} ${type.name}`,
      (node, id) => {
        if (node[NODE_TYPE] !== wireType) return false;
        return this.#source.control(id) instanceof type;
      },
      { ...options, hint: hint(type.name) },
    );
  }

  /** The control whose `key` property is `key`. */
  byKey(key: string, options: FindOptions = {}): Finder {
    return new Finder(
      this.#source,
      `the control with key ${JSON.stringify(key)}`,
      (node) => node[NODE_PROPS].key === key,
      {
        ...options,
        hint: {
          wanted: key,
          values: (node) => {
            const k = node[NODE_PROPS].key;
            return typeof k === "string" ? [k] : [];
          },
        },
      },
    );
  }

  /**
   * Controls named `label` for assistive technology: a Semantics control's `label`, or a
   * property declared with `label: true` (such as `semanticsLabel`).
   */
  bySemanticsLabel(label: string | RegExp, options: FindOptions = {}): Finder {
    return new Finder(
      this.#source,
      `a control labelled ${shown(label)}`,
      (node) =>
        propsOf(node[NODE_TYPE], "labelProps").some((name) =>
          matches(node[NODE_PROPS][name], label),
        ),
      {
        ...options,
        hint: { wanted: raw(label), values: (node) => valuesOf(node, "labelProps") },
      },
    );
  }

  /** Controls for which `predicate` (given the server-side control) returns true. */
  where(predicate: (control: Control) => boolean, options: FindOptions = {}): Finder {
    return new Finder(
      this.#source,
      `a control where ${predicate.name || "predicate"}`,
      (_node, id) => {
        const control = this.#source.control(id);
        return control !== undefined && id !== PAGE_ID && predicate(control);
      },
      options,
    );
  }
}
