import { Control, type ControlOptions, control, prop } from "flet-ts/pack";
import { createTester } from "flet-ts/testing";

/** What {@link benchLive} measures: bytes on the wire per change of a live series. */
export interface LiveResult {
  /** Points in the series before the appends. */
  points: number;
  /** Appends measured per case. */
  appends: number;
  /** Median bytes of the patch frame's operations per append, by case. */
  bytes: { push: number; assign: number; columns: number; window: number };
  /** Median server time per append (mutation, update, diff, encode), in µs. */
  serverUs: number;
  /** Budget from issue 16: appending one point to a 5,000-point series, at most 200 bytes. */
  budget: 200;
}

@control("bench.series")
class Series extends Control {
  constructor(options?: ControlOptions<Series>) {
    super(options);
  }
  @prop("number[]") accessor points: number[] | undefined;
  @prop("json") accessor columns: { x: number[]; y: number[] } | undefined;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/**
 * A 5,000-point series gets 200 appends in each of four ways (a pack author's and a Flet
 * user's): `push` through the getter, assigning a longer copy, pushing to two columns, and a
 * sliding window (`shift` then `push`). Bytes are the JSON of the operations each
 * `update()` sends, as the tester records them (the frame adds its revision).
 */
export async function benchLive(points = 5_000, appends = 200): Promise<LiveResult> {
  const start = Array.from({ length: points }, (_, i) => Math.round(Math.sin(i) * 1000) / 100);
  const series = new Series({
    points: [...start],
    columns: { x: start.map((_, i) => i), y: [...start] },
  });
  const t = await createTester((page) => page.add(series));
  const run = async (change: (i: number) => void) => {
    const bytes: number[] = [];
    const times: number[] = [];
    for (let i = 0; i < appends; i++) {
      const before = t.patches.length;
      const began = performance.now();
      change(i);
      series.update();
      times.push((performance.now() - began) * 1000);
      await t.settle();
      bytes.push(t.patches.slice(before).reduce((sum, p) => sum + JSON.stringify(p.ops).length, 0));
    }
    return { bytes: median(bytes), us: median(times) };
  };
  const value = (i: number) => Math.round(Math.cos(i) * 1000) / 100;
  const push = await run((i) => series.points!.push(value(i)));
  const assign = await run((i) => {
    series.points = [...series.points!, value(i)];
  });
  const columns = await run((i) => {
    series.columns!.x.push(points + i);
    series.columns!.y.push(value(i));
  });
  const window = await run((i) => {
    series.points!.shift();
    series.points!.push(value(i));
  });
  const replica = t.client.replica.node(series.uid!)?.[1];
  if (JSON.stringify(replica?.points) !== JSON.stringify(series.points))
    throw new Error("bench live: the browser's series differs from the server's");
  await t.close();
  return {
    points,
    appends,
    bytes: { push: push.bytes, assign: assign.bytes, columns: columns.bytes, window: window.bytes },
    serverUs: Math.round(push.us),
    budget: 200,
  };
}
