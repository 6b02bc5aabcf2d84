/**
 * The TypeScript source the showcase shows beside each example (Flet's gallery links each
 * example to its Python file): the control's file, and the part of it that is one example.
 * @module
 */
import { readFileSync } from "node:fs";
import type { GalleryControl, GalleryGroup } from "./model.js";

/** The path of a control's file, from the package root. */
export function sourcePath(group: GalleryGroup, control: GalleryControl): string {
  return `examples/showcase/examples/${group.slug}/${control.slug}.ts`;
}

/** The TypeScript source of a control's examples, if the file is there (run from sources). */
export function controlSource(group: GalleryGroup, control: GalleryControl): string | undefined {
  try {
    const url = new URL(`./examples/${group.slug}/${control.slug}.ts`, import.meta.url);
    return readFileSync(url, "utf8");
  } catch {
    return undefined;
  }
}

/**
 * The entry of the `examples` array named `name` (from its `{` to its `},`), or undefined
 * when the file is laid out otherwise (then the whole file is shown).
 */
export function exampleSource(code: string, name: string): string | undefined {
  const lines = code.split("\n");
  // The example's `name:` line, just after its `{` (the control's own `name:` may match too).
  const at = lines.findIndex(
    (line, i) => line.trim() === `name: ${JSON.stringify(name)},` && lines[i - 1]?.trim() === "{",
  );
  if (at < 1) return undefined;
  const open = lines[at - 1]!;
  const indent = open.length - open.trimStart().length;
  const end = lines.findIndex(
    (line, i) => i > at && line.trim() === "}," && line.length - line.trimStart().length === indent,
  );
  if (end === -1) return undefined;
  return lines
    .slice(at - 1, end + 1)
    .map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)))
    .join("\n");
}
