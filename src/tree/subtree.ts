/**
 * Walking a mounted subtree without recursion, so no depth of nesting can exhaust the
 * stack (a tree of 100,000 nested controls unmounts like any other).
 *
 * @module
 */
import { Control } from "../core/control.js";
import { $state, type ControlHost } from "../core/internals.js";

/**
 * Every control of `root`'s subtree mounted on `host`, children before their parent and
 * siblings in order (post-order): the order `willUnmount()` runs in.
 *
 * @example
 * ```ts
 * for (const control of subtreeChildrenFirst(row, host)) control.willUnmount();
 * ```
 */
export function subtreeChildrenFirst(root: Control, host: ControlHost): Control[] {
  // Each control is taken before its children, which are pushed in order; the whole,
  // reversed, is the post-order.
  const order: Control[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const control = stack.pop()!;
    order.push(control);
    for (const value of Object.values(control[$state].slots ?? {})) {
      const items = Array.isArray(value) ? value : [value];
      for (const item of items) {
        if (
          item instanceof Control &&
          item[$state].parent === control &&
          item[$state].host === host
        )
          stack.push(item);
      }
    }
  }
  return order.reverse();
}
