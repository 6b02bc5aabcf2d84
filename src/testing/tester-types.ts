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
import type { AppHostOptions } from "../session/app-host.js";
import type { Finder } from "./finder.js";

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

/** What tester actions accept: a finder (with exactly one match on the screen) or a control. */
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
