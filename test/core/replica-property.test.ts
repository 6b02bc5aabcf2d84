import fc from "fast-check";
import type { Control } from "flet-ts";
import { createTester, type TreeNode } from "flet-ts/testing";
import { describe, expect, it } from "vitest";
import { Box, Label } from "../fixtures/mini-controls.js";

type Step =
  | { kind: "push"; box: number; label: boolean; text: string }
  | { kind: "insert"; box: number; at: number; text: string }
  | { kind: "remove"; box: number; at: number }
  | { kind: "move"; from: number; at: number; to: number; toAt: number }
  | { kind: "setText"; label: number; text: string | undefined }
  | { kind: "setSize"; label: number; size: number | undefined }
  | { kind: "setContent"; box: number; source: number; mode: "new" | "move" | "clear" }
  | { kind: "reverse"; box: number }
  | { kind: "clear"; box: number }
  | { kind: "commit" };

const text = fc.constantFrom("a", "b", "c", "hello", "");
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("push" as const), box: fc.nat(), label: fc.boolean(), text }),
  fc.record({ kind: fc.constant("insert" as const), box: fc.nat(), at: fc.nat(), text }),
  fc.record({ kind: fc.constant("remove" as const), box: fc.nat(), at: fc.nat() }),
  fc.record({
    kind: fc.constant("move" as const),
    from: fc.nat(),
    at: fc.nat(),
    to: fc.nat(),
    toAt: fc.nat(),
  }),
  fc.record({
    kind: fc.constant("setText" as const),
    label: fc.nat(),
    text: fc.option(text, { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant("setSize" as const),
    label: fc.nat(),
    size: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant("setContent" as const),
    box: fc.nat(),
    source: fc.nat(),
    mode: fc.constantFrom("new" as const, "move" as const, "clear" as const),
  }),
  fc.record({ kind: fc.constant("reverse" as const), box: fc.nat() }),
  fc.record({ kind: fc.constant("clear" as const), box: fc.nat() }),
  fc.constant({ kind: "commit" as const }),
);

/** Every box reachable from `root`, in document order. */
function boxes(root: Box): Box[] {
  const found: Box[] = [];
  const visit = (control: Control | undefined) => {
    if (!(control instanceof Box)) return;
    found.push(control);
    for (const item of control.controls) visit(item);
    visit(control.content);
  };
  visit(root);
  return found;
}

function labels(root: Box): Label[] {
  return boxes(root).flatMap((box) =>
    [...box.controls, box.content].filter((c): c is Label => c instanceof Label),
  );
}

/** True when `control` is `ancestor` or inside it (by structure: unmounted ones have no parent yet). */
function isAncestor(ancestor: Control, control: Control): boolean {
  return ancestor instanceof Box
    ? boxes(ancestor).includes(control as Box) || labels(ancestor).includes(control as Label)
    : ancestor === control;
}

function apply(root: Box, s: Step): void {
  const all = boxes(root);
  const pick = <T>(items: T[], n: number): T | undefined =>
    items.length ? items[n % items.length] : undefined;
  switch (s.kind) {
    case "push":
      pick(all, s.box)?.controls.push(
        s.label ? new Label(s.text) : new Box({ controls: [new Label(s.text)] }),
      );
      return;
    case "insert": {
      const box = pick(all, s.box)!;
      box.controls.splice(s.at % (box.controls.length + 1), 0, new Label(s.text));
      return;
    }
    case "remove": {
      const box = pick(all, s.box)!;
      if (box.controls.length) box.controls.splice(s.at % box.controls.length, 1);
      return;
    }
    case "move": {
      const from = pick(all, s.from)!;
      if (!from.controls.length) return;
      const item = from.controls[s.at % from.controls.length]!;
      const targets = all.filter((box) => !isAncestor(item, box));
      const to = pick(targets, s.to);
      if (!to) return;
      from.controls.splice(from.controls.indexOf(item), 1);
      to.controls.splice(s.toAt % (to.controls.length + 1), 0, item);
      return;
    }
    case "setText": {
      const label = pick(labels(root), s.label);
      if (label) label.value = s.text;
      return;
    }
    case "setSize": {
      const label = pick(labels(root), s.label);
      if (label) label.size = s.size;
      return;
    }
    case "setContent": {
      const box = pick(all, s.box)!;
      if (s.mode === "clear") box.content = undefined;
      else if (s.mode === "new") box.content = new Label("content");
      else {
        const source = pick(
          all.filter((b) => b.controls.length > 0 && b !== box),
          s.source,
        );
        const item = source?.controls[0];
        if (!source || !item || isAncestor(item, box)) return;
        source.controls.splice(0, 1);
        box.content = item;
      }
      return;
    }
    case "reverse":
      pick(all, s.box)!.controls.reverse();
      return;
    case "clear":
      pick(all, s.box)!.controls.length = 0;
      return;
    case "commit":
      root.update();
      return;
  }
}

/** What the browser must hold, derived from the server-side controls alone. */
function expected(control: Control): TreeNode {
  if (control instanceof Label) {
    const props: Record<string, unknown> = {};
    if (control.value !== undefined) props.value = control.value;
    if (control.size !== undefined) props.size = control.size;
    return Object.keys(props).length ? { type: "test.label", props } : { type: "test.label" };
  }
  const box = control as Box;
  const node: TreeNode = { type: "test.box" };
  if (box.controls.length) node.controls = box.controls.map(expected);
  if (box.content) node.content = expected(box.content);
  return node;
}

describe("replica", () => {
  it("always equals the server's tree after random mutations committed at random points", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 40 }), async (steps) => {
        const root = new Box({
          controls: [new Label("start"), new Box({ controls: [new Label("inner")] })],
        });
        const t = await createTester((page) => page.add(root));
        try {
          for (const s of steps) {
            apply(root, s);
            if (s.kind === "commit") await t.settle();
          }
          root.update();
          await t.settle();
          expect(t.errors).toEqual([]);
          const views = t.tree().views as TreeNode[];
          expect((views[0]!.controls as TreeNode[])[0]).toEqual(expected(root));
          // Every mounted control has a node, and nothing else does.
          const mounted = new Set(
            boxes(root)
              .flatMap((b) => [b, ...b.controls, ...(b.content ? [b.content] : [])])
              .map((c) => c.uid),
          );
          const ids = Object.keys(t.client.replica.tree).filter(
            (id) => id !== "page" && id !== t.page.views[0]!.uid,
          );
          expect(new Set(ids)).toEqual(mounted);
        } finally {
          await t.close();
        }
      }),
      { numRuns: 150 },
    );
  });
});
