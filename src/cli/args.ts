/**
 * The command-line argument parser of `flet-ts`: long options (`--port 80`, `--port=80`),
 * short flags (`-r`, `-p 80`), positionals, and `--` before arguments meant for the app.
 * Anything unexpected is a {@link UsageError} saying what was expected.
 * @internal
 * @module
 */

/** What an option takes: nothing (a flag) or a value, checked and converted by `parse`. */
export interface OptionSpec {
  /** The long name, without dashes (`port` for `--port`). */
  readonly name: string;
  /** A one-letter alias (`p` for `-p`). */
  readonly short?: string;
  /** The value's placeholder in help (`N`, `HOST`); absent for flags. */
  readonly value?: string;
  /** One line for `--help`. */
  readonly description: string;
  /** Left out of `--help` (options for tests and tools). */
  readonly hidden?: boolean;
  /** Checks and converts the value; throws a message saying what was expected. */
  readonly parse?: (text: string) => unknown;
}

/** A command's arguments: its options and named positionals. */
export interface CommandSpec {
  /** The command as typed after `flet-ts` (`run`, `pack create`). */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The positionals, in order; optional ones end with `?` (`app?`). */
  readonly positionals: readonly string[];
  /** True when arguments after `--` are accepted (passed on to the app). */
  readonly rest?: boolean;
  /** Its options (`--help` is added to every command). */
  readonly options: readonly OptionSpec[];
}

/** The result of {@link parseArgs}. */
export interface ParsedArgs {
  /** Option values by long name: `true` for flags, the parsed value otherwise. */
  readonly options: Readonly<Record<string, unknown>>;
  /** The positionals, in order. */
  readonly positionals: readonly string[];
  /** Arguments after `--`. */
  readonly rest: readonly string[];
}

/**
 * Bad command-line input. `flet-ts` prints its message and a pointer to `--help`, and
 * exits with code 2.
 *
 * @example
 * ```ts
 * throw new UsageError('Expected a port after --port, but got nothing.', "run");
 * ```
 */
export class UsageError extends Error {
  /** The command whose `--help` to point at (empty for the top level). */
  readonly command: string;

  constructor(message: string, command = "") {
    super(message);
    this.name = "UsageError";
    this.command = command;
  }
}

/** The `--help` flag every command takes. */
export const HELP_OPTION: OptionSpec = {
  name: "help",
  short: "h",
  description: "Show this help.",
};

/**
 * Parses `argv` (the arguments after the command name) against `spec`.
 *
 * @example
 * ```ts
 * parseArgs(["app.ts", "--port=9000", "-r"], runSpec);
 * // { options: { port: 9000, reload: true }, positionals: ["app.ts"], rest: [] }
 * ```
 */
export function parseArgs(argv: readonly string[], spec: CommandSpec): ParsedArgs {
  const options: Record<string, unknown> = {};
  const positionals: string[] = [];
  const all = [...spec.options, HELP_OPTION];
  const fail = (message: string) => new UsageError(message, spec.name);
  let index = 0;
  for (; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === "--") {
      index++;
      break;
    }
    if (arg.startsWith("-") && arg !== "-") {
      const long = arg.startsWith("--");
      const [key, inline] = long ? splitInline(arg.slice(2)) : [arg.slice(1), undefined];
      const option = all.find((candidate) =>
        long ? candidate.name === key : candidate.short === key,
      );
      if (option === undefined) {
        throw fail(
          `Unknown option ${long ? `--${key}` : arg} for "flet-ts ${spec.name}". Expected one of: ${describeOptions(spec)}.`,
        );
      }
      const shown = long ? `--${option.name}` : `-${option.short}`;
      if (option.value === undefined) {
        if (inline !== undefined)
          throw fail(`Expected no value after ${shown} (it is a flag), but got "${inline}".`);
        options[option.name] = true;
        continue;
      }
      let text = inline;
      if (text === undefined) {
        const next = argv[index + 1];
        if (next === undefined || (next.startsWith("-") && next !== "-"))
          throw fail(`Expected ${option.value} after ${shown}, but got nothing.`);
        text = next;
        index++;
      }
      try {
        options[option.name] = option.parse ? option.parse(text) : text;
      } catch (error) {
        throw fail(`Expected ${shown} to be ${(error as Error).message}, but got "${text}".`);
      }
      continue;
    }
    positionals.push(arg);
  }
  const rest = argv.slice(index);
  if (options.help) return { options, positionals, rest };
  if (rest.length > 0 && !spec.rest)
    throw fail(`Expected no arguments after "--", but got ${rest.join(" ")}.`);
  const required = spec.positionals.filter((name) => !name.endsWith("?"));
  if (positionals.length > spec.positionals.length) {
    const extra = positionals.slice(spec.positionals.length).join(" ");
    const expected =
      spec.positionals.length === 0
        ? "no arguments"
        : `at most ${spec.positionals.map((name) => `<${name.replace("?", "")}>`).join(" ")}`;
    throw fail(`Expected ${expected}, but got also "${extra}".`);
  }
  if (positionals.length < required.length) {
    throw fail(`Expected <${required[positionals.length]}>, but got nothing.`);
  }
  return { options, positionals, rest };
}

function splitInline(text: string): [string, string | undefined] {
  const equals = text.indexOf("=");
  return equals === -1 ? [text, undefined] : [text.slice(0, equals), text.slice(equals + 1)];
}

function describeOptions(spec: CommandSpec): string {
  return [...spec.options.filter((option) => !option.hidden), HELP_OPTION]
    .map((option) => `--${option.name}`)
    .join(", ");
}

/**
 * Checks a port number (0 picks a free port).
 *
 * @example
 * ```ts
 * parsePort("8000"); // 8000
 * ```
 */
export function parsePort(text: string): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535)
    throw new Error("an integer from 0 to 65535");
  return Number(text);
}
