import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { connect } from "node:net";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { openBrowser } from "../server/open-browser.js";
import { AppProcess, exitCodeOf } from "./app-process.js";
import { type CliIo, processIo } from "./cli-io.js";
import { findAppFile } from "./find-app.js";
import { type StoppedAppServer, serveStoppedApp } from "./serve-stopped-app.js";
import { type SourceWatcher, watchSources } from "./watch.js";

/** What `flet-ts run` does, as {@link runApp} takes it. @internal */
export interface RunOptions {
  /** The app file, or a folder holding `main.ts`, `app.ts`, `main.js` or `app.js`. */
  target?: string | undefined;
  /** Open the app in the default browser once it listens. */
  web?: boolean | undefined;
  /** `FLET_SERVER_PORT`; the app's default (8000) when absent. */
  port?: number | undefined;
  /** `FLET_SERVER_IP`; the app's default (0.0.0.0) when absent. */
  host?: string | undefined;
  /** `FLET_WEB_APP_PATH`: serve the app under this URL path. */
  path?: string | undefined;
  /** Restart the app when a source file under its folder changes. */
  reload?: boolean | undefined;
  /** Record browser sessions as a vitest file at this path (dev mode only). */
  record?: string | undefined;
  /** Arguments passed on to the app (after `--`). */
  args?: readonly string[] | undefined;
  /** Where paths are resolved from, and the app's working folder. Default: this process's. */
  cwd?: string | undefined;
  /** The environment the app starts from. Default `process.env`. */
  env?: NodeJS.ProcessEnv | undefined;
  /** Where the CLI and the app write. Default: this process's streams. */
  io?: CliIo | undefined;
  /** How long a stopping app may take before it is killed. Default 3000 ms. */
  graceMs?: number | undefined;
  /** More folders whose saved sources restart the app (with `reload`): a pack's, say. */
  watch?: readonly string[] | undefined;
  /** More modules the app's `node` imports before the app (`--import`), as URLs. */
  imports?: readonly string[] | undefined;
  /**
   * Called with the changed files (absolute paths) before a restart (with `reload`);
   * resolving false keeps the running app, e.g. when a pack's rebuild failed.
   */
  beforeRestart?: ((files: readonly string[]) => Promise<boolean>) | undefined;
}

/**
 * The URL of tsx's loader, resolved from flet-ts itself so `flet-ts run` works from any
 * folder, whether or not the app installs tsx.
 * @internal
 */
export function tsxLoader(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
}

/** The URL of `child-guard` (compiled in dist, TypeScript when run from the sources). */
function childGuard(): string {
  const compiled = new URL("./child-guard.js", import.meta.url);
  return existsSync(compiled) ? compiled.href : new URL("./child-guard.ts", import.meta.url).href;
}

/**
 * Runs an app as `flet-ts run` does: `node --import tsx <app>` in a child process with
 * the settings passed through the `FLET_*` variables and `FLET_FORCE_WEB_SERVER=true`.
 * Prints the URL once the app listens (and opens it with `web`). With `reload`, a saved
 * source file restarts the app (`FLET_TS_HOT_RELOAD=1` makes open tabs reload
 * themselves); an app that fails to start waits for the next save. SIGINT and SIGTERM
 * are forwarded; resolves to the app's exit code.
 *
 * @example
 * ```ts
 * process.exitCode = await runApp({ target: "app.ts", port: 9000, reload: true });
 * ```
 * @internal
 */
