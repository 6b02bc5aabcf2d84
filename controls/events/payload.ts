/**
 * Reading event payloads.
 * @internal
 * @module
 */

/**
 * Returns an event's payload as an object: objects pass through, JSON text is parsed
 * (Flet 0.21 browsers sent structured data as JSON strings), anything else is `{}`.
 * @internal
 */
export function payloadOf(data: unknown): Record<string, unknown> {
  if (typeof data === "string") {
    try {
      data = JSON.parse(data);
    } catch {
      return {};
    }
  }
  return data !== null && typeof data === "object" && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : {};
}

/** Reads the first of `keys` that holds a finite number, or `fallback`. @internal */
export function numberField(
  payload: Record<string, unknown>,
  keys: readonly string[],
  fallback = 0,
): number {
  for (const key of keys) {
    const value = payload[key];
    if (typeof value === "number" && Number.isFinite(value)) return value;
  }
  return fallback;
}
