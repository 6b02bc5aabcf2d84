/**
 * The option and record types of the tester, and its tree view.
 * @module
 */
import type { Control } from "../core/control.js";
import type { ClientInfo } from "../protocol/messages.js";
import {
  NODE_PROPS,
  NODE_SLOTS,
  NODE_TYPE,
  PAGE_ID,
  type PatchOperation,
  type WireNode,
} from "../protocol/wire.js";
import type { AppHost, AppHostOptions } from "../session/app-host.js";
import type { FakeClock } from "./fake-clock.js";
import type { Finder } from "./finder.js";
import type { Tester } from "./tester.js";

/** Options of {@link createTester}. */
export interface TesterOptions extends AppHostOptions {
  /** Fake the clock (`ft.sleep`, timers, `Date`) so `t.pump(ms)` runs time instantly. Default true. */
  fakeTime?: boolean;
  /** Start time of the fake clock. Default: now. */
  now?: number | Date;
  /** What the simulated browser reports: route, size, platform, brightness. */
  client?: ClientInfo;
  /**
   * Do as the browser does when the server lost the session while the page is open: start
   * a new session and hand it what the user typed (`page.onRestore`). Default false, so a
   * lost session shows as state `expired`.
   */
  restoreExpired?: boolean;
}

/** What the simulated browser reports unless `client` says otherwise. @internal */
export const DEFAULT_CLIENT: ClientInfo = {
  route: "/",
  width: 1280,
  height: 720,
  platform: "linux",
  platformBrightness: "light",
  web: true,
};

/**
 * What a test host lends each tester it opens: the one app host (so the sessions share
 * pubsub, limits and logs, as on a real server), the one clock, and the settling and
 * pumping of all sessions together. @internal
 */
export interface SharedHosting {
  readonly host: AppHost;
  readonly clock: FakeClock | undefined;
  readonly errors: unknown[];
  readonly warnings: string[];
  /** Waits until no session of the host sends anything more. */
  quiet(): Promise<void>;
  /** Lets `ms` pass for every session, then settles them all. */
  pump(ms: number): Promise<void>;
  /** Ends the tester's session (its `willUnmount` and `onClose` run) and forgets it. */
  end(tester: Tester): Promise<void>;
}

/** One batch the headless client applied. */
export interface PatchRecord {
  /** Its revision. */
  readonly revision: number;
  /** Its operations, in RFC 6902 form. */
  readonly ops: readonly PatchOperation[];
  /** Size of its frame on the wire, in bytes (UTF-16 length). */
  readonly bytes: number;
}

/** A node of {@link Tester.tree}: type, props, and children by slot name. */
export interface TreeNode {
  type: string;
  id?: string;
  props?: Record<string, unknown>;
  [slot: string]: unknown;
}

/** What tester actions accept: a finder (its first match is used) or a control. */
export type Target = Finder | Control;

/** The replica's tree from the page down, nested (see `Tester.tree`). @internal */
export function treeOf(
  tree: Readonly<Record<string, WireNode | undefined>>,
  options: { ids?: boolean },
): TreeNode {
  const build = (id: string): TreeNode => {
    const node = tree[id];
    if (node === undefined) return { type: "missing", id };
    const result: TreeNode = { type: node[NODE_TYPE] };
    if (options.ids) result.id = id;
    if (Object.keys(node[NODE_PROPS]).length > 0) result.props = { ...node[NODE_PROPS] };
    for (const [slot, value] of Object.entries(node[NODE_SLOTS] ?? {})) {
      result[slot] = Array.isArray(value) ? value.map(build) : build(value);
    }
    return result;
  };
  return build(PAGE_ID);
}
