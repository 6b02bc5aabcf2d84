import type { AppLifecycleState } from "../page/page-events.js";
import { LifecycleMachine, type LifecycleSignal } from "./lifecycle-machine.js";

/** What {@link watchLifecycle} needs from the page controller. */
export interface LifecycleWatchOptions {
  /** Sends one Flet lifecycle event (`appLifecycleStateChange` with this data). */
  send(event: AppLifecycleState): void;
  /** True while the server's page has `onAppLifecycleStateChange`. */
  listens(): boolean;
  /** Where to remember, across a reload, that the previous page was unloaded. */
  storage?: Storage | undefined;
  /** The key in `storage` (one per app path). */
  storageKey?: string;
}

/** A running lifecycle watch. */
export interface LifecycleWatch {
  /** The machine the browser's signals drive. */
  readonly machine: LifecycleMachine;
  /**
   * Reports a pending walk, if the page listens now: after a reload of an unloaded page
   * the machine starts in `detached` and reports coming back (`resume`, ...) as soon as
   * the page's `onAppLifecycleStateChange` is known. Call when the page changed.
   */
  sync(): void;
}

const DETACHED = "detached";

/**
 * Derives Flutter's app lifecycle from the browser and sends the Flet events of every
 * transition while the page listens (see `docs/guides/app-lifecycle.md`):
 *
 * | browser signal                               | machine input          |
 * |----------------------------------------------|------------------------|
 * | window `focus` / `blur`                      | focused yes / no       |
 * | `visibilitychange`                           | visible yes / no       |
 * | document `freeze` / `resume`                 | frozen yes / no        |
 * | `pagehide` with `persisted` / `pageshow` with `persisted` | in bfcache yes / no |
 * | `pagehide` without `persisted` (unload)      | unloaded               |
 *
 * The machine ({@link LifecycleMachine}) walks to the state the facts call for through
 * legal transitions only. No `unload` listener is added: it would keep the page out of
 * the back-forward cache; `pagehide` without `persisted` says the same.
 */
export function watchLifecycle(options: LifecycleWatchOptions): LifecycleWatch {
  const { storage, storageKey = "flet-lifecycle" } = options;
  const wasDetached = take(storage, storageKey) === DETACHED;
  const machine = new LifecycleMachine(
    { visible: document.visibilityState === "visible", focused: document.hasFocus() },
    wasDetached ? { state: DETACHED } : {},
  );
  const report = (events: AppLifecycleState[]): void => {
    if (events.length === 0 || !options.listens()) return;
    for (const event of events) options.send(event);
  };
  const signal = (name: LifecycleSignal): void => report(machine.signal(name));
  /** Catches up with what the document says, for browsers that skip an event. */
  const observe = (): void => {
    const visible = document.visibilityState === "visible";
    if (machine.facts.visible !== visible) signal(visible ? "visible" : "hidden");
    const focused = document.hasFocus();
    if (machine.facts.focused !== focused) signal(focused ? "focus" : "blur");
  };

  window.addEventListener("focus", () => signal("focus"));
  window.addEventListener("blur", () => {
    // Focus that moved into one of the page's own frames keeps the app active.
    if (!document.hasFocus()) signal("blur");
  });
  document.addEventListener("visibilitychange", () =>
    signal(document.visibilityState === "visible" ? "visible" : "hidden"),
  );
  document.addEventListener("freeze", () => signal("freeze"));
  document.addEventListener("resume", () => signal("resume"));
  window.addEventListener("pagehide", (event) => {
    if (event.persisted) {
      signal("pagehide-persisted");
      return;
    }
    signal("pagehide");
    put(storage, storageKey, DETACHED);
  });
  window.addEventListener("pageshow", (event) => {
    if (!event.persisted) return;
    observe();
    signal("pageshow-persisted");
  });
  return {
    machine,
    sync: () => {
      if (options.listens()) report(machine.sync());
    },
  };
}

function take(storage: Storage | undefined, key: string): string | null {
  try {
    const value = storage?.getItem(key) ?? null;
    storage?.removeItem(key);
    return value;
  } catch {
    return null;
  }
}

function put(storage: Storage | undefined, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Storage may be full or forbidden; the next page then starts without a walk.
  }
}
