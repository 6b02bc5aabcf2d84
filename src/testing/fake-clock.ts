import FakeTimers, { type Clock } from "@sinonjs/fake-timers";
import { ErrorCode, FletError } from "../core/errors.js";

/** The fake clock the tester drives (`ft.sleep`, `setTimeout`, `setInterval`, `Date`). */
export type FakeClock = Clock;

let active: FakeClock | undefined;

/**
 * Installs the global fake clock. One at a time: close a tester (or test host) before
 * creating the next.
 * `setImmediate`, `queueMicrotask` and `process.nextTick` stay real, so the tester can let
 * the in-memory network and promises settle.
 * @internal
 */
export function installFakeClock(now: number | Date = Date.now()): FakeClock {
  if (active) {
    throw new FletError(
      ErrorCode.TESTER_STATE,
      "Expected one tester (or test host) with fake time at a time, but another is still open. `await t.close()` the previous one (an afterEach hook is a good place), pass { fakeTime: false }, or open several sessions on one clock with createTestHost.",
    );
  }
  active = FakeTimers.install({
    now,
    toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"],
    shouldClearNativeTimers: true,
  });
  return active;
}

/** Restores the real clock. @internal */
export function uninstallFakeClock(clock: FakeClock): void {
  if (active !== clock) return;
  clock.uninstall();
  active = undefined;
}

/** The real setImmediate, captured before any clock is installed. */
const realSetImmediate = globalThis.setImmediate;

/** Waits one real turn of the event loop (all microtasks run first). @internal */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => realSetImmediate(resolve));
}