export async function runApp(options: RunOptions = {}): Promise<number> {
  const io = options.io ?? processIo;
  const cwd = options.cwd ?? process.cwd();
  const file = findAppFile(options.target, cwd);
  const shown = relative(cwd, file) || file;
  const env: NodeJS.ProcessEnv = { ...(options.env ?? process.env), FLET_FORCE_WEB_SERVER: "true" };
  if (options.port !== undefined) env.FLET_SERVER_PORT = String(options.port);
  if (options.host !== undefined) env.FLET_SERVER_IP = options.host;
  if (options.path !== undefined) env.FLET_WEB_APP_PATH = options.path;
  if (options.reload) env.FLET_TS_HOT_RELOAD = "1";
  if (options.record !== undefined) {
    env.FLET_TS_RECORD = resolve(cwd, options.record);
    env.FLET_TS_RECORD_APP = file;
  }
  // A development run: error details and stacks reach the browser, unless FLET_TS_DEV or
  // NODE_ENV=production says otherwise.
  env.FLET_TS_DEV ||= env.NODE_ENV === "production" ? "false" : "true";
  env.FLET_TS_CLI_PID = String(process.pid);
  const args = [
    "--import",
    tsxLoader(),
    "--import",
    childGuard(),
    ...(options.imports ?? []).flatMap((url) => ["--import", url]),
    file,
    ...(options.args ?? []),
  ];

  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  /** Changed files since the last restart: absolute path → how it is shown. */
  const changed = new Map<string, string>();
  let quitting: NodeJS.Signals | undefined;
  let announced = false;
  /** Where the app last listened, and the stand-in that says why it stopped (with -r). */
  let lastUrl: string | undefined;
  let standIn: Promise<StoppedAppServer | undefined> | undefined;
  const closeStandIn = async () => {
    const server = await standIn;
    standIn = undefined;
    await server?.close();
  };

  const start = (): AppProcess => {
    const app = new AppProcess({
      args,
      env,
      cwd,
      io,
      onUrl: (url) => {
        // A restarted app must come back where open tabs look for it.
        if (options.reload && env.FLET_SERVER_PORT === "0") env.FLET_SERVER_PORT = portOf(url);
        lastUrl = url;
        void whenListening(url, () => app.running).then((ready) => {
          if (!ready || quitting) return;
          if (announced) return io.out(`flet-ts run: ${shown} reloaded at ${url}\n`);
          announced = true;
          io.out(`flet-ts run: ${shown} is running at ${url}\n`);
          if (options.reload) io.out("flet-ts run: watching for changes (hot reload)\n");
          if (options.web)
            openBrowser(url, {
              info: (message) => io.out(`flet-ts run: ${message}\n`),
              warn: (message) => io.err(`flet-ts run: ${message}\n`),
              error: (message) => io.err(`flet-ts run: ${message}\n`),
              debug: () => {},
            });
        });
      },
    });
    void app.exited.then(notify);
    return app;
  };

  let app = start();
  let reported = false;
  // Files of the app's folder are shown relative to it, those of other folders to cwd.
  const watch = (root: string, shownFrom: string): SourceWatcher =>
    watchSources(root, (files) => {
      for (const name of files)
        changed.set(join(root, name), relative(shownFrom, join(root, name)));
      notify();
    });
  const watchers: SourceWatcher[] = options.reload
    ? [
        watch(dirname(file), dirname(file)),
        ...(options.watch ?? []).map((root) => watch(resolve(cwd, root), cwd)),
      ]
    : [];
  const onSignal = (signal: NodeJS.Signals) => {
    if (quitting) {
      app.kill("SIGKILL"); // A second Ctrl-C: stop waiting for a graceful shutdown.
      return;
    }
    quitting = signal;
    for (const watcher of watchers) watcher.close();
    app.kill(signal);
    notify();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const killOnExit = () => app.kill("SIGKILL");
  process.on("exit", killOnExit);
  try {
    for (;;) {
      if (quitting) {
        await closeStandIn();
        if (app.running || !reported) return exitCodeOf(await app.exited);
        return 128 + (quitting === "SIGINT" ? 2 : 15);
      }
      if (changed.size > 0) {
        const paths = [...changed.keys()];
        const files = [...new Set(changed.values())];
        changed.clear();
        if (options.beforeRestart && !(await options.beforeRestart(paths))) continue;
        if (quitting) continue;
        io.out(`reloading (changed: ${files.join(", ")})\n`);
        await app.stop(options.graceMs);
        await closeStandIn();
        if (quitting) continue;
        app = start();
        reported = false;
        continue;
      }
      if (!app.running && !reported) {
        reported = true;
        const exit = await app.exited;
        if (!options.reload) return exitCodeOf(exit);
        io.err(
          `flet-ts run: ${shown} exited with code ${exitCodeOf(exit)}; fix it and save to restart.\n`,
        );
        // Open tabs (and new page loads) show the error until the next run.
        if (lastUrl !== undefined && !quitting) {
          const url = lastUrl;
          standIn = serveStoppedApp({ url, file: shown, output: app.errorOutput }).catch(
            () => undefined, // the port is taken meanwhile: the tab just keeps reconnecting
          );
        }
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await closeStandIn();
    for (const watcher of watchers) watcher.close();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    process.off("exit", killOnExit);
  }
}

function portOf(url: string): string {
  return new URL(url).port || "80";
}

/** Resolves true once `url`'s port accepts connections, false if the app ends first. */
async function whenListening(url: string, alive: () => boolean): Promise<boolean> {
  const { hostname, port } = new URL(url);
  const host = hostname.replace(/^\[|\]$/g, "");
  while (alive()) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect({ host, port: Number(port || 80) });
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
