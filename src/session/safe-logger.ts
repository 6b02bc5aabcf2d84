/**
 * Log hygiene for text that clients can influence: control characters escaped, so a
 * control id or event name holding a newline cannot start a forged log line, and a
 * budget on repeated lines, so a flood of bad frames cannot flood the log.
 *
 * @module
 */
import type { Logger } from "./logger.js";

// C0 and C1 controls (newline, carriage return, ESC of terminal colours, ...), DEL, and
// the Unicode line and paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** `text` with every control character written as a visible escape (`\n`, `\u001b`). */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, (char) => {
    if (char === "\n") return "\\n";
    if (char === "\r") return "\\r";
    if (char === "\t") return "\\t";
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

/**
 * Wraps `logger` so that every message it gets has its control characters escaped. The
 * error object of `error()` is passed as it is (its stack is the server's own text).
 *
 * @example
 * ```ts
 * const logger = safeLogger(consoleLogger);
 * logger.warn("bad id\nflet-ts: forged"); // one line: bad id\nflet-ts: forged
 * ```
 */
export function safeLogger(logger: Logger): Logger {
  return {
    error: (message, error) => logger.error(escapeControlCharacters(message), error),
    warn: (message) => logger.warn(escapeControlCharacters(message)),
    info: (message) => logger.info(escapeControlCharacters(message)),
    debug: (message) => logger.debug(escapeControlCharacters(message)),
  };
}

/**
 * A budget of log lines: at most `lines` in each window of `windowMs`; past it, one line
 * says how many were left out, when the next window opens. Used for what clients cause
 * (protocol errors, refused requests), so one client cannot write megabytes of log.
 *
 * @example
 * ```ts
 * const budget = new LogBudget(10, 60_000);
 * budget.warn(logger, "session 1a2b: a bad frame");
 * ```
 */
export class LogBudget {
  readonly #lines: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  #windowStart = Number.NEGATIVE_INFINITY;
  #used = 0;
  #dropped = 0;

  constructor(lines: number, windowMs: number, now: () => number = Date.now) {
    this.#lines = lines;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /** Writes `message` as a warning if the budget allows; else counts it as left out. */
  warn(logger: Logger, message: string): void {
    const now = this.#now();
    if (now - this.#windowStart >= this.#windowMs) {
      if (this.#dropped > 0)
        logger.warn(`${this.#dropped} more such lines were left out (log budget).`);
      this.#windowStart = now;
      this.#used = 0;
      this.#dropped = 0;
    }
    if (this.#used < this.#lines) {
      this.#used++;
      logger.warn(message);
      if (this.#used === this.#lines)
        logger.warn(
          `Log budget of ${this.#lines} lines per ${this.#windowMs / 1000} s reached; further such lines are counted, not written.`,
        );
    } else {
      this.#dropped++;
    }
  }
}
