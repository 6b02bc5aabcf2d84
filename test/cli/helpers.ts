/**
 * Helpers of the CLI tests: the built `flet-ts` executable run as a real process, temp
 * folders whose apps resolve `flet-ts` to this repository (as an installed copy would),
 * and commands run to completion.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, from this file's place in it. */
export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The built executable (root `npm test` builds first; run `npm run build` before vitest). */
export const CLI = join(REPO_ROOT, "dist/src/cli/main.js");

/** A fresh temp folder; removed by the returned function. */
export function tempDir(prefix = "flet-ts-cli-"): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * A temp app project: `files` written into it, and `node_modules/flet-ts` linked to this
 * repository, as `npm install file:...` would.
 */
export function tempApp(files: Record<string, string>): { path: string; remove(): void } {
  const dir = tempDir("flet-ts-app-");
  mkdirSync(join(dir.path, "node_modules"));
  symlinkSync(REPO_ROOT, join(dir.path, "node_modules/flet-ts"), "dir");
  writeFileSync(
    join(dir.path, "package.json"),
    JSON.stringify({ name: "fixture-app", type: "module", dependencies: { "flet-ts": "*" } }),
  );
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir.path, name), content);
  return dir;
}

/** A running `flet-ts` process and its output so far. */
export interface CliProcess {
  readonly child: ChildProcess;
  /** Standard output and error, interleaved as received. */
  output(): string;
  /** Resolves with the first match of `pattern` in the output (searched from `from`). */
  waitFor(pattern: RegExp, timeoutMs?: number, from?: number): Promise<RegExpExecArray>;
  /** Resolves with the exit code once the process ended (128 + n for signal n). */
  exited: Promise<number | null>;
  /** Sends `signal` (SIGKILL after 5 s) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `node dist/src/cli/main.js <args>` in `cwd`. */
export function startCli(args: readonly string[], cwd: string): CliProcess {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd,
    env: { ...process.env, FLET_FORCE_WEB_SERVER: undefined, NODE_ENV: undefined },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on("data", append);
  child.stderr!.on("data", append);
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  return {
    child,
    output: () => text,
    exited,
    waitFor(pattern, timeoutMs = 30_000, from = 0) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(text.slice(from));
          if (!match) return false;
          cleanup();
          resolve(match);
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`Timed out waiting for ${pattern}; output:\n${text}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(onData);
        };
        const onData = () => void check();
        if (check()) return;
        listeners.add(onData);
        void exited.then(() => {
          if (!check()) {
            cleanup();
            reject(new Error(`Exited before ${pattern}; output:\n${text}`));
          }
        });
      });
    },
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Runs a command to its end; resolves with its code and combined output. */
export function runCommand(
  command: string,
  args: readonly string[],
  cwd: string,
  timeoutMs = 240_000,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
