// Heap per mounted control. Server side: a session whose client is a sink (frames are
// dropped), so the delta is the session's controls, tree store, index and replay log.
// Client side: the same page with a headless ClientConnection; the client is then
// disconnected and dropped, and what that frees is the replica's share. Heap readings are
// only trustworthy in a fresh process (freed tables and closed sessions linger), so the
// suite runs each (side, N) in its own process.
import { type ControlKit, collect, openRig, settle } from "./kit.js";

/** Measures one side for one page size; run each in a fresh process (see suite.ts). */
export async function benchMemory(
  kit: ControlKit,
  side: "server" | "client",
  n: number,
): Promise<number> {
  // Warm up: the first session loads code, compiles schemas, fills caches.
  if (side === "server") await serverDelta(kit, 100);
  else await clientDelta(kit, 100);
  return side === "server" ? serverDelta(kit, n) : clientDelta(kit, n);
}

/** Heap after mounting N Texts minus heap of the same (empty) session before. */
async function serverDelta(kit: ControlKit, n: number): Promise<number> {
  const rig = await openRig("sink");
  const before = await collect();
  rig.page.add(kit.column(Array.from({ length: n }, (_, i) => kit.text(`Text ${i}`))));
  await settle();
  rig.lastFrame = ""; // the bench's own reference to the frame (the replay log keeps its own)
  const after = await collect();
  if (rig.session.store.size < n) throw new Error("bench memory: page not mounted");
  await rig.close();
  return after - before;
}

/** Heap the headless client's replica holds for a page of N Texts. */
async function clientDelta(kit: ControlKit, n: number): Promise<number> {
  const rig = await openRig("replica");
  rig.page.add(kit.column(Array.from({ length: n }, (_, i) => kit.text(`Text ${i}`))));
  await settle();
  rig.lastFrame = "";
  const withClient = await collect();
  if (Object.keys(rig.client!.replica.tree).length < n)
    throw new Error("bench memory: replica not filled");
  rig.client!.disconnect();
  rig.client = undefined;
  const withoutClient = await collect();
  await rig.close();
  return withClient - withoutClient;
}
