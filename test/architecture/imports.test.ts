import { describe, expect, it } from "vitest";
import {
  findCycles,
  type ImportEdge,
  importGraph,
  importsOf,
  type Layer,
  layerOf,
  repoRoot,
  sourceFiles,
  upwardImports,
} from "./import-graph.js";

/**
 * The layers of `src/`, lowest first (docs/guides/architecture.md, "Layers"). A file may
 * import its own layer and the layers below it, never one above, not even for a type.
 * The most specific path wins: the session's small services sit below the page that
 * exposes them, while `Session` itself sits above it.
 */
const LAYERS: Layer[] = [
  { name: "core", paths: ["src/core/", "src/types/", "src/session/logger.ts"] },
  { name: "protocol", paths: ["src/protocol/"] },
  { name: "tree", paths: ["src/tree/"] },
  { name: "transport", paths: ["src/transport/"] },
  { name: "client", paths: ["src/client/"] },
  {
    name: "services",
    paths: [
      "src/session/quiet.ts",
      "src/session/sleep.ts",
      "src/session/client-storage.ts",
      "src/session/executor.ts",
      "src/session/pubsub.ts",
      "src/session/redis-pubsub-bus.ts",
      "src/session/session-storage.ts",
    ],
  },
  { name: "page", paths: ["src/page/", "src/auth/"] },
  { name: "session", paths: ["src/session/"] },
  { name: "hosting", paths: ["src/server/", "src/testing/", "src/browser/"] },
  {
    name: "entries",
    paths: [
      "src/adapters/",
      "src/cli/",
      "src/pack.ts",
      "src/protocol.ts",
      // The static build: its umbrella imports the packs, as the package's umbrella does.
      "src/static/",
    ],
  },
];

const edges = importGraph(repoRoot, "src");

describe("src imports", () => {
  it("has no import cycle that runs (value imports)", () => {
    expect(findCycles(edges.filter((edge) => edge.runtime))).toEqual([]);
  });

  it("never imports a higher layer, not even a type", () => {
    expect(upwardImports(LAYERS, edges)).toEqual([]);
  });

  it("puts every source file in a layer", () => {
    const unplaced = sourceFiles(repoRoot, "src").filter((file) => layerOf(LAYERS, file) < 0);
    expect(unplaced, "add these files (or their folder) to LAYERS").toEqual([]);
  });

  it("resolves every import inside src to a source file", () => {
    const files = new Set(sourceFiles(repoRoot, "src"));
    const dangling = edges.filter((edge) => edge.to.startsWith("src/") && !files.has(edge.to));
    expect(dangling).toEqual([]);
  });

  it("leaves src only from the entry points (the umbrella imports the packs)", () => {
    const entries = LAYERS.length - 1;
    const leaving = edges.filter(
      (edge) => !edge.to.startsWith("src/") && layerOf(LAYERS, edge.from) !== entries,
    );
    expect(leaving).toEqual([]);
  });
});

describe("the import checker", () => {
  const edge = (from: string, to: string, runtime = true): ImportEdge => ({ from, to, runtime });

  it("reads value, type-only, re-export, dynamic and augmenting imports", () => {
    const text = [
      'import { a } from "./a.js";',
      'import type { B } from "../b/b.js";',
      'import { type C, type D } from "./cd.js";',
      'import { type E, f } from "./ef.js";',
      'export * from "./g.js";',
      'export type { H } from "./h.js";',
      'import "./side-effect.js";',
      'import { readFileSync } from "node:fs";',
      'const lazy = () => import("./lazy.js");',
      'type T = typeof import("./typed.js");',
      'declare module "./augmented.js" { interface R { x: 1 } }',
    ].join("\n");
    expect(importsOf("src/x/file.ts", text)).toEqual([
      edge("src/x/file.ts", "src/x/a.ts"),
      edge("src/x/file.ts", "src/b/b.ts", false),
      edge("src/x/file.ts", "src/x/cd.ts", false),
      edge("src/x/file.ts", "src/x/ef.ts"),
      edge("src/x/file.ts", "src/x/g.ts"),
      edge("src/x/file.ts", "src/x/h.ts", false),
      edge("src/x/file.ts", "src/x/side-effect.ts"),
      edge("src/x/file.ts", "src/x/lazy.ts"),
      edge("src/x/file.ts", "src/x/typed.ts", false),
      edge("src/x/file.ts", "src/x/augmented.ts", false),
    ]);
  });

  it("finds a cycle through three files, and a file importing itself", () => {
    const cycles = findCycles([
      edge("a.ts", "b.ts"),
      edge("b.ts", "c.ts"),
      edge("c.ts", "a.ts"),
      edge("c.ts", "d.ts"),
      edge("e.ts", "e.ts"),
    ]);
    expect(cycles).toEqual(expect.arrayContaining([["a.ts", "b.ts", "c.ts"], ["e.ts"]]));
    expect(cycles).toHaveLength(2);
  });

  it("finds no cycle in a tree of imports", () => {
    expect(findCycles([edge("a.ts", "b.ts"), edge("a.ts", "c.ts"), edge("b.ts", "c.ts")])).toEqual(
      [],
    );
  });

  it("reports an upward import, type-only ones too, and allows downward and sideways ones", () => {
    const layers: Layer[] = [
      { name: "low", paths: ["src/low/"] },
      { name: "high", paths: ["src/high/", "src/low/special.ts"] },
    ];
    expect(layerOf(layers, "src/low/special.ts")).toBe(1);
    expect(layerOf(layers, "src/elsewhere/x.ts")).toBe(-1);
    expect(
      upwardImports(layers, [
        edge("src/high/a.ts", "src/low/b.ts"),
        edge("src/low/b.ts", "src/low/c.ts"),
        edge("src/low/b.ts", "src/high/a.ts", false),
        edge("src/low/c.ts", "src/low/special.ts"),
      ]),
    ).toEqual([
      "src/low/b.ts (low) imports type src/high/a.ts (high)",
      "src/low/c.ts (low) imports src/low/special.ts (high)",
    ]);
  });
});
