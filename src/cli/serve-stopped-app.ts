import { createServer, type Server } from "node:http";
import { WebSocketServer } from "ws";
import { ErrorCode } from "../core/errors.js";
import { encodeMessage } from "../protocol/codec.js";

/** What {@link serveStoppedApp} says and where. @internal */
export interface StoppedAppOptions {
  /** The app's address while it ran (`http://127.0.0.1:8000/`): its host and port are reused. */
  readonly url: string;
  /** The app's file, as the CLI shows it (`app.ts`). */
  readonly file: string;
  /** The end of what the app wrote to stderr before it stopped (the error). */
  readonly output: string;
}

/** A server standing in for a stopped app; `close()` frees the port for the next run. @internal */
export interface StoppedAppServer {
  close(): Promise<void>;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Under `flet-ts run -r`, while the app is stopped by an error (a syntax error saved, a
 * throw at start), listens where the app listened and says why, so the browser shows the
 * error instead of "Reconnecting…" forever: an open tab's reconnecting socket gets an
 * `error` frame (`FLET_ERR_APP_STOPPED`, shown by the dev overlay), and a page load gets
 * an HTML page that reloads itself every 2 s. The CLI closes it before the next run, and
 * the tab's next reconnect reaches the new app (which reloads it with the new code).
 *
 * @example
 * ```ts
 * const standIn = await serveStoppedApp({ url, file: "app.ts", output: stderrTail });
 * await standIn.close(); // before starting the app again
 * ```
 * @internal
 */
export async function serveStoppedApp(options: StoppedAppOptions): Promise<StoppedAppServer> {
  const { hostname, port } = new URL(options.url);
  const message = `${options.file} stopped with an error; fix it and save to restart.\n\n${options.output.trim()}`;
  const server: Server = createServer((_request, response) => {
    response.writeHead(503, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      refresh: "2",
    });
    response.end(
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escapeHtml(options.file)} stopped</title>` +
        `<body style="font:14px/1.5 system-ui,sans-serif;margin:24px"><h1 style="font-size:20px">${escapeHtml(options.file)} stopped with an error</h1>` +
        `<p>Fix it and save: flet-ts run restarts the app and this page reloads.</p>` +
        `<pre style="white-space:pre-wrap;background:#fdecea;color:#5f2120;padding:12px;border-radius:6px">${escapeHtml(options.output.trim())}</pre></body></html>`,
    );
  });
  const sockets = new WebSocketServer({ noServer: true });
  server.on("upgrade", (request, socket, head) => {
    sockets.handleUpgrade(request, socket, head, (ws) => {
      // The tab registers first; the answer says why there is no session, then closes.
      ws.once("message", () => {
        ws.send(encodeMessage({ type: "error", code: ErrorCode.APP_STOPPED, message }));
        ws.close(1013, "app stopped");
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(Number(port || 80), hostname.replace(/^\[|\]$/g, ""), resolve);
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
