/**
 * The app lifecycle as a pure state machine: Flutter's `AppLifecycleState` states, the
 * legal transitions between them, and the Flet event name each transition reports. The
 * DOM wiring is in `lifecycle.ts`; the mapping is explained in
 * `docs/guides/app-lifecycle.md`.
 *
 * @module
 */
import type { AppLifecycleState } from "../page/page-events.js";

/** One of Flutter's lifecycle states (`AppLifecycleState` in `dart:ui`). */
export type LifecycleState = "detached" | "resumed" | "inactive" | "hidden" | "paused";

/** A legal transition of Flutter's lifecycle and the Flet event it reports. */
export interface LifecycleEdge {
  /** The state before. */
  readonly from: LifecycleState;
  /** The state after. */
  readonly to: LifecycleState;
  /** The `AppLifecycleListener` callback that runs, as Flet names it. */
  readonly event: AppLifecycleState;
}

/**
 * Every legal transition, as Flutter's `AppLifecycleListener` asserts them, with the
 * callback it calls (`onResume`, `onInactive`, `onShow`, ...) under Flet's name.
 */
export const LIFECYCLE_EDGES: readonly LifecycleEdge[] = [
  { from: "detached", to: "resumed", event: "resume" },
  { from: "inactive", to: "resumed", event: "resume" },
  { from: "resumed", to: "inactive", event: "inactive" },
  { from: "hidden", to: "inactive", event: "show" },
  { from: "inactive", to: "hidden", event: "hide" },
  { from: "paused", to: "hidden", event: "restart" },
  { from: "hidden", to: "paused", event: "pause" },
  { from: "paused", to: "detached", event: "detach" },
];

/** The Flet event of the transition `from` → `to`, or `undefined` if it is not legal. */
export function lifecycleEvent(
  from: LifecycleState,
  to: LifecycleState,
): AppLifecycleState | undefined {
  return LIFECYCLE_EDGES.find((edge) => edge.from === from && edge.to === to)?.event;
}

/** The states between `resumed` and `paused`, in order. */
const CHAIN: readonly LifecycleState[] = ["resumed", "inactive", "hidden", "paused"];

/**
 * The states walked through from `from` to `to`, excluding `from`: along the chain
 * resumed ⇄ inactive ⇄ hidden ⇄ paused, entering from `detached` through `resumed` and
 * leaving to `detached` through `paused` (as Flutter's binding does when the platform
 * jumps). Every consecutive pair is a {@link LIFECYCLE_EDGES} edge.
 */
export function lifecyclePath(from: LifecycleState, to: LifecycleState): LifecycleState[] {
  if (from === to) return [];
  const path: LifecycleState[] = [];
  let at = from;
  if (at === "detached") {
    at = "resumed";
    path.push(at);
  }
  const end = to === "detached" ? CHAIN.length - 1 : CHAIN.indexOf(to);
  let i = CHAIN.indexOf(at);
  while (i !== end) {
    i += i < end ? 1 : -1;
    path.push(CHAIN[i] as LifecycleState);
  }
  if (to === "detached") path.push("detached");
  return path;
}

/** What the browser has told the page about itself so far. */
export interface LifecycleFacts {
  /** `document.visibilityState === "visible"`. */
  visible: boolean;
  /** The window has input focus (`focus`/`blur`, `document.hasFocus()`). */
  focused: boolean;
  /** Frozen by the Page Lifecycle API (`freeze`, until `resume`). */
  frozen: boolean;
  /** Put in the back-forward cache (`pagehide` with `persisted`, until `pageshow`). */
  cached: boolean;
  /** Being unloaded for good (`pagehide` without `persisted`). */
  unloaded: boolean;
}

/**
 * A browser event the machine understands:
 *
 * - `focus` / `blur`: the window gained or lost input focus;
 * - `visible` / `hidden`: `visibilitychange`, by the new `document.visibilityState`;
 * - `freeze` / `resume`: the Page Lifecycle API's events on `document`;
 * - `pagehide` / `pagehide-persisted`: the page is unloaded, or goes into the
 *   back-forward cache;
 * - `pageshow-persisted`: the page is restored from the back-forward cache.
 */
