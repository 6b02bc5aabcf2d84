// One property change: `text.value = ...; text.update()` on a page of N Texts. update()
// commits synchronously (tree store, RFC 6902 ops), encodes the patch frame, puts it in
// the replay log and hands it to the transport; that whole call is timed, server side.
import { bytesOf, type ControlKit, now, openRig, quantile, SIZES, settle } from "./kit.js";

export interface CommitResult {
  n: number;
  iterations: number;
  medianUs: number;
  p99Us: number;
  meanUs: number;
  frameBytes: number;
}

const WARMUP = 5_000;
const ITERATIONS = 20_000;
/** Let the headless client apply what queued up every so many changes. */
const DRAIN_EVERY = 64;

export async function benchCommit(
  kit: ControlKit,
  sizes: readonly number[] = SIZES,
): Promise<CommitResult[]> {
  const results: CommitResult[] = [];
  for (const n of sizes) results.push(await commitOnce(kit, n));
  return results;
}

async function commitOnce(kit: ControlKit, n: number): Promise<CommitResult> {
  const rig = await openRig("replica");
  const texts = Array.from({ length: n }, (_, i) => kit.text(`Text ${i}`));
  rig.page.add(kit.column(texts));
  await settle();
  const samples = new Float64Array(ITERATIONS);
  let frameBytes = 0;
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    // A different Text each time, spread over the whole page.
    const text = texts[(i * 7_919) % n]!;
    const value = `v${i}`;
    const start = now();
    text.value = value;
    text.update();
    const end = now();
    if (i >= WARMUP) samples[i - WARMUP] = Number(end - start) / 1_000;
    if (i === WARMUP) frameBytes = bytesOf(rig.lastFrame);
    if (i % DRAIN_EVERY === DRAIN_EVERY - 1) await settle();
  }
  await settle();
  // The client applied every patch: check it agrees, so we time real work.
  const last = texts[((WARMUP + ITERATIONS - 1) * 7_919) % n]!;
  const node = rig.client!.replica.node(last.uid!);
  if (node?.[1].value !== `v${WARMUP + ITERATIONS - 1}`)
    throw new Error(`bench commit: replica out of step at N=${n}`);
  await rig.close();
  let sum = 0;
  for (const sample of samples) sum += sample;
  const sorted = samples.slice().sort();
  return {
    n,
    iterations: ITERATIONS,
    medianUs: quantile(sorted, 0.5),
    p99Us: quantile(sorted, 0.99),
    meanUs: sum / ITERATIONS,
    frameBytes,
  };
}
