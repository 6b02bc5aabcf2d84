/**
 * How the tester's failures name what they found: a control by type, id, key and text;
 * the controls closest to what a finder wanted; an excerpt of the tree the browser holds.
 * @module
 */
import type { Control } from "../core/control.js";
import { compiledSchemaOf, controlClassOf } from "../core/schema.js";
import {
  NODE_PROPS,
  NODE_SLOTS,
  NODE_TYPE,
  PAGE_ID,
  type WireNode,
  type WireTree,
} from "../protocol/wire.js";
import type { Finder } from "./finder.js";
import { hiddenBy, whyHidden } from "./hidden.js";

/** Lines a tree excerpt shows at most. */
const EXCERPT_LINES = 24;
/** Closest matches a failure lists at most. */
const CLOSEST = 3;

/** A value as it reads in a message: strings quoted, long ones cut. */
function quote(value: unknown): string {
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

/** The first text a node shows (the props its type declares with `text: true`). */
function textOf(node: WireNode): string | undefined {
  const ctor = controlClassOf(node[NODE_TYPE]);
  const names = ctor ? compiledSchemaOf(ctor).textProps : ["value", "text", "label"];
  for (const name of names) {
    const value = node[NODE_PROPS][name];
    if (typeof value === "string" || typeof value === "number") return String(value);
  }
  return undefined;
}

/** `ElevatedButton#7 key="save" text="Save"`: a replica node as a message names it. */
function describeNode(node: WireNode, id: string, flagHidden = true): string {
  const name = controlClassOf(node[NODE_TYPE])?.name ?? node[NODE_TYPE];
  const key = node[NODE_PROPS].key;
  const text = textOf(node);
  return [
    `${name}#${id}`,
    typeof key === "string" ? `key=${quote(key)}` : "",
    text === undefined ? "" : `text=${quote(text)}`,
    flagHidden && node[NODE_PROPS].visible === false ? "(visible=false)" : "",
  ]
    .filter((part) => part !== "")
    .join(" ");
}

/**
 * A control as failures name it: class, id, key and the text it shows, as the browser
 * holds them (`ElevatedButton#7 key="save" text="Save"`).
 * @internal
 */
export function describeMatch(control: Control, tree: Readonly<WireTree>): string {
  const node = control.uid === undefined ? undefined : tree[control.uid];
  if (node === undefined) return `${control.constructor.name} (not on the page)`;
  const blocker = hiddenBy(control);
  const hidden =
    blocker === undefined
      ? ""
      : ` (hidden: ${blocker === control ? "" : `its ancestor ${blocker.constructor.name}#${blocker.uid}: `}${whyHidden(blocker)})`;
  return `${describeNode(node, control.uid!, blocker === undefined)}${hidden}`;
}

/** The children of a node, in slot order. */
function childrenOf(node: WireNode): string[] {
  return Object.values(node[NODE_SLOTS] ?? {}).flatMap((value) =>
    Array.isArray(value) ? value : [value],
  );
}

/** The ids from the page down to `id` (empty when it is not in the tree). */
function pathTo(tree: Readonly<WireTree>, id: string): string[] {
  const walk = (at: string, path: string[]): string[] | undefined => {
    const node = tree[at];
    if (node === undefined) return undefined;
    if (at === id) return [...path, at];
    for (const child of childrenOf(node)) {
      const found = walk(child, [...path, at]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(PAGE_ID, []) ?? [];
}

/**
 * An indented excerpt of the tree the browser holds: the whole page from the top, or,
 * around `focus`, its ancestors, its siblings, itself (marked `>`) and its children; at
 * most 24 lines.
 * @internal
 */
export function treeExcerpt(tree: Readonly<WireTree>, focus?: string): string {
  const lines: string[] = [];
  const line = (id: string, depth: number, mark = " ") => {
    const node = tree[id];
    if (node) lines.push(`${mark} ${"  ".repeat(depth)}${describeNode(node, id)}`);
  };
  if (focus !== undefined && tree[focus] !== undefined) {
    const path = pathTo(tree, focus);
    const parent = path.length > 1 ? path[path.length - 2] : undefined;
    for (const [depth, id] of path.slice(0, -1).entries()) line(id, depth);
    const depth = path.length - 1;
    for (const id of parent === undefined ? [focus] : childrenOf(tree[parent]!)) {
      line(id, depth, id === focus ? ">" : " ");
      if (id === focus) for (const child of childrenOf(tree[focus]!)) line(child, depth + 1);
    }
  } else {
    const visit = (id: string, depth: number) => {
      line(id, depth);
      for (const child of childrenOf(tree[id] ?? ([] as unknown as WireNode)))
        visit(child, depth + 1);
    };
    if (tree[PAGE_ID]) visit(PAGE_ID, 0);
  }
  const more = lines.length - EXCERPT_LINES;
  const shownLines = more > 0 ? [...lines.slice(0, EXCERPT_LINES), `  … ${more} more`] : lines;
  return shownLines.join("\n");
}

/** Edit distance between two strings (case-insensitive). */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let row = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[y.length]!;
}

/**
 * How far `value` is from `wanted`: 0 for the same, up to 1 for nothing in common; a
 * value that contains the other (case-insensitive) counts as close (0.25).
 */
function closeness(wanted: string, value: string): number {
  const longest = Math.max(wanted.length, value.length, 1);
  const edits = distance(wanted, value) / longest;
  const a = wanted.toLowerCase();
  const b = value.toLowerCase();
  return a !== "" && b !== "" && (a.includes(b) || b.includes(a)) ? Math.min(edits, 0.25) : edits;
}

/**
 * The controls whose compared value (text, key, label, type) is closest to what `finder`
 * wanted (at most half of it edited, or containing it), best first, at most three; hidden
 * ones say so. Empty for a predicate finder.
 * @internal
 */
export function closestMatches(
  finder: Finder,
  tree: Readonly<WireTree>,
  skip: ReadonlySet<string> = new Set(),
): string[] {
  const hint = finder.hint;
  if (hint === undefined) return [];
  const scored: { id: string; score: number }[] = [];
  for (const [id, node] of Object.entries(tree)) {
    if (node === undefined || id === PAGE_ID || skip.has(id)) continue;
    const values = hint.values(node);
    if (values.length === 0) continue;
    const score = Math.min(...values.map((value) => closeness(hint.wanted, value)));
    if (score <= 0.5) scored.push({ id, score });
  }
  scored.sort((a, b) => a.score - b.score || Number(a.id) - Number(b.id));
  return scored.slice(0, CLOSEST).map(({ id }) => {
    const control = finder.source.control(id);
    return control ? describeMatch(control, tree) : describeNode(tree[id]!, id);
  });
}

/**
 * What a failure says after "but": the closest matches (or "none close") and the excerpt
 * of the tree, indented under their headings.
 * @internal
 */
export function explainMiss(finder: Finder, tree: Readonly<WireTree>): string {
  const hidden = finder.hidden ? [] : finder.withHidden().all;
  const parts: string[] = [];
  if (hidden.length > 0) {
    parts.push(
      `Hidden matches (find them with { hidden: true }):\n${hidden.map((c) => `  ${describeMatch(c, tree)}`).join("\n")}`,
    );
  }
  const closest = closestMatches(finder, tree, new Set(hidden.map((c) => c.uid ?? "")));
  if (closest.length > 0)
    parts.push(`Closest matches:\n${closest.map((line) => `  ${line}`).join("\n")}`);
  parts.push(`The page:\n${treeExcerpt(tree)}`);
  return parts.join("\n");
}
