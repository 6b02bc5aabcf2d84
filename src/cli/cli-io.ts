/**
 * Where the `flet-ts` commands write: the process's streams by default, a buffer in tests.
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * await cli(["--version"], { out: (text) => lines.push(text), err: (text) => lines.push(text) });
 * ```
 * @internal
 */
export interface CliIo {
  /** Writes to standard output (text includes its own newlines). */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** True when standard output is a terminal (progress lines redraw in place). */
  readonly tty?: boolean;
}

/** The process's own streams. @internal */
export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  get tty() {
    return process.stdout.isTTY === true;
  },
};
