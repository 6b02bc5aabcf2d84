import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ErrorCode, FletError } from "../core/errors.js";
import type { AppMain } from "../session/app-host.js";
import { consoleLogger } from "../session/logger.js";
import type { AppOptions } from "./app-options.js";
import { openBrowser } from "./open-browser.js";
import { WebApp } from "./web-app.js";

/**
 * A running app, as `await ft.app(main)` returns it.
 *
 * @example
 * ```ts
 * const running = await ft.app(main, { port: 0 });
 * console.log(`open ${running.url}`);
 * await running.close();
 * ```
 */
export interface RunningApp {
  /** Where the app is, e.g. `http://127.0.0.1:8000/apps/myapp/`. */
  readonly url: string;
  /** The TCP port it listens on. */
  readonly port: number;
  /** The app behind the server. */
  readonly webApp: WebApp;
  /** Stops accepting, lets handlers finish within the grace period, closes sessions, stops. */
  close(): Promise<void>;
}

/**
 * Runs an app. By default it starts an HTTP + WebSocket server in this process and
 * resolves to a {@link RunningApp}; SIGTERM and SIGINT shut it down gracefully. With
 * `exportApp: true` it returns, synchronously, a {@link WebApp} to mount in your own
 * server. Settings come from the options, then the `FLET_*` variables, then defaults;
 * a bad value throws a `FLET_ERR_CONFIG_INVALID` error naming the variable.
 *
 * @example
 * ```ts
 * await ft.app((page) => page.add(new ft.Text("Hello!")));
 *
 * const web = ft.app(main, { exportApp: true }); // for express, fastify, koa, hono, node:http
 * ```
 */
export function app(main: AppMain, options: AppOptions & { exportApp: true }): WebApp;
export function app(
  main: AppMain,
  options?: AppOptions & { exportApp?: false | undefined },
): Promise<RunningApp>;
export function app(main: AppMain, options?: AppOptions): WebApp | Promise<RunningApp>;
export function app(main: AppMain, options: AppOptions = {}): WebApp | Promise<RunningApp> {
  if (options.exportApp) return new WebApp(main, options);
  return serve(main, options);
}

async function serve(main: AppMain, options: AppOptions): Promise<RunningApp> {
  const webApp = new WebApp(main, options);
  const logger = options.logger ?? consoleLogger;
  const { host, port: wanted, appPath, webServer } = webApp.config;
  const server = webApp.attach(createServer());
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(wanted, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    await webApp.close(0);
    throw listenError(error as NodeJS.ErrnoException, host, wanted);
  }
  const port = (server.address() as AddressInfo).port;
  const shown =
    host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  const url = `http://${shown}:${port}${appPath}`;
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info(`${signal}: shutting down.`);
    // Re-raised once our listener is gone, so the default action (exit) follows.
    void close().finally(() => process.kill(process.pid, signal));
  };
  const handleSignals = options.handleSignals ?? true;
  if (handleSignals) {
    process.once("SIGTERM", onSignal);
    process.once("SIGINT", onSignal);
  }
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      process.off("SIGTERM", onSignal);
      process.off("SIGINT", onSignal);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await webApp.close();
      server.closeAllConnections();
      await closed;
    })());
  logger.info(`App running at ${url}`);
  if (options.openBrowser ?? !webServer) openBrowser(url, logger);
  return { url, port, webApp, close };
}

/** A listen failure in words that say what to do. */
function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  const where = `${host}:${port}`;
  const fix =
    error.code === "EADDRINUSE"
      ? `Another process is listening on ${where}: stop it, or pick another port with the "port" option, FLET_SERVER_PORT or \`flet-ts run --port\`.`
      : error.code === "EACCES"
        ? `This process may not listen on ${where}: ports below 1024 need privileges; pick another port.`
        : error.code === "EADDRNOTAVAIL"
          ? `This machine has no address ${host}: use 127.0.0.1, 0.0.0.0 or one of its own addresses (the "host" option or FLET_SERVER_IP).`
          : undefined;
  if (fix === undefined) return error;
  return new FletError(
    ErrorCode.CONFIG_INVALID,
    `Expected to listen on ${where}, but ${error.code}. ${fix}`,
    { host, port },
    { cause: error },
  );
}
