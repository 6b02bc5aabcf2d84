/**
 * What a client keeps of a session the server lost: each control's two-way values the user
 * set, and the events not yet confirmed, each located by its path in the tree (slot names
 * and list indexes from the page down) and its type, since the new session's ids differ.
 *
 * @module
 */
import type { EventMessage, RestoreData, TreePath } from "../protocol/messages.js";
import { NODE_SLOTS, NODE_TYPE, PAGE_ID, type WireTree } from "../protocol/wire.js";

/** The path of every node reachable from the page. */
export function treePaths(tree: Readonly<WireTree>): Map<string, TreePath> {
  const paths = new Map<string, TreePath>([[PAGE_ID, []]]);
  const stack = [PAGE_ID];
  while (stack.length > 0) {
    const id = stack.pop()!;
    const slots = tree[id]?.[NODE_SLOTS];
    if (slots === undefined) continue;
    const here = paths.get(id)!;
    for (const [slot, children] of Object.entries(slots)) {
      const list = Array.isArray(children) ? children : [children];
      list.forEach((child, index) => {
        if (paths.has(child)) return;
        paths.set(child, Array.isArray(children) ? [...here, slot, index] : [...here, slot]);
        stack.push(child);
      });
    }
  }
  return paths;
}

/**
 * Builds the {@link RestoreData} of a lost session from its replica, the two-way values the
 * user set (by control id) and the unconfirmed events.
 *
 * @example
 * ```ts
 * const data = collectRestore(replica.tree, typed, connection.pendingEvents);
 * ```
 */
export function collectRestore(
  tree: Readonly<WireTree>,
  typed: ReadonlyMap<string, Record<string, unknown>>,
  pending: readonly EventMessage[],
): RestoreData {
  const paths = treePaths(tree);
  const values: RestoreData["values"] = [];
  for (const [id, props] of typed) {
    const path = paths.get(id);
    const node = tree[id];
    if (path !== undefined && node !== undefined)
      values.push({ path, type: node[NODE_TYPE], props });
  }
  const events: RestoreData["events"] = [];
  for (const event of pending) {
    const path = paths.get(event.target);
    const node = tree[event.target];
    if (path === undefined || node === undefined) continue;
    events.push({
      path,
      type: node[NODE_TYPE],
      name: event.name,
      ...(event.data !== undefined ? { data: event.data } : {}),
    });
  }
  return { values, events };
}
