/**
 * Where flet-ts writes what happens: handler errors, protocol errors, warnings. Pass your
 * own (pino, winston, console) in the app options.
 */
export interface Logger {
  error(message: string, error?: unknown): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

/** The default logger: `console`, prefixed with `flet-ts`. Debug lines need `FLET_DEBUG=1`. */
export const consoleLogger: Logger = {
  error: (message, error) =>
    console.error(`flet-ts: ${message}`, ...(error instanceof Error ? [error] : [])),
  warn: (message) => console.warn(`flet-ts: ${message}`),
  info: (message) => console.info(`flet-ts: ${message}`),
  debug: (message) => {
    if (process.env.FLET_DEBUG) console.debug(`flet-ts: ${message}`);
  },
};

/** A logger that drops everything. */
export const silentLogger: Logger = { error() {}, warn() {}, info() {}, debug() {} };
