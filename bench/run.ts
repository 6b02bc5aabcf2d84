// `npm run bench`: builds the library with tsc (what ships in dist/), runs every benchmark
// task in a fresh process on that build and then on the TypeScript sources through tsx,
// and writes docs/benchmarks.md plus a short summary on stdout.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserResult } from "./browser.js";
import type { ChartResult } from "./chart.js";
import type { CommitResult } from "./commit.js";
import type { FloodResult } from "./flood.js";
import type { InteractionResult } from "./interaction.js";
import type { LiveResult } from "./live.js";
import type { MountResult } from "./mount.js";
import { type BuildResults, type Results, renderReport, summarize } from "./report.js";
import type { RoundTripResult } from "./roundtrip.js";
import type { SessionsResult } from "./sessions.js";
import type { SsrStats } from "./ssr.js";
import type { TesterResult } from "./tester.js";
import type { UpdateResult } from "./update.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "node_modules", ".cache", "flet-ts-bench");
const SIZES = [100, 1_000, 10_000];
const started = performance.now();

function log(message: string): void {
  process.stderr.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}\n`,
  );
}

/** Compiles src, controls, the fixtures and bench with tsc into node_modules/.cache. */
function build(): void {
  log("building with tsc -p bench/tsconfig.json");
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", join(root, "bench", "tsconfig.json")], {
    cwd: root,
    stdio: "inherit",
  });
  // tsc still emits on type errors (someone may be mid-edit elsewhere); only a missing
  // output is fatal.
  if (result.status !== 0) log("tsc reported errors; measuring what it emitted");
  if (!existsSync(join(outDir, "bench", "suite.js")))
    throw new Error("bench: the tsc build emitted nothing");
  // Lets the built files import "flet-ts" (a package may import itself by name).
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, "package.json"),
    `${JSON.stringify({
      name: "flet-ts",
      private: true,
      type: "module",
      exports: {
        ".": "./umbrella/index.js",
        "./pack": "./src/pack.js",
        "./protocol": "./src/protocol.js",
        "./controls": "./controls/index.js",
        "./testing": "./src/testing/index.js",
        "./client": "./src/client/index.js",
      },
    })}\n`,
  );
}

type Mode = "build" | "tsx";

/** Runs one task in a fresh process and returns its result. */
function task<T>(mode: Mode, name: string, arg?: number): { kit: string; result: T } {
  const args =
    mode === "build"
      ? ["--expose-gc", join(outDir, "bench", "suite.js")]
      : ["--expose-gc", "--import", "tsx", join(root, "bench", "suite.ts")];
  args.push(name);
  if (arg !== undefined) args.push(String(arg));
  const t0 = performance.now();
  const child = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    timeout: 180_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0)
    throw new Error(`bench: ${mode} ${name} ${arg ?? ""} failed (${child.signal ?? child.status})`);
  const lines = child.stdout.trim().split("\n");
  log(
    `${mode} ${name}${arg === undefined ? "" : ` ${arg}`}: ${((performance.now() - t0) / 1000).toFixed(1)}s`,
  );
  return JSON.parse(lines[lines.length - 1]!) as { kit: string; result: T };
}

function runMode(mode: Mode): BuildResults {
  const commit = task<CommitResult[]>(mode, "commit");
  const update = task<UpdateResult>(mode, "update").result;
  const mount = task<MountResult[]>(mode, "mount").result;
  const memory = SIZES.map((n) => ({
    n,
    server: task<number>(mode, "memory-server", n).result,
    client: task<number>(mode, "memory-client", n).result,
  }));
  const sessions = task<SessionsResult>(mode, "sessions").result;
  return { kit: commit.kit, commit: commit.result, update, mount, memory, sessions };
}

build();
const loadAtStart = os.loadavg();
const build_ = runMode("build");
const tsx = runMode("tsx");
// End to end: the server as shipped (tsc build), driven from another process.
const roundTrip = task<RoundTripResult>("build", "roundtrip").result;
// A session flood against the default limits (tsc build).
const flood = task<FloodResult>("build", "flood").result;
// The browser client is bundled from the sources by esbuild either way; the task runs
// through tsx so that the bundler finds the package root (the build output has none).
const browser = task<BrowserResult>("tsx", "browser").result;
// Chromium again: a drag over the loopback WebSocket and a Canvas of 10,000 shapes.
const interaction = task<InteractionResult>("tsx", "interaction").result;
// A 10,000-point line chart with live appends; first paint with and without SSR.
const chart = task<ChartResult>("tsx", "chart").result;
const ssr = task<SsrStats>("tsx", "ssr").result;
// flet-ts/testing: simple tests per second, on the tsc build (what app authors run).
const tester = task<TesterResult>("build", "tester").result;
// A live series: bytes per appended point (tsc build).
const live = task<LiveResult>("build", "live").result;
const results: Results = {
  date: new Date(),
  build: build_,
  tsx,
  roundTrip,
  flood,
  browser,
  interaction,
  chart,
  ssr,
  tester,
  live,
  load: [loadAtStart, os.loadavg()],
  seconds: 0,
};
results.seconds = (performance.now() - started) / 1000;
const file = join(root, "docs", "benchmarks.md");
writeFileSync(file, renderReport(results));
process.stdout.write(`${summarize(results)}\nWrote ${file} in ${results.seconds.toFixed(0)} s.\n`);
