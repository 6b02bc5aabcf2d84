import { spawn } from "node:child_process";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";

/** A long step in progress, as {@link startStep} returns it. @internal */
export interface Step {
  /** Ends the step with a success line. */
  done(note?: string): void;
  /** Ends the step with a failure line. */
  fail(note?: string): void;
}

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/**
 * Shows that a long step is running: on a terminal a spinner with the elapsed seconds
 * redrawn in place, elsewhere (CI logs, pipes) a line every 10 seconds.
 *
 * @example
 * ```ts
 * const step = startStep(io, "Installing dependencies (npm install)");
 * await install();
 * step.done();
 * ```
 * @internal
 */
export function startStep(io: CliIo, label: string): Step {
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 1000);
  let frame = 0;
  const tty = io.tty === true;
  if (!tty) io.out(`${label}...\n`);
  const timer = setInterval(
    () => {
      if (tty) io.out(`\r${FRAMES[frame++ % FRAMES.length]} ${label} (${seconds()} s)`);
      else io.out(`  ... still ${lowerFirst(label)} (${seconds()} s)\n`);
    },
    tty ? 100 : 10_000,
  );
  timer.unref();
  const end = (mark: string, note?: string) => {
    clearInterval(timer);
    const line = `${mark} ${label}: ${note ?? "done"} in ${seconds()} s`;
    io.out(tty ? `\r\x1b[K${line}\n` : `${line}\n`);
  };
  return { done: (note) => end("✔", note), fail: (note) => end("✖", note ?? "failed") };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Runs a command as a progress step. Its output is kept and shown only if it fails, in
 * which case a {@link CliError} names the command and its exit code.
 *
 * @example
 * ```ts
 * await runStep(io, "Installing dependencies (npm install)", "npm", ["install"], dir);
 * ```
 * @internal
 */
export async function runStep(
  io: CliIo,
  label: string,
  command: string,
  args: readonly string[],
  cwd: string,
): Promise<void> {
  const step = startStep(io, label);
  const output: Buffer[] = [];
  const code = await new Promise<number | string>((resolve) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      shell: process.platform === "win32",
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("error", (error) => resolve(error.message));
    child.on("close", (exitCode, signal) => resolve(exitCode ?? signal ?? 1));
  });
  if (code === 0) return step.done();
  step.fail();
  io.err(Buffer.concat(output).toString());
  throw new CliError(
    `Expected "${[command, ...args].join(" ")}" to succeed in ${cwd}, but it ${typeof code === "number" ? `exited with code ${code}` : `failed (${code})`}. Fix the problem above, then run it again there.`,
  );
}

/**
 * Runs `npm install` in a new project, showing progress (`create --install`).
 * @internal
 */
export function npmInstall(io: CliIo, root: string): Promise<void> {
  return runStep(
    io,
    "Installing dependencies (npm install)",
    "npm",
    ["install", "--no-audit", "--no-fund"],
    root,
  );
}
