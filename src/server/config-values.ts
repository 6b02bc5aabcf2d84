import { isIP } from "node:net";
import { isAbsolute, resolve } from "node:path";

/**
 * Thrown by a value parser: `accepted` says which values would have been taken. The
 * resolver turns it into a `FLET_ERR_CONFIG_INVALID` error naming the variable.
 * @internal
 */
export class RejectedValue extends Error {
  constructor(readonly accepted: string) {
    super(accepted);
  }
}

/** Parses one setting from an option value or an environment string. @internal */
export type ValueParser<TValue> = (value: unknown) => TValue;

const TRUE = new Set(["true", "1", "yes", "on"]);
const FALSE = new Set(["false", "0", "no", "off"]);

/** `true`/`1`/`yes`/`on` and `false`/`0`/`no`/`off`, any case. @internal */
export const parseBoolean: ValueParser<boolean> = (value) => {
  if (typeof value === "boolean") return value;
  const text = String(value).trim().toLowerCase();
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  throw new RejectedValue("true, 1, yes, on, false, 0, no or off");
};

/** A whole number between `min` and `max` (a number option, or its decimal text). @internal */
export function parseInteger(min: number, max: number, what: string): ValueParser<number> {
  return (value) => {
    const text = typeof value === "number" ? String(value) : String(value).trim();
    const number = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isSafeInteger(number) || number < min || number > max)
      throw new RejectedValue(what);
    return number;
  };
}

/** One of a fixed list of words; `aliases` map extra accepted words onto them. @internal */
export function parseChoice<TChoice extends string>(
  choices: readonly TChoice[],
  aliases: Record<string, TChoice> = {},
): ValueParser<TChoice> {
  const all = [...choices, ...Object.keys(aliases)];
  return (value) => {
    const text = String(value).trim().toLowerCase();
    if ((choices as readonly string[]).includes(text)) return text as TChoice;
    const alias = aliases[text];
    if (alias !== undefined) return alias;
    throw new RejectedValue(all.join(", "));
  };
}

/** An absolute directory path from the environment; options may be relative to `base`. @internal */
export function parseDirectory(base: string, fromEnv: boolean): ValueParser<string> {
  return (value) => {
    if (typeof value !== "string" || value.trim() === "" || value.includes("\0"))
      throw new RejectedValue("an absolute directory path");
    if (fromEnv && !isAbsolute(value)) throw new RejectedValue("an absolute directory path");
    return resolve(base, value);
  };
}

const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** An IPv4 or IPv6 address, or a host name such as `localhost`. @internal */
export const parseHost: ValueParser<string> = (value) => {
  const text = String(value).trim();
  if (isIP(text) !== 0 || HOST_NAME.test(text)) return text;
  throw new RejectedValue("an IP address (0.0.0.0, 127.0.0.1, ::) or a host name");
};

/** A secret of at least 16 characters. @internal */
export const parseSecret: ValueParser<string> = (value) => {
  if (typeof value !== "string" || value.length < 16)
    throw new RejectedValue("a secret of at least 16 characters (32 random bytes recommended)");
  return value;
};

const SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

/**
 * A URL path made of plain segments (letters, digits, `-`, `_`, `.`, `~`; no `..`,
 * no empty segments). Returns it without leading or trailing slashes (`apps/myapp`).
 * @internal
 */
export function parseUrlPath(allowRoot: boolean): ValueParser<string> {
  return (value) => {
    const trimmed = typeof value === "string" ? value.trim().replace(/^\/+|\/+$/g, "") : "";
    const ok = typeof value === "string" && (trimmed === "" ? allowRoot : true);
    if (ok && (trimmed === "" || trimmed.split("/").every((part) => SEGMENT.test(part))))
      return trimmed;
    throw new RejectedValue(
      `a URL path of plain segments such as ${allowRoot ? "/ or " : ""}/apps/myapp (letters, digits, - _ . ~; no .., //, spaces or %)`,
    );
  };
}
