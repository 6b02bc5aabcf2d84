import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** One import of a source file: where it points and whether it survives compilation. */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  /** False for `import type`, `export type` and `typeof import(...)`: erased at run time. */
  readonly runtime: boolean;
}

/** Every `.ts` file under `dir` (tests and declaration files excluded), repo-relative. */
export function sourceFiles(root: string, dir: string): string[] {
  const files: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(join(root, at), { withFileTypes: true })) {
      const path = posix.join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith(".ts") && !path.endsWith(".d.ts") && !path.endsWith(".test.ts"))
        files.push(path);
    }
  };
  walk(dir);
  return files.sort();
}

/** The relative imports of one file (package imports are not part of the layering). */
export function importsOf(file: string, text: string): ImportEdge[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const edges: ImportEdge[] = [];
  const add = (specifier: string, runtime: boolean) => {
    if (!specifier.startsWith(".")) return;
    const to = posix.normalize(posix.join(posix.dirname(file), specifier)).replace(/\.js$/, ".ts");
    edges.push({ from: file, to, runtime });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((element) => element.isTypeOnly)));
      add(node.moduleSpecifier.text, !typeOnly);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = node.exportClause;
      const typeOnly =
        node.isTypeOnly ||
        (clause !== undefined &&
          ts.isNamedExports(clause) &&
          clause.elements.length > 0 &&
          clause.elements.every((element) => element.isTypeOnly));
      add(node.moduleSpecifier.text, !typeOnly);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, true);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      add(node.argument.literal.text, false);
    } else if (
      ts.isModuleDeclaration(node) &&
      ts.isStringLiteral(node.name) &&
      node.name.text.startsWith(".")
    ) {
      // `declare module "../x.js"` augments x: a type-level dependency on it.
      add(node.name.text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** The import graph of every source file under `dir`. */
export function importGraph(root: string, dir: string): ImportEdge[] {
  return sourceFiles(root, dir).flatMap((file) =>
    importsOf(file, readFileSync(join(root, file), "utf8")),
  );
}

/**
 * The import cycles of a graph: each strongly connected component of more than one file
 * (or a file importing itself), files sorted. Tarjan's algorithm.
 */
export function findCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
    if (!next.has(edge.to)) next.set(edge.to, []);
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node)!) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || next.get(node)!.includes(node)) cycles.push(component.sort());
  };
  for (const node of next.keys()) if (!index.has(node)) connect(node);
  return cycles;
}

/** A layer: a name and the path prefixes (folders ending in `/`, or files) it holds. */
export interface Layer {
  readonly name: string;
  readonly paths: readonly string[];
}

/**
 * The layer of `file`: the one whose longest path prefix matches, as its position in
 * `layers` (lowest first), or -1 when none does.
 */
export function layerOf(layers: readonly Layer[], file: string): number {
  let best = -1;
  let bestLength = -1;
  layers.forEach((layer, position) => {
    for (const path of layer.paths) {
      const matches = path.endsWith("/") ? file.startsWith(path) : file === path;
      if (matches && path.length > bestLength) {
        best = position;
        bestLength = path.length;
      }
    }
  });
  return best;
}

/** The imports that go from a lower layer to a higher one, as readable lines. */
export function upwardImports(layers: readonly Layer[], edges: readonly ImportEdge[]): string[] {
  const found: string[] = [];
  for (const edge of edges) {
    const from = layerOf(layers, edge.from);
    const to = layerOf(layers, edge.to);
    if (from >= 0 && to > from) {
      found.push(
        `${edge.from} (${layers[from]!.name}) imports ${edge.runtime ? "" : "type "}${edge.to} (${layers[to]!.name})`,
      );
    }
  }
  return found;
}

/** The repository root. */
export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