export type LifecycleSignal =
  | "focus"
  | "blur"
  | "visible"
  | "hidden"
  | "freeze"
  | "resume"
  | "pagehide"
  | "pagehide-persisted"
  | "pageshow-persisted";

/** Every {@link LifecycleSignal}. */
export const LIFECYCLE_SIGNALS: readonly LifecycleSignal[] = [
  "focus",
  "blur",
  "visible",
  "hidden",
  "freeze",
  "resume",
  "pagehide",
  "pagehide-persisted",
  "pageshow-persisted",
];

/**
 * The state the facts call for: unloaded → `detached`; frozen or in the back-forward
 * cache → `paused`; not visible → `hidden`; visible without focus → `inactive`;
 * otherwise `resumed`.
 */
export function lifecycleTarget(facts: Readonly<LifecycleFacts>): LifecycleState {
  if (facts.unloaded) return "detached";
  if (facts.frozen || facts.cached) return "paused";
  if (!facts.visible) return "hidden";
  return facts.focused ? "resumed" : "inactive";
}

/** Applies one signal to the facts (a copy). */
export function applySignal(
  facts: Readonly<LifecycleFacts>,
  signal: LifecycleSignal,
): LifecycleFacts {
  const next = { ...facts };
  switch (signal) {
    case "focus":
    case "blur":
      next.focused = signal === "focus";
      break;
    case "visible":
    case "hidden":
      next.visible = signal === "visible";
      break;
    case "freeze":
    case "resume":
      next.frozen = signal === "freeze";
      break;
    case "pagehide":
      next.unloaded = true;
      break;
    case "pagehide-persisted":
      next.cached = true;
      break;
    case "pageshow-persisted":
      next.cached = false;
      next.unloaded = false;
      break;
  }
  return next;
}

/** Options of a {@link LifecycleMachine}. */
export interface LifecycleMachineOptions {
  /**
   * The state to start in; by default the one the facts call for, so nothing is reported
   * until something changes (like Flet, whose listener starts at the current state).
   * Start in `detached` when the previous page of this tab was unloaded, so the next
   * {@link LifecycleMachine.sync} reports coming back (`resume`, ...).
   */
  state?: LifecycleState;
}

/**
 * Follows Flutter's lifecycle from browser signals. Each signal updates the
 * {@link LifecycleFacts}; the machine then walks from its state to the one the facts call
 * for, one legal transition at a time, and returns the Flet events of the walk (so
 * resumed → hidden returns `["inactive", "hide"]`). It never makes an illegal transition.
 *
 * @example
 * ```ts
 * const machine = new LifecycleMachine({ visible: true, focused: true });
 * machine.signal("pagehide-persisted"); // ["inactive", "hide", "pause"]
 * machine.signal("pageshow-persisted"); // ["restart", "show", "resume"]
 * ```
 */
export class LifecycleMachine {
  #facts: LifecycleFacts;
  #state: LifecycleState;

  /** Starts from what the page knows (visible and focused unless told otherwise). */
  constructor(facts: Partial<LifecycleFacts> = {}, options: LifecycleMachineOptions = {}) {
    this.#facts = {
      visible: true,
      focused: true,
      frozen: false,
      cached: false,
      unloaded: false,
      ...facts,
    };
    this.#state = options.state ?? lifecycleTarget(this.#facts);
  }

  /** The current Flutter state. */
  get state(): LifecycleState {
    return this.#state;
  }

  /** What the browser said so far. */
  get facts(): Readonly<LifecycleFacts> {
    return this.#facts;
  }

  /** Takes a browser signal in; returns the Flet events of the transitions it caused. */
  signal(signal: LifecycleSignal): AppLifecycleState[] {
    this.#facts = applySignal(this.#facts, signal);
    return this.sync();
  }

  /** Walks to the state the facts call for (if not there yet); returns its events. */
  sync(): AppLifecycleState[] {
    const events: AppLifecycleState[] = [];
    for (const next of lifecyclePath(this.#state, lifecycleTarget(this.#facts))) {
      events.push(lifecycleEvent(this.#state, next) as AppLifecycleState);
      this.#state = next;
    }
    return events;
  }
}
