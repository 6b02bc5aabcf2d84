const MAX_DEPTH = 64;

/**
 * Copies a property value into plain JSON data for the wire: `toJSON()` is honoured,
 * dates become ISO strings, typed arrays lists of numbers, `undefined` members are dropped. Throws (with a reason that
 * reads after "but") on functions, symbols, bigints, non-finite numbers and cycles.
 * @internal
 */
export function toWireValue(value: unknown, depth = 0): unknown {
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      if (!Number.isFinite(value))
        throw new TypeError(`it holds the number ${value}, which JSON cannot carry`);
      return value;
    case "undefined":
      return undefined;
    case "object": {
      if (value === null) return null;
      if (depth > MAX_DEPTH)
        throw new TypeError(`it is nested more than ${MAX_DEPTH} levels deep (a cycle?)`);
      if (value instanceof Date) return value.toISOString();
      const withJson = value as { toJSON?: () => unknown };
      if (typeof withJson.toJSON === "function") return toWireValue(withJson.toJSON(), depth + 1);
      if (Array.isArray(value)) return value.map((item) => toWireValue(item, depth + 1) ?? null);
      // A typed array (Float64Array, Int32Array...) goes as a list of its numbers.
      if (ArrayBuffer.isView(value) && !(value instanceof DataView))
        return toWireValue(Array.from(value as unknown as ArrayLike<number>), depth + 1);
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const wire = toWireValue(item, depth + 1);
        if (wire !== undefined) copy[key] = wire;
      }
      return copy;
    }
    default:
      throw new TypeError(`it holds a ${typeof value}, which JSON cannot carry`);
  }
}
