import type { PatchOperation } from "../protocol/wire.js";

/**
 * Indices (into `sequence`) of a longest strictly increasing subsequence, skipping
 * negative entries. O(n log n).
 */
function longestIncreasing(sequence: readonly number[]): number[] {
  const tails: number[] = [];
  const previous = new Array<number>(sequence.length).fill(-1);
  for (let i = 0; i < sequence.length; i++) {
    const value = sequence[i]!;
    if (value < 0) continue;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sequence[tails[mid]!]! < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  }
  const result: number[] = new Array(tails.length);
  let k = tails.length > 0 ? tails[tails.length - 1]! : -1;
  for (let i = tails.length - 1; i >= 0; i--) {
    result[i] = k;
    k = previous[k]!;
  }
  return result;
}

/**
 * The operations that turn the id list `before` into `after` at `path`, applied in order:
 * removals from the highest index down, then insertions from the lowest index up. The
 * ids that keep their relative order (a longest increasing subsequence) never move, so an
 * insert, a removal or a move of one child costs one or two operations whatever the list
 * length. When that would be longer than sending the list, one `replace` is returned.
 *
 * Ids must be unique within each list.
 */
export function diffIdLists(
  before: readonly string[],
  after: readonly string[],
  path: string,
): PatchOperation[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const ops: PatchOperation[] = [];
  if (start === endBefore && start === endAfter) return ops;

  const oldIndex = new Map<string, number>();
  for (let j = start; j < endBefore; j++) oldIndex.set(before[j]!, j);
  const positions: number[] = [];
  for (let i = start; i < endAfter; i++) positions.push(oldIndex.get(after[i]!) ?? -1);
  const keep = new Set<string>();
  for (const index of longestIncreasing(positions)) keep.add(after[start + index]!);

  for (let j = endBefore - 1; j >= start; j--) {
    if (!keep.has(before[j]!)) ops.push({ op: "remove", path: `${path}/${j}` });
  }
  for (let i = start; i < endAfter; i++) {
    const id = after[i]!;
    if (!keep.has(id)) ops.push({ op: "add", path: `${path}/${i}`, value: id });
  }
  // An op costs about three ids on the wire: send the whole list when that is smaller.
  if (ops.length > 1 && ops.length * 3 > after.length + 3)
    return [{ op: "replace", path, value: [...after] }];
  return ops;
}
