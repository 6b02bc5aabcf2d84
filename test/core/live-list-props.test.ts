// Issue 16 items 1–2: values handed out by prop getters are tracked, and a changed list or
// object prop goes on the wire as its minimal operations.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { Label, Series } from "../fixtures/mini-controls.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** The operations `page.update()` sends after `change` ran. */
async function opsOf(tester: Tester, change: () => void) {
  const before = tester.patches.length;
  change();
  tester.page.update();
  await tester.settle();
  return tester.patches.slice(before).flatMap((p) => p.ops);
}

describe("live list-valued props (issue 16)", () => {
  it("sends an in-place push on a value read from a getter", async () => {
    const label = new Label("a");
    label.style = { points: [1, 2, 3] };
    t = await createTester((page) => page.add(label));
    const ops = await opsOf(t, () => {
      (label.style!.points as number[]).push(4);
      label.update();
    });
    expect(ops).toEqual([{ op: "add", path: `/${label.uid}/1/style/points/3`, value: 4 }]);
    expect(t.client.replica.node(label.uid!)?.[1].style).toEqual({ points: [1, 2, 3, 4] });
  });

  it("appends one point to a 5,000-point series in at most 200 bytes", async () => {
    const series = new Series({ points: Array.from({ length: 5_000 }, (_, i) => i * 1.5) });
    t = await createTester((page) => page.add(series));
    const ops = await opsOf(t, () => {
      series.points!.push(7_500.5);
      series.update();
    });
    expect(JSON.stringify(ops).length).toBeLessThanOrEqual(200);
    // Assigning a longer copy is the same append on the wire.
    const assigned = await opsOf(t, () => {
      series.points = [...series.points!, 7_502];
      series.update();
    });
    expect(assigned).toEqual([{ op: "add", path: `/${series.uid}/1/points/5001`, value: 7_502 }]);
    expect(t.client.replica.node(series.uid!)?.[1].points).toEqual(series.points);
  });

  it("sends page.update() after a mutation, as Flet's append(); page.update()", async () => {
    const series = new Series({ points: [1] });
    t = await createTester((page) => page.add(series));
    const ops = await opsOf(t, () => {
      series.points!.push(2);
      t!.page.update();
    });
    expect(ops).toHaveLength(1);
    expect(t.client.replica.node(series.uid!)?.[1].points).toEqual([1, 2]);
  });

  it("sends splices, removals, index writes and nested object edits as minimal ops", async () => {
    // Long enough that operations are smaller than the whole list (else it goes whole).
    const long = Array.from({ length: 100 }, (_, i) => i + 1);
    const series = new Series({ points: long });
    const label = new Label("a", {
      style: { color: "red", size: 10, fontFamily: "Roboto Slab", border: { width: 1 } },
    });
    t = await createTester((page) => page.add(series, label));
    const id = series.uid!;
    expect(await opsOf(t, () => series.points!.splice(2, 1, 30, 31))).toEqual([
      { op: "replace", path: `/${id}/1/points/2`, value: 30 },
      { op: "add", path: `/${id}/1/points/3`, value: 31 },
    ]);
    expect(await opsOf(t, () => series.points!.shift())).toEqual([
      { op: "remove", path: `/${id}/1/points/0` },
    ]);
    expect(await opsOf(t, () => (series.points![0] = 20))).toEqual([
      { op: "replace", path: `/${id}/1/points/0`, value: 20 },
    ]);
    const style = label.style as { color?: string; border: { width: number } };
    const lid = label.uid!;
    expect(
      await opsOf(t, () => {
        delete style.color;
        style.border.width = 2;
      }),
    ).toEqual([
      { op: "remove", path: `/${lid}/1/style/color` },
      { op: "replace", path: `/${lid}/1/style/border/width`, value: 2 },
    ]);
    expect(t.client.replica.node(id)?.[1].points).toEqual([20, 30, 31, ...long.slice(3)]);
    expect(t.client.replica.node(lid)?.[1].style).toEqual({
      size: 10,
      fontFamily: "Roboto Slab",
      border: { width: 2 },
    });
  });

  it("sends a whole value when that is smaller than its operations", async () => {
    const series = new Series({ points: [1, 2, 3, 4, 5, 6] });
    t = await createTester((page) => page.add(series));
    const ops = await opsOf(t, () => {
      series.points = [9];
      series.update();
    });
    expect(ops).toEqual([{ op: "replace", path: `/${series.uid}/1/points`, value: [9] }]);
  });

  it("carries columnar data and typed arrays; an object default is never shared", async () => {
    const a = new Series();
    const b = new Series();
    t = await createTester((page) => page.add(a, b));
    const ops = await opsOf(t, () => {
      a.columns.x.push(1);
      a.columns.y.push(10);
    });
    expect(ops.map((op) => op.path)).toEqual([`/${a.uid}/1/columns`]);
    expect(b.columns).toEqual({ x: [], y: [] });
    await opsOf(t, () => {
      for (let i = 0; i < 50; i++) {
        a.columns.x.push(i);
        a.columns.y.push(i * 10);
      }
    });
    expect(
      await opsOf(t, () => {
        a.columns.x.push(2);
        a.columns.y.push(20);
      }),
    ).toEqual([
      { op: "add", path: `/${a.uid}/1/columns/x/51`, value: 2 },
      { op: "add", path: `/${a.uid}/1/columns/y/51`, value: 20 },
    ]);
    await opsOf(t, () => {
      a.points = new Float64Array([0.5, 1.5]) as unknown as number[];
    });
    expect(t.client.replica.node(a.uid!)?.[1].points).toEqual([0.5, 1.5]);
  });

  it("marks every control that holds a shared value", async () => {
    const shared = { color: "red" };
    const a = new Label("a", { style: shared });
    const b = new Label("b", { style: shared });
    const c = new Label("c");
    t = await createTester((page) => page.add(a, b, c));
    await opsOf(t, () => {
      c.style = a.style; // the stored object, not a's proxy
    });
    await opsOf(t, () => {
      (a.style as { color: string }).color = "blue";
    });
    for (const label of [a, b, c]) {
      expect(t.client.replica.node(label.uid!)?.[1].style).toEqual({ color: "blue" });
    }
  });

  it("reports a value that cannot be sent and keeps the browser's last good one", async () => {
    const series = new Series({ points: [1, 2] });
    t = await createTester((page) => page.add(series));
    await opsOf(t, () => {
      series.points!.push(Number.NaN);
      series.update();
    });
    expect((t.errors[0] as ft.FletError).code).toBe(ft.ErrorCode.PROP_NOT_SERIALIZABLE);
    expect(String((t.errors[0] as Error).message)).toContain("Series.points");
    t.expectError(ft.ErrorCode.PROP_NOT_SERIALIZABLE);
    expect(t.client.replica.node(series.uid!)?.[1].points).toEqual([1, 2]);
    await opsOf(t, () => {
      series.points!.pop();
      series.points!.push(3);
    });
    expect(t.client.replica.node(series.uid!)?.[1].points).toEqual([1, 2, 3]);
  });

  it("hands out values that read and compare like the stored ones", () => {
    const series = new Series({ points: [3, 1, 2] });
    expect(series.points).toEqual([3, 1, 2]);
    expect(Array.isArray(series.points)).toBe(true);
    expect([...series.points!].sort()).toEqual([1, 2, 3]);
    expect(JSON.stringify(series.columns)).toBe('{"x":[],"y":[]}');
    expect(series.points).toBe(series.points);
  });
});

