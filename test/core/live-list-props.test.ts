// Issue 16 items 1–2. Both tests describe behaviour main does NOT have yet; they are
// marked `it.fails` so the suite stays green and they turn red (forcing removal of
// `.fails`) as soon as the implementation lands.
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { Label } from "../fixtures/mini-controls.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("live list-valued props (issue 16)", () => {
  it("sends an in-place push on a value read from a getter", async () => {
    const label = new Label("a");
    label.style = { points: [1, 2, 3] };
    t = await createTester((page) => page.add(label));
    const before = t.patches.length;
    (label.style!.points as number[]).push(4);
    label.update();
    await t.settle();
    const ops = t.patches.slice(before).flatMap((p) => p.ops);
    expect(ops.length).toBeGreaterThan(0);
    expect(t.client.replica.node(label.uid!)?.[1].style).toEqual({ points: [1, 2, 3, 4] });
  });

  it("appends one point to a 5,000-point series in at most 200 bytes", async () => {
    const label = new Label("a");
    label.style = { points: Array.from({ length: 5_000 }, (_, i) => i * 1.5) };
    t = await createTester((page) => page.add(label));
    const before = t.patches.length;
    label.style = { points: [...(label.style.points as number[]), 7_500.5] };
    label.update();
    await t.settle();
    const ops = t.patches.slice(before).flatMap((p) => p.ops);
    expect(JSON.stringify(ops).length).toBeLessThanOrEqual(200);
  });
});
