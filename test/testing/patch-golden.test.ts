import * as ft from "flet-ts";
import {
  createTester,
  formatPatches,
  patchMatchers,
  patchStreamSerializer,
  recordPatches,
  type Tester,
} from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";

expect.extend(patchMatchers);
expect.addSnapshotSerializer(patchStreamSerializer);

declare module "vitest" {
  interface Matchers<T = any> {
    toSendAtMost(budget: { bytes?: number; ops?: number } | number): T;
  }
}

function counter(step: number) {
  return (page: ft.Page): void => {
    const count = new ft.Text("0", { key: "count" });
    page.add(
      count,
      new ft.ElevatedButton("+", {
        onClick: () => {
          count.value = String(Number(count.value) + step);
          page.update();
        },
      }),
    );
  };
}

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("patch goldens (issue 17)", () => {
  it("records only the interaction's patches, readable, and matches the golden file", async () => {
    t = await createTester(counter(1));
    const stream = await recordPatches(t, () => t?.tap(t.find.text("+")));
    expect(stream.records.length).toBe(1);
    expect(stream.ops).toBeGreaterThan(0);
    const text = formatPatches(stream);
    expect(text).toMatch(/^revision \d+: 1 ops, \d+ bytes\n {2}replace \/.*"1"\n/);
    expect(text).toMatch(/total: 1 batches, 1 ops, \d+ bytes\n$/);
    await expect(text).toMatchFileSnapshot("./__goldens__/counter-increment.patches");
    // The serializer prints the same text for snapshots.
    expect(stream).toMatchInlineSnapshot(`
      revision 2: 1 ops, 30 bytes
        replace /2/1/value "1"
      total: 1 batches, 1 ops, 30 bytes
    `);
  });

  it("a change of behaviour changes the golden text", async () => {
    t = await createTester(counter(1));
    const one = formatPatches(await recordPatches(t, () => t?.tap(t.find.text("+"))));
    await t.close();
    t = await createTester(counter(2));
    const two = formatPatches(await recordPatches(t, () => t?.tap(t.find.text("+"))));
    expect(two).not.toBe(one);
    expect(two).toContain('"2"');
  });

  it("toSendAtMost passes within budget and fails with the batches listed", async () => {
    t = await createTester(counter(1));
    const stream = await recordPatches(t, () => t?.tap(t.find.text("+")));
    expect(stream).toSendAtMost({ bytes: 1000, ops: 1 });
    expect(stream).toSendAtMost(stream.bytes);
    expect(() => expect(stream).toSendAtMost({ ops: 0 })).toThrow(
      /at most \{"ops":0\}, but they sent 1 ops \(budget 0\):\nrevision/,
    );
    expect(() => expect(stream).toSendAtMost({ bytes: 10 })).toThrow(/bytes \(budget 10\)/);
    expect(() => expect(stream).toSendAtMost({})).toThrow(/needs a budget/);
    // A Tester counts its whole history, the first page included.
    expect(() => expect(t).toSendAtMost({ ops: 1 })).toThrow(/budget 1/);
  });
});