describe("the list diff", () => {
  it("sends a sliding window (shift then push) as removes at the front and adds at the end", async () => {
    const series = new Series({ points: Array.from({ length: 500 }, (_, i) => i) });
    t = await createTester((page) => page.add(series));
    const ops = await opsOf(t, () => {
      series.points!.splice(0, 3);
      series.points!.push(500, 501, 502);
    });
    const id = series.uid!;
    expect(ops).toEqual([
      ...Array.from({ length: 3 }, () => ({ op: "remove", path: `/${id}/1/points/0` })),
      { op: "add", path: `/${id}/1/points/497`, value: 500 },
      { op: "add", path: `/${id}/1/points/498`, value: 501 },
      { op: "add", path: `/${id}/1/points/499`, value: 502 },
    ]);
    expect(t.client.replica.node(id)?.[1].points).toEqual(series.points);
  });

  it("keeps server and replica equal over random edits of lists and objects", async () => {
    const series = new Series({ points: Array.from({ length: 40 }, (_, i) => i) });
    const label = new Label("a", { style: { a: 1, list: [1, 2, 3], nested: { b: [0] } } });
    t = await createTester((page) => page.add(series, label));
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      await opsOf(t, () => {
        const points = series.points!;
        const style = label.style as { a?: number; list: number[]; nested: { b: number[] } };
        switch (random(7)) {
          case 0:
            points.push(random(1000));
            break;
          case 1:
            points.splice(random(points.length + 1), random(4), ...[random(9), random(9)]);
            break;
          case 2:
            points.shift();
            points.push(random(50));
            break;
          case 3:
            if (points.length > 0) points[random(points.length)] = random(1000);
            break;
          case 4:
            style.list.unshift(random(5));
            break;
          case 5:
            if ("a" in style) delete style.a;
            else style.a = random(3);
            break;
          default:
            style.nested.b = [...style.nested.b, random(4)].slice(-5);
        }
      });
      expect(t.client.replica.node(series.uid!)?.[1].points).toEqual(series.points);
      expect(t.client.replica.node(label.uid!)?.[1].style).toEqual(label.style);
    }
  });
});
