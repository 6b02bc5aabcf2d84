// Mount: `page.add(column)` where the column holds N new Texts (built beforehand, not
// timed). Times the server side (mount, commit, encode, replay log, send); measures the
// patch frame on the wire and the welcome snapshot a second client gets.
import {
  bytesOf,
  type ControlKit,
  median,
  now,
  openRig,
  SIZES,
  settle,
  welcomeFrame,
} from "./kit.js";

export interface MountResult {
  n: number;
  reps: number;
  medianMs: number;
  minMs: number;
  /** Building the N Text objects (app code, not timed above). */
  constructMs: number;
  frameBytes: number;
  bytesPerText: number;
  welcomeBytes: number;
  welcomeBytesPerControl: number;
  /** Time the headless client took to decode and apply the mount frame. */
  clientApplyMs: number;
}

const REPS: Record<number, number> = { 100: 40, 1000: 20, 10000: 9 };

export async function benchMount(
  kit: ControlKit,
  sizes: readonly number[] = SIZES,
): Promise<MountResult[]> {
  // Warm the JIT on the whole path before anything is recorded.
  for (let i = 0; i < 5; i++) await mountOnce(kit, 1_000, false);
  const results: MountResult[] = [];
  for (const n of sizes) {
    const reps = REPS[n] ?? 5;
    const times: number[] = [];
    const constructs: number[] = [];
    const applies: number[] = [];
    let sample:
      | Omit<MountResult, "n" | "reps" | "medianMs" | "minMs" | "constructMs" | "clientApplyMs">
      | undefined;
    for (let r = 0; r < reps; r++) {
      const one = await mountOnce(kit, n, r === reps - 1);
      times.push(one.ms);
      constructs.push(one.constructMs);
      applies.push(one.clientApplyMs);
      if (one.sizes) sample = one.sizes;
    }
    results.push({
      n,
      reps,
      medianMs: median(times),
      minMs: Math.min(...times),
      constructMs: median(constructs),
      clientApplyMs: median(applies),
      ...sample!,
    });
  }
  return results;
}

async function mountOnce(kit: ControlKit, n: number, measureSizes: boolean) {
  const rig = await openRig("replica");
  const client = rig.client!;
  let applyStart = 0n;
  let applyMs = 0;
  // The client receives the mount frame on a microtask; time its decode + apply.
  client.updates.subscribe((update) => {
    if (update.kind === "patch" && applyStart !== 0n) applyMs = Number(now() - applyStart) / 1e6;
  });
  const c0 = now();
  const texts = Array.from({ length: n }, (_, i) => kit.text(`Text ${i}`));
  const column = kit.column(texts);
  const c1 = now();
  const framesBefore = rig.frames;
  const nodesBefore = Object.keys(client.replica.tree).length;
  const start = now();
  rig.page.add(column);
  const end = now();
  applyStart = now();
  await settle();
  if (rig.frames !== framesBefore + 1)
    throw new Error(`bench mount: expected one patch frame, got ${rig.frames - framesBefore}`);
  const replicaSize = Object.keys(client.replica.tree).length;
  if (replicaSize !== nodesBefore + n + 1 || replicaSize !== rig.session.store.size) {
    throw new Error(
      `bench mount: replica holds ${replicaSize} nodes, expected ${nodesBefore + n + 1}`,
    );
  }
  let sizes:
    | {
        frameBytes: number;
        bytesPerText: number;
        welcomeBytes: number;
        welcomeBytesPerControl: number;
      }
    | undefined;
  if (measureSizes) {
    const frameBytes = bytesOf(rig.lastFrame);
    const welcome = await welcomeFrame(rig.host, rig.session);
    const welcomeBytes = bytesOf(welcome);
    sizes = {
      frameBytes,
      bytesPerText: frameBytes / n,
      welcomeBytes,
      welcomeBytesPerControl: welcomeBytes / n,
    };
  }
  await rig.close();
  return {
    ms: Number(end - start) / 1e6,
    constructMs: Number(c1 - c0) / 1e6,
    clientApplyMs: applyMs,
    sizes,
  };
}
