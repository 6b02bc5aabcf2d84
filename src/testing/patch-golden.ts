/**
 * Patch goldens: the patches an interaction sent, as readable text that a golden file can hold,
 * and a size budget matcher. No test runner is imported here; `patchMatchers` and
 * `patchStreamSerializer` plug into vitest's (or Jest's) `expect.extend` / `addSnapshotSerializer`.
 */
import type { PatchRecord } from "./tester-types.js";

/** The patches one interaction sent: the batches, their total operations and bytes. */
export interface PatchStream {
  /** Brand that {@link patchStreamSerializer} recognises. */
  readonly kind: "flet-patch-stream";
  /** The batches, oldest first. */
  readonly records: readonly PatchRecord[];
  /** Total operations over all batches. */
  readonly ops: number;
  /** Total bytes on the wire over all batches (UTF-16 length of each frame). */
  readonly bytes: number;
}

/** What {@link recordPatches} reads: anything with a growing `patches` list, such as a `Tester`. */
export interface PatchSource {
  /** Every batch applied so far, oldest first. */
  readonly patches: readonly PatchRecord[];
}

/** Wraps batches as a {@link PatchStream} with their totals. */
export function patchStream(records: readonly PatchRecord[]): PatchStream {
  let ops = 0;
  let bytes = 0;
  for (const record of records) {
    ops += record.ops.length;
    bytes += record.bytes;
  }
  return { kind: "flet-patch-stream", records: [...records], ops, bytes };
}

/**
 * Runs `action` and returns only the patches it caused.
 *
 * @example
 * ```ts
 * const stream = await recordPatches(t, () => t.tap(t.find.text("+")));
 * await expect(formatPatches(stream)).toMatchFileSnapshot("./__goldens__/increment.patches");
 * ```
 */
export async function recordPatches(
  source: PatchSource,
  action: () => unknown | Promise<unknown>,
): Promise<PatchStream> {
  const start = source.patches.length;
  await action();
  return patchStream(source.patches.slice(start));
}

/** A value as one line of JSON, cut after 400 characters. */
function show(value: unknown): string {
  if (value === undefined) return "";
  const text = JSON.stringify(value);
  return text.length > 400 ? `${text.slice(0, 400)}… (${text.length} chars)` : text;
}

/**
 * The stream as text, one line per batch (revision, operations, bytes) and one per operation
 * (`op path value`), then the totals. Stable across runs, so it makes a reviewable golden file.
 */
export function formatPatches(stream: PatchStream | readonly PatchRecord[]): string {
  const s = isPatchStream(stream) ? stream : patchStream(stream);
  const lines: string[] = [];
  for (const record of s.records) {
    lines.push(`revision ${record.revision}: ${record.ops.length} ops, ${record.bytes} bytes`);
    for (const op of record.ops) {
      const o = op as { op: string; path: string; from?: string; value?: unknown };
      const from = o.from === undefined ? "" : ` from ${o.from}`;
      const value = "value" in o ? ` ${show(o.value)}` : "";
      lines.push(`  ${o.op} ${o.path}${from}${value}`);
    }
  }
  lines.push(`total: ${s.records.length} batches, ${s.ops} ops, ${s.bytes} bytes`);
  return `${lines.join("\n")}\n`;
}

/** Whether `value` is a {@link PatchStream}. */
export function isPatchStream(value: unknown): value is PatchStream {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { kind?: unknown }).kind === "flet-patch-stream"
  );
}

/**
 * A snapshot serializer (`expect.addSnapshotSerializer(patchStreamSerializer)`) that prints a
 * {@link PatchStream} with {@link formatPatches}, so `toMatchSnapshot` and
 * `toMatchFileSnapshot` store the readable form.
 */
export const patchStreamSerializer = {
  /** Claims {@link PatchStream} values. */
  test(value: unknown): boolean {
    return isPatchStream(value);
  },
  /** Prints the stream. */
  serialize(value: unknown): string {
    return formatPatches(value as PatchStream).trimEnd();
  },
};

/** A budget for {@link patchMatchers}' `toSendAtMost`: at most these many bytes and/or ops. */
export interface PatchBudget {
  /** Most bytes allowed over the whole stream. */
  bytes?: number;
  /** Most operations allowed over the whole stream. */
  ops?: number;
}

/** What a matcher returns to `expect`. */
export interface PatchMatcherResult {
  /** Whether it passed. */
  pass: boolean;
  /** The failure (or `.not` failure) message. */
  message: () => string;
}

function toStream(received: unknown): PatchStream {
  if (isPatchStream(received)) return received;
  if (Array.isArray(received)) return patchStream(received as PatchRecord[]);
  if (typeof received === "object" && received !== null && "patches" in received) {
    return patchStream((received as PatchSource).patches);
  }
  throw new TypeError(
    "toSendAtMost expects a PatchStream (from recordPatches), PatchRecord[] or a Tester",
  );
}

/**
 * Matchers for `expect.extend(patchMatchers)`.
 *
 * `toSendAtMost({ bytes, ops })` passes when the stream (a {@link PatchStream}, a
 * `PatchRecord[]` or a `Tester`, whose whole history counts) stays within the budget; its
 * failure lists every batch.
 */
export const patchMatchers = {
  /** The stream sent at most `budget.bytes` bytes and `budget.ops` operations. */
  toSendAtMost(received: unknown, budget: PatchBudget | number): PatchMatcherResult {
    const limit: PatchBudget = typeof budget === "number" ? { bytes: budget } : budget;
    if (limit.bytes === undefined && limit.ops === undefined) {
      throw new TypeError("toSendAtMost needs a budget: { bytes } and/or { ops }");
    }
    const stream = toStream(received);
    const over: string[] = [];
    if (limit.bytes !== undefined && stream.bytes > limit.bytes) {
      over.push(`${stream.bytes} bytes (budget ${limit.bytes})`);
    }
    if (limit.ops !== undefined && stream.ops > limit.ops) {
      over.push(`${stream.ops} ops (budget ${limit.ops})`);
    }
    const pass = over.length === 0;
    const within = `${stream.bytes} bytes, ${stream.ops} ops`;
    return {
      pass,
      message: () =>
        pass
          ? `expected the patches to exceed ${show(limit)}, but they sent ${within}`
          : `expected the patches to send at most ${show(limit)}, but they sent ${over.join(" and ")}:\n${formatPatches(stream)}`,
    };
  },
};
