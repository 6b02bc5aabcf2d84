import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LIFECYCLE_EDGES,
  LIFECYCLE_SIGNALS,
  type LifecycleFacts,
  LifecycleMachine,
  type LifecycleSignal,
  type LifecycleState,
  lifecyclePath,
  lifecycleTarget,
} from "../../src/browser/lifecycle-machine.js";
import type { AppLifecycleState } from "../../src/page/page-events.js";

const STATES: LifecycleState[] = ["detached", "resumed", "inactive", "hidden", "paused"];

/**
 * A model of Flutter's AppLifecycleListener as the server would see it: each Flet event
 * names the callback, which is only legal from certain states (Flutter asserts them).
 */
const LISTENER: Record<AppLifecycleState, { from: LifecycleState[]; to: LifecycleState }> = {
  resume: { from: ["inactive", "detached"], to: "resumed" },
  inactive: { from: ["resumed"], to: "inactive" },
  show: { from: ["hidden"], to: "inactive" },
  hide: { from: ["inactive"], to: "hidden" },
  restart: { from: ["paused"], to: "hidden" },
  pause: { from: ["hidden"], to: "paused" },
  detach: { from: ["paused"], to: "detached" },
};

/** Replays Flet events on the listener model; throws on an impossible transition. */
function replay(start: LifecycleState, events: readonly AppLifecycleState[]): LifecycleState {
  let state = start;
  for (const event of events) {
    const rule = LISTENER[event];
    if (!rule.from.includes(state)) throw new Error(`"${event}" is impossible in ${state}`);
    state = rule.to;
  }
  return state;
}

function run(start: Partial<LifecycleFacts>, signals: LifecycleSignal[]): AppLifecycleState[] {
  const machine = new LifecycleMachine(start);
  return signals.flatMap((signal) => machine.signal(signal));
}

describe("lifecycle edges", () => {
  it("are exactly Flutter's legal transitions with its callbacks", () => {
    for (const edge of LIFECYCLE_EDGES) {
      expect(LISTENER[edge.event].from).toContain(edge.from);
      expect(LISTENER[edge.event].to).toBe(edge.to);
    }
    const count = Object.values(LISTENER).reduce((n, rule) => n + rule.from.length, 0);
    expect(LIFECYCLE_EDGES).toHaveLength(count);
  });

  it("paths between any two states use legal edges only", () => {
    for (const from of STATES) {
      for (const to of STATES) {
        const path = lifecyclePath(from, to);
        expect(path.at(-1) ?? from).toBe(to);
        let at = from;
        for (const next of path) {
          expect(LIFECYCLE_EDGES.some((e) => e.from === at && e.to === next)).toBe(true);
          at = next;
        }
      }
    }
    expect(lifecyclePath("resumed", "paused")).toEqual(["inactive", "hidden", "paused"]);
    expect(lifecyclePath("paused", "resumed")).toEqual(["hidden", "inactive", "resumed"]);
    expect(lifecyclePath("inactive", "detached")).toEqual(["hidden", "paused", "detached"]);
    expect(lifecyclePath("detached", "hidden")).toEqual(["resumed", "inactive", "hidden"]);
  });
});

describe("LifecycleMachine", () => {
  const focused = { visible: true, focused: true };
  it.each<[string, Partial<LifecycleFacts>, LifecycleSignal[], AppLifecycleState[]]>([
    ["window blur", focused, ["blur"], ["inactive"]],
    ["window focus again", focused, ["blur", "focus"], ["inactive", "resume"]],
    ["tab hidden (blur first)", focused, ["blur", "hidden"], ["inactive", "hide"]],
    ["tab hidden (visibility first)", focused, ["hidden", "blur"], ["inactive", "hide"]],
    [
      "tab shown again",
      focused,
      ["hidden", "blur", "focus", "visible"],
      ["inactive", "hide", "show", "resume"],
    ],
    [
      "tab shown, focus later",
      focused,
      ["hidden", "blur", "visible", "focus"],
      ["inactive", "hide", "show", "resume"],
    ],
    ["focus while hidden changes nothing", { visible: false, focused: false }, ["focus"], []],
    ["freeze a visible page", focused, ["freeze"], ["inactive", "hide", "pause"]],
    [
      "freeze as Chrome does it",
      focused,
      ["blur", "hidden", "freeze"],
      ["inactive", "hide", "pause"],
    ],
    [
      "resume a frozen hidden page",
      { visible: false, focused: false },
      ["freeze", "resume"],
      ["pause", "restart"],
    ],
    [
      "resume then show",
      { visible: false, focused: false },
      ["freeze", "resume", "visible", "focus"],
      ["pause", "restart", "show", "resume"],
    ],
    [
      "into the bfcache",
      focused,
      ["pagehide-persisted", "hidden", "freeze"],
      ["inactive", "hide", "pause"],
    ],
    [
      "out of the bfcache",
      focused,
      ["pagehide-persisted", "hidden", "freeze", "resume", "visible", "pageshow-persisted"],
      ["inactive", "hide", "pause", "restart", "show", "resume"],
    ],
    ["unload", focused, ["pagehide"], ["inactive", "hide", "pause", "detach"]],
    [
      "unload while hidden",
      { visible: false, focused: false },
      ["pagehide", "hidden"],
      ["pause", "detach"],
    ],
    ["repeated signals say nothing", focused, ["focus", "visible", "resume"], []],
  ])("%s", (_name, start, signals, expected) => {
    expect(run(start, signals)).toEqual(expected);
  });

  it("starts in the state the page is in, silently", () => {
    expect(new LifecycleMachine({ visible: true, focused: true }).state).toBe("resumed");
    expect(new LifecycleMachine({ visible: true, focused: false }).state).toBe("inactive");
    expect(new LifecycleMachine({ visible: false, focused: false }).state).toBe("hidden");
  });

  it("reports coming back after an unloaded page, from detached", () => {
    const machine = new LifecycleMachine({ visible: true, focused: true }, { state: "detached" });
    expect(machine.sync()).toEqual(["resume"]);
    expect(machine.sync()).toEqual([]);
    const hidden = new LifecycleMachine({ visible: false }, { state: "detached" });
    expect(hidden.sync()).toEqual(["resume", "inactive", "hide"]);
  });

  it("never makes an impossible transition, whatever the browser sends", () => {
    const facts = fc.record({
      visible: fc.boolean(),
      focused: fc.boolean(),
      frozen: fc.boolean(),
      cached: fc.boolean(),
      unloaded: fc.boolean(),
    });
    const start = fc.option(fc.constantFrom(...STATES), { nil: undefined });
    const signals = fc.array(fc.constantFrom(...LIFECYCLE_SIGNALS), { maxLength: 60 });
    fc.assert(
      fc.property(facts, start, signals, (initial, state, sequence) => {
        const machine = new LifecycleMachine(initial, { state });
        let seen = machine.state;
        const events = machine.sync();
        seen = replay(seen, events);
        for (const signal of sequence) {
          const emitted = machine.signal(signal);
          seen = replay(seen, emitted);
          // The server's view and the machine agree, and the machine is where the facts say.
          expect(seen).toBe(machine.state);
          expect(machine.state).toBe(lifecycleTarget(machine.facts));
          // No walk is longer than the longest legal one (detached → ... → paused: 4).
          expect(emitted.length).toBeLessThanOrEqual(4);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
