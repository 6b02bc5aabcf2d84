// The update path beyond the hot loop of commit.ts:
// - one change per event: the same `text.value = ...; text.update()`, but each sample runs
//   in its own turn of the event loop (a setImmediate callback, as an event handler would),
//   so caches and the JIT's inline state do not stay hot between samples;
// - k changes per update: k different Texts change, then one `page.update()`; per change;
// - a 1,000-row rebuild: `column.controls = 1,000 new Texts; column.update()` (the new
//   Texts' construction included: it is what the app's code does), replacing 1,000 rows.
// Every sample is checked against the headless client's replica at the end.
import { type ControlKit, now, openRig, quantile, settle, type TextLike } from "./kit.js";

export interface PerEventResult {
  n: number;
  samples: number;
  medianUs: number;
  p99Us: number;
}

export interface BatchResult {
  n: number;
  k: number;
  updates: number;
  /** Median time of one update of k changes, divided by k. */
  perChangeUs: number;
  /** Median time of the whole update (k changes + page.update()). */
  medianUs: number;
  frameBytes: number;
}

export interface RebuildResult {
  rows: number;
  reps: number;
  medianMs: number;
  minMs: number;
  frameBytes: number;
}

export interface UpdateResult {
  perEvent: PerEventResult[];
  batches: BatchResult[];
  rebuild: RebuildResult;
}

const PER_EVENT_SAMPLES = 4_000;
const PER_EVENT_WARMUP = 1_000;
const KS = [10, 100, 1_000] as const;
const BATCH_N = 10_000;
const REBUILD_ROWS = 1_000;
const REBUILD_REPS = 40;

export async function benchUpdate(kit: ControlKit): Promise<UpdateResult> {
  const perEvent: PerEventResult[] = [];
  for (const n of [100, 10_000]) perEvent.push(await perEventOnce(kit, n));
  return { perEvent, batches: await batches(kit), rebuild: await rebuild(kit) };
}

function sorted(samples: Float64Array): Float64Array {
  return samples.slice().sort();
}

async function perEventOnce(kit: ControlKit, n: number): Promise<PerEventResult> {
  const rig = await openRig("replica");
  const texts = Array.from({ length: n }, (_, i) => kit.text(`Text ${i}`));
  rig.page.add(kit.column(texts));
  await settle();
  const samples = new Float64Array(PER_EVENT_SAMPLES);
  let last: { text: TextLike; value: string } | undefined;
  for (let i = 0; i < PER_EVENT_WARMUP + PER_EVENT_SAMPLES; i++) {
    const sample = await new Promise<number>((resolve) =>
      setImmediate(() => {
        const text = texts[(i * 7_919) % n]!;
        const value = `e${i}`;
        const start = now();
        text.value = value;
        text.update();
        const end = now();
        last = { text, value };
        resolve(Number(end - start) / 1_000);
      }),
    );
    if (i >= PER_EVENT_WARMUP) samples[i - PER_EVENT_WARMUP] = sample;
  }
  await settle();
  if (rig.client!.replica.node(last!.text.uid!)?.[1].value !== last!.value)
    throw new Error(`bench update: replica out of step (per event, N=${n})`);
  await rig.close();
  const ordered = sorted(samples);
  return {
    n,
    samples: PER_EVENT_SAMPLES,
    medianUs: quantile(ordered, 0.5),
    p99Us: quantile(ordered, 0.99),
  };
}

async function batches(kit: ControlKit): Promise<BatchResult[]> {
  const rig = await openRig("replica");
  const texts = Array.from({ length: BATCH_N }, (_, i) => kit.text(`Text ${i}`));
  rig.page.add(kit.column(texts));
  await settle();
  const results: BatchResult[] = [];
  let round = 0;
  for (const k of KS) {
    const updates = Math.max(30, Math.round(60_000 / k));
    const warmup = Math.max(5, Math.round(updates / 5));
    const samples = new Float64Array(updates);
    let frameBytes = 0;
    for (let u = 0; u < warmup + updates; u++) {
      round++;
      const offset = (round * 7_919) % BATCH_N;
      const start = now();
      for (let j = 0; j < k; j++) texts[(offset + j * 13) % BATCH_N]!.value = `k${round}.${j}`;
      rig.page.update();
      const end = now();
      if (u >= warmup) samples[u - warmup] = Number(end - start) / 1_000;
      if (u === warmup) frameBytes = Buffer.byteLength(rig.lastFrame, "utf8");
      await settle();
    }
    const lastOffset = (round * 7_919) % BATCH_N;
    const check = texts[(lastOffset + (k - 1) * 13) % BATCH_N]!;
    if (rig.client!.replica.node(check.uid!)?.[1].value !== `k${round}.${k - 1}`)
      throw new Error(`bench update: replica out of step (k=${k})`);
    const median = quantile(sorted(samples), 0.5);
    results.push({ n: BATCH_N, k, updates, perChangeUs: median / k, medianUs: median, frameBytes });
  }
  await rig.close();
  return results;
}

async function rebuild(kit: ControlKit): Promise<RebuildResult> {
  const rig = await openRig("replica");
  const column = kit.column(
    Array.from({ length: REBUILD_ROWS }, (_, i) => kit.text(`Row ${i}`)),
  ) as ReturnType<ControlKit["column"]> & { controls: TextLike[] };
  rig.page.add(column);
  await settle();
  const times: number[] = [];
  let frameBytes = 0;
  const warmup = 10;
  for (let r = 0; r < warmup + REBUILD_REPS; r++) {
    const start = now();
    column.controls = Array.from({ length: REBUILD_ROWS }, (_, i) => kit.text(`Row ${r}.${i}`));
    column.update();
    const end = now();
    if (r >= warmup) times.push(Number(end - start) / 1e6);
    if (r === warmup) frameBytes = Buffer.byteLength(rig.lastFrame, "utf8");
    await settle();
  }
  const lastRow = column.controls[REBUILD_ROWS - 1]!;
  if (
    rig.client!.replica.node(lastRow.uid!)?.[1].value !==
    `Row ${warmup + REBUILD_REPS - 1}.${REBUILD_ROWS - 1}`
  )
    throw new Error("bench update: replica out of step (rebuild)");
  await rig.close();
  const ordered = Float64Array.from(times).sort();
  return {
    rows: REBUILD_ROWS,
    reps: REBUILD_REPS,
    medianMs: quantile(ordered, 0.5),
    minMs: ordered[0]!,
    frameBytes,
  };
}
