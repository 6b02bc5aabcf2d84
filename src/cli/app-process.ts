import { type ChildProcess, spawn } from "node:child_process";
import { constants } from "node:os";
import type { CliIo } from "./cli-io.js";

/** How an app process ended. @internal */
export interface AppExit {
  /** The exit code, or `null` when a signal ended it. */
  readonly code: number | null;
  /** The signal that ended it, if any. */
  readonly signal: NodeJS.Signals | null;
}

/** What {@link AppProcess} starts. @internal */
export interface AppProcessOptions {
  /** Arguments of `node` (loader, entry file, the app's own arguments). */
  readonly args: readonly string[];
  /** The environment of the app (the `FLET_*` settings included). */
  readonly env: NodeJS.ProcessEnv;
  /** The app's working folder. */
  readonly cwd: string;
  /** Where the app's output goes. */
  readonly io: CliIo;
  /** Called with the URL the app logs once it listens (`flet-ts: App running at <url>`). */
  readonly onUrl?: (url: string) => void;
}

const URL_LINE = /App running at (https?:\/\/\S+)/;
/** How much of the app's stderr is kept for {@link AppProcess.errorOutput}. */
const ERROR_TAIL = 4_000;

/**
 * One run of the app: `node <args>` in its own process group (so a terminal's Ctrl-C
 * reaches only the CLI, which forwards it once), its output passed through line by line
 * and scanned for the URL the app logs.
 *
 * @example
 * ```ts
 * const app = new AppProcess({ args: ["--import", loader, file], env, cwd, io });
 * await app.stop(); // SIGTERM, then SIGKILL after the grace period
 * ```
 * @internal
 */
export class AppProcess {
  /** Settles when the process has ended. */
  readonly exited: Promise<AppExit>;
  #exit: AppExit | undefined;
  readonly #child: ChildProcess;
  #errors = "";

  /** The end of what the app wrote to stderr (its last error, once it stopped). */
  get errorOutput(): string {
    return this.#errors;
  }

  constructor(options: AppProcessOptions) {
    const { io, onUrl } = options;
    this.#child = spawn(process.execPath, options.args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: process.platform !== "win32",
    });
    let found = false;
    let partial = "";
    this.#child.stdout!.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      if (found || onUrl === undefined) return io.out(text);
      // Until the URL line came, output goes through line by line: the URL line itself is
      // not echoed, as the CLI announces the URL in its own words.
      const lines = (partial + text).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        const match = found ? null : URL_LINE.exec(line);
        if (match) {
          found = true;
          onUrl(match[1]!);
        } else {
          io.out(`${line}\n`);
        }
      }
      if (found && partial !== "") {
        io.out(partial);
        partial = "";
      }
    });
    this.#child.stderr!.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      this.#errors = (this.#errors + text).slice(-ERROR_TAIL);
      io.err(text);
    });
    this.exited = new Promise<AppExit>((resolve) => {
      this.#child.on("error", (error) => {
        io.err(`flet-ts: could not start node: ${error.message}\n`);
        resolve((this.#exit = { code: 1, signal: null }));
      });
      this.#child.on("close", (code, signal) => resolve((this.#exit = { code, signal })));
    });
  }

  /** True until the process has ended. */
  get running(): boolean {
    return this.#exit === undefined;
  }

  /** Sends `signal` to the app and whatever it started. */
  kill(signal: NodeJS.Signals): void {
    if (!this.running || this.#child.pid === undefined) return;
    try {
      if (process.platform === "win32") this.#child.kill(signal);
      else process.kill(-this.#child.pid, signal);
    } catch {
      // Already gone.
    }
  }

  /** Asks the app to stop (SIGTERM: it closes its sessions), and kills it after `graceMs`. */
  async stop(graceMs = 3_000): Promise<AppExit> {
    this.kill("SIGTERM");
    const timer = setTimeout(() => this.kill("SIGKILL"), graceMs);
    const exit = await this.exited;
    clearTimeout(timer);
    return exit;
  }
}

/**
 * The exit code the CLI passes on: the app's own, or 128 + the signal's number when a
 * signal ended it (130 for SIGINT, 143 for SIGTERM), as shells report it.
 *
 * @example
 * ```ts
 * exitCodeOf({ code: null, signal: "SIGINT" }); // 130
 * ```
 * @internal
 */
export function exitCodeOf(exit: AppExit): number {
  if (exit.code !== null) return exit.code;
  const number = exit.signal === null ? undefined : constants.signals[exit.signal];
  return number === undefined ? 1 : 128 + number;
}
