// Nesting without a depth limit: mounting and unmounting walk the tree with work lists,
// not recursion, so 100,000 nested controls work (issue: ~4,000 levels threw "Maximum call
// stack size exceeded" and left the tree inconsistent).
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { Box, Label } from "../fixtures/mini-controls.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

function nested(depth: number): { outer: Box; inner: Box } {
  const inner = new Box({ controls: [new Label("deepest")] });
  let outer = inner;
  for (let i = 1; i < depth; i++) outer = new Box({ controls: [outer] });
  return { outer, inner };
}

describe("a tree 100,000 controls deep", () => {
  it("mounts, updates at the bottom, and unmounts, with the browser's copy in step", async () => {
    const label = new Label("top");
    t = await createTester((page) => page.add(label));
    const { outer, inner } = nested(100_000);
    t.page.add(outer);
    await t.settle();
    const size = () => Object.keys(t!.client.replica.tree).length;
    const mountedSize = size();
    expect(mountedSize).toBeGreaterThanOrEqual(100_002);
    expect(t.errors).toEqual([]);
    // A change at the bottom reaches the browser as one small patch.
    const before = t.patches.length;
    (inner.controls[0] as Label).value = "changed";
    inner.update();
    await t.settle();
    expect(t.patches.length).toBe(before + 1);
    expect(t.patches.at(-1)!.ops).toHaveLength(1);
    // Removing the whole tree frees every id, and an ordinary update goes on working.
    t.page.controls.splice(t.page.controls.indexOf(outer), 1);
    t.page.update();
    await t.settle();
    expect(size()).toBe(mountedSize - 100_001);
    expect(inner.mounted).toBe(false);
    label.value = "still working";
    label.update();
    await t.settle();
    expect(t.find.text("still working").exists).toBe(true);
    expect(t.errors).toEqual([]);
  }, 60_000);
});
