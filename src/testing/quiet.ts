/**
 * Settling: waiting until the in-memory network falls quiet.
 * @module
 */
import { nextTurn } from "./fake-clock.js";

/**
 * Lets real turns of the event loop pass until `activity` (frames sent so far) stops
 * changing between two turns, or 200 turns have passed: by then every frame in flight
 * has arrived and every handler it started has sent what it sends without waiting on time.
 * @internal
 */
export async function untilQuiet(activity: () => number): Promise<void> {
  let last = -1;
  for (let round = 0; round < 200; round++) {
    await nextTurn();
    const now = activity();
    if (now === last) return;
    last = now;
  }
}
