import { stat } from "node:fs/promises";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import { SignInManager } from "../auth/sign-in.js";
import { ErrorCode, FletError } from "../core/errors.js";
import { AppHost, type AppHostOptions, type AppMain } from "../session/app-host.js";
import { consoleLogger, type Logger } from "../session/logger.js";
import { PubSubHub } from "../session/pubsub.js";
import { RedisPubSubBus } from "../session/redis-pubsub-bus.js";
import { LogBudget, safeLogger } from "../session/safe-logger.js";
import { SessionRecorder } from "../testing/recorder.js";
import { hostAllowed, originAllowed } from "../transport/origin.js";
import { WsTransport } from "../transport/ws-transport.js";
import type { AppOptions } from "./app-options.js";
import { clientAddress } from "./client-address.js";
import { builtInClientBundle, type PreparedBundle, prepareBundle } from "./client-bundle.js";
import { resolveConfig, type ServerConfig } from "./config.js";
import { handleOAuthCallback, handlePlainWebSocketRequest, handleUpload } from "./endpoints.js";
import { BUILT_IN_FAVICON, FAVICON_SVG } from "./favicon.js";
import { CLIENT_CSS, CLIENT_JS, renderIndexHtml } from "./index-html.js";
import { acceptsHtml, rejectUpgrade, requestPath, sendText } from "./responses.js";
import { SseEndpoint } from "./sse-endpoint.js";
import { FirstViews } from "./ssr/first-view.js";
import { AssetResolver, sendBody, sendFile } from "./static-files.js";
import { type UploadEndpointOptions, UploadSigner } from "./uploads.js";

/**
 * A Node request listener that may pass requests it does not own to `next`. It resolves
 * once it answered or passed the request on.
 *
 * @example
 * ```ts
 * http.createServer((req, res) => web.handler(req, res, () => res.end("mine")));
 * ```
 */
export type WebAppHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

/**
 * An app exported for any Node server (the ASGI analogue): serves index.html, the
 * browser client, the app's assets (SPA fallback for deep links), the upload and OAuth
 * endpoints, the WebSocket endpoint and its SSE + POST fallback (`<websocketEndpoint>/sse`),
 * all under `webAppPath`. It never listens by
 * itself: mount `handler` and `upgrade` (or call `attach`), or use an adapter
 * (`flet-ts/express`, `flet-ts/fastify`, `flet-ts/koa`, `flet-ts/hono`).
 *
 * @example
 * ```ts
 * const app = ft.app(main, { exportApp: true, webAppPath: "/apps/myapp" });
 * const server = http.createServer();
 * app.attach(server);
 * server.listen(8000);
 * ```
 */
export class WebApp {
  /** The resolved hosting settings. */
  readonly config: ServerConfig;
  /** The session host behind the WebSocket endpoint. */
  readonly host: AppHost;
  /** Sign-ins in progress and the OAuth callback. @internal */
  readonly oauth: SignInManager;
  readonly #options: AppOptions;
  readonly #logger: Logger;
  /** Refused requests are the client's doing: at most 20 logged per minute. */
  readonly #refusals = new LogBudget(20, 60_000);
  readonly #assets: AssetResolver;
  readonly #wss: WebSocketServer;
  readonly #sse: SseEndpoint;
  readonly #uploads: UploadEndpointOptions | undefined;
  /** The hub and Redis bus made for `pubsubUrl`, closed with the app. */
  readonly #bus: RedisPubSubBus | undefined;
  readonly #hub: PubSubHub | undefined;
  #bundle: Promise<PreparedBundle> | undefined;
  /** Server-rendered first views, when `ssr` is on. */
  readonly #firstViews: FirstViews | undefined;
  #closing: Promise<void> | undefined;

  constructor(main: AppMain, options: AppOptions = {}) {
    this.config = resolveConfig(options);
    this.#options = options;
    this.#logger = safeLogger(options.logger ?? consoleLogger);
    const { dev, sessionTimeout, maxFrameBytes } = this.config;
    const limits = { ...options.limits, maxFrameBytes };
    const { uploadDir, uploadPath, secretKey, maxUploadSize } = this.config;
    const signer =
      uploadDir === undefined || uploadPath === undefined
        ? undefined
        : new UploadSigner({ secretKey, path: uploadPath, maxUploadSize });
    this.#uploads = signer && {
      signer,
      uploadDir: uploadDir!,
      maxUploadSize,
      idleTimeout: options.uploadTimeout,
      allowedOrigins: this.config.allowedOrigins,
      sessionAlive: (id) => this.host.sessions.has(id),
      ...(options.uploadOverwrite ? {} : { owners: new Map<string, string>() }),
    };
    this.oauth = new SignInManager({
      stateTimeout: this.config.oauthStateTimeout,
      callbackPath: this.config.oauthCallbackPath,
      appPath: this.config.appPath,
      findPage: (id) => this.host.sessions.get(id)?.page,
      logger: this.#logger,
    });
    const { pubsubUrl } = this.config;
    if (options.pubsub === undefined && pubsubUrl !== undefined) {
      this.#bus = new RedisPubSubBus(pubsubUrl, { logger: this.#logger });
      this.#bus.ready.catch((error: Error) => this.#logger.error(error.message));
      this.#hub = new PubSubHub(this.#bus);
    }
    this.host = new AppHost(main, {
      ...options,
      pubsub: options.pubsub ?? this.#hub,
      dev,
      sessionTimeout,
      limits,
      uploads: signer,
      oauth: this.oauth,
      onClientEvent: options.onClientEvent ?? recorderFromEnv(dev),
    });
    this.#assets = new AssetResolver(this.config.assetsDir);
    // `ws` cuts frames past twice the limit (close 1009); the codec answers those between
    // the limit and that with a FLET_ERR_PROTOCOL_FRAME_TOO_LARGE error, keeping the session.
    this.#wss = new WebSocketServer({
      noServer: true,
      maxPayload: 2 * maxFrameBytes,
      perMessageDeflate: false,
    });
    this.#sse = new SseEndpoint({
      allowedOrigins: this.config.allowedOrigins,
      maxFrameBytes,
      maxBufferedBytes: options.maxBufferedBytes,
      heartbeatInterval: options.heartbeatInterval,
      logger: this.#logger,
      refused: (message) => this.#refusals.warn(this.#logger, message),
      connect: (transport, req) =>
        this.host.connect(transport, {
          ip: clientAddress(req, this.config.trustProxy),
          userAgent: req.headers["user-agent"],
        }),
    });
    // Start building the client now, so the first page load does not wait for it.
    this.#loadBundle().catch((error: Error) => this.#logger.error(error.message));
    this.#firstViews = this.config.ssr
      ? new FirstViews(this.host, this.config, this.#logger)
      : undefined;
    this.#firstViews?.renderer().catch(() => {});
    if (this.config.uploadDir !== undefined && this.config.secretKeyGenerated) {
      this.#logger.warn(
        "FLET_SECRET_KEY is not set: upload URLs are signed with a key made for this process and stop working when it exits. Set FLET_SECRET_KEY (or secretKey) to keep them valid.",
      );
    }
  }

  /**
   * The request listener. Resolves once it answered, or called `next` for a request it
   * does not own (without `next`, those get 404).
   */
  readonly handler: WebAppHandler = async (req, res, next) => {
    try {
      await this.#route(req, res, next);
    } catch (error) {
      this.#logger.error("Error while serving a request", error);
      if (!res.headersSent) sendText(res, 500, "Internal server error.\n");
      else res.destroy();
    }
  };

  /**
   * The `upgrade` listener: accepts WebSockets on the WebSocket endpoint from allowed
   * origins. Other paths go to `next` when given, else get 404.
   */
  readonly upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer, next?: () => void) => {
    if (requestPath(req) !== this.config.wsPath) {
      // Not ours: the next app in a chain owns the socket (and its error listener).
      if (next) return next();
      socket.on("error", () => socket.destroy());
      rejectUpgrade(socket, 404, "Not found.\n");
      return;
    }
    socket.on("error", () => socket.destroy());
    if (this.#closing) return rejectUpgrade(socket, 503, "The server is shutting down.\n");
    const refusedHost = this.#refusedHost(req);
    if (refusedHost) return rejectUpgrade(socket, 403, refusedHost);
    if (!originAllowed(req, this.config.allowedOrigins)) {
      const error = new FletError(
        ErrorCode.ORIGIN_REFUSED,
        `Expected a WebSocket from an allowed origin, but got Origin ${JSON.stringify(req.headers.origin ?? null)}. Add it to allowedOrigins if it is yours.`,
      );
      this.#refusals.warn(this.#logger, error.message);
      return rejectUpgrade(socket, 403, `${error.message}\n`);
    }
    this.#wss.handleUpgrade(req, socket, head, (ws) => {
      const transport = new WsTransport(ws, {
        maxBufferedBytes: this.#options.maxBufferedBytes,
        heartbeatInterval: this.#options.heartbeatInterval,
        logger: this.#logger,
      });
      this.host.connect(transport, {
        ip: clientAddress(req, this.config.trustProxy),
        userAgent: req.headers["user-agent"],
      });
    });
  };

  /**
   * Wires `handler` and `upgrade` onto a server made without a request listener.
   * WebSockets on other paths go to the server's other `upgrade` listeners, or get 404.
   */
  attach<TServer extends Server>(server: TServer): TServer {
    server.on(
      "request",
      (req: IncomingMessage, res: ServerResponse) => void this.handler(req, res),
    );
    // Other upgrade paths are left to the server's other upgrade listeners, if it has any.
    server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) =>
      this.upgrade(req, socket, head, server.listenerCount("upgrade") > 1 ? () => {} : undefined),
    );
    return server;
  }

  /**
   * Shuts down gracefully: refuses new requests and WebSockets (503), lets running
   * handlers finish for up to `grace` ms, then closes every session (running
   * `willUnmount()` and `onClose`) and the sockets. Safe to call twice.
   */
  close(grace = this.#options.shutdownGrace ?? 5_000): Promise<void> {
    this.#closing ??= this.#shutdown(grace);
    return this.#closing;
  }

  async #shutdown(grace: number): Promise<void> {
    const deadline = Date.now() + grace;
    const busy = () =>
      [...this.host.sessions.values()].some((session) => session.pendingHandlers > 0);
    while (busy() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    await this.host.close(Math.max(0, deadline - Date.now()));
    // Closing handshakes get a moment; peers that do not answer are cut.
    const settle = Math.min(1_000, Math.max(0, deadline - Date.now()));
    const start = Date.now();
    while (this.#wss.clients.size > 0 && Date.now() - start < settle)
      await new Promise((resolve) => setTimeout(resolve, 10));
    for (const ws of this.#wss.clients) ws.terminate();
    this.#sse.closeAll();
    this.#wss.close();
    // The host does not close a hub it was given.
    this.#hub?.close();
    await this.#bus?.close();
    await this.#firstViews?.close();
  }

  async #route(req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) {
    const { appPath, wsPath, uploadPath, oauthCallbackPath } = this.config;
    const path = requestPath(req);
    const pass = () => (next ? next() : sendText(res, 404, "Not found.\n"));
    if (path === undefined || (!path.startsWith(appPath) && `${path}/` !== appPath)) return pass();
    if (this.#closing)
      return sendText(res, 503, "The server is shutting down.\n", { Connection: "close" });
    const refusedHost = this.#refusedHost(req);
    if (refusedHost) return sendText(res, 403, refusedHost);
    if (path === wsPath) return handlePlainWebSocketRequest(res);
    if (path === `${wsPath}/sse`) return this.#sse.handle(req, res);
    if (path === uploadPath && this.#uploads) return handleUpload(this.#uploads, req, res);
    if (path === oauthCallbackPath) return handleOAuthCallback(this.oauth, req, res);
    if (req.method !== "GET" && req.method !== "HEAD") return pass();
    const rest = path.slice(appPath.length);
    if (rest === "" || rest === "index.html") return this.#sendIndex(res, "/");
    if (rest === CLIENT_JS || rest === CLIENT_CSS || rest.startsWith("_flet/chunk-"))
      return this.#sendBundle(req, res, rest);
    if (rest === BUILT_IN_FAVICON) return sendFavicon(res);
    if (rest.startsWith("_flet/")) return this.#sendClientFile(req, res, rest, pass);
    const asset = await this.#assets.resolve(rest);
    if (asset.kind === "file") return sendFile(req, res, asset);
    if (asset.kind === "missing" && acceptsHtml(req)) return this.#sendIndex(res, `/${rest}`);
    return pass();
  }

  /** The refusal text for a request whose Host is not allowed (logged), else undefined. */
  #refusedHost(req: IncomingMessage): string | undefined {
    if (hostAllowed(req, this.config.allowedHosts)) return undefined;
    const allowed = this.config.allowedHosts?.join(", ") ?? "a well-formed host name";
    const error = new FletError(
      ErrorCode.HOST_REFUSED,
      `Expected a request for one of the allowed hosts (${allowed}), but got Host ${JSON.stringify(req.headers.host ?? null)}. If this host is yours, add it to the allowedHosts option.`,
    );
    this.#refusals.warn(this.#logger, error.message);
    return `${error.message}\n`;
  }

  async #sendClientFile(req: IncomingMessage, res: ServerResponse, file: string, pass: () => void) {
    const path = (await this.#loadBundle().catch(() => undefined))?.files[file];
    const stats = path === undefined ? undefined : await stat(path).catch(() => undefined);
    if (path === undefined || !stats?.isFile()) return pass();
    // Fonts from npm packages: their names never change within a version.
    sendFile(req, res, { path, stats }, "public, max-age=86400");
  }

  #loadBundle(): Promise<PreparedBundle> {
    const dev = this.config.dev;
    this.#bundle ??= prepareBundle(
      this.#options.getClientBundle ??
        (() => builtInClientBundle(dev, this.config.packsFrom, this.#logger)),
    );
    // A failed load is retried on the next request.
    this.#bundle.catch(() => (this.#bundle = undefined));
    return this.#bundle;
  }

  async #sendIndex(res: ServerResponse, route: string): Promise<void> {
    const bundle = await this.#loadBundle().catch(() => undefined);
    // A first view is a new session: only for a GET, and only in the page's own address.
    const view =
      this.#firstViews && res.req.method === "GET"
        ? await this.#firstViews.render(
            res.req,
            this.config.routeUrlStrategy === "hash" ? "/" : route,
            bundle,
          )
        : undefined;
    const { html, csp } = renderIndexHtml(this.config, bundle?.css !== undefined, view);
    res.writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": csp,
      // Revalidated on every load (so each gets a fresh nonce), but not `no-store`, which
      // keeps the page out of the back-forward cache (see docs/guides/app-lifecycle.md).
      "Cache-Control": "private, no-cache",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      "Content-Length": String(Buffer.byteLength(html)),
    });
    res.end(res.req.method === "HEAD" ? undefined : html);
  }

  async #sendBundle(req: IncomingMessage, res: ServerResponse, file: string): Promise<void> {
    let bundle: PreparedBundle;
    try {
      bundle = await this.#loadBundle();
    } catch (error) {
      this.#logger.error((error as Error).message, error);
      return sendText(res, 503, "The browser client is not available; see the server log.\n");
    }
    const chunk = bundle.chunks[file];
    const prepared =
      chunk ?? (file === CLIENT_JS ? bundle.js : file === CLIENT_CSS ? bundle.css : undefined);
    if (prepared === undefined) return sendText(res, 404, "Not found.\n");
    const gzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    sendBody(
      req,
      res,
      gzip ? prepared.gzipped : prepared.body,
      {
        "Content-Type":
          file === CLIENT_CSS ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8",
        // Chunk names carry their content hash: they never change.
        "Cache-Control": chunk ? "public, max-age=31536000, immutable" : "no-cache",
        Vary: "Accept-Encoding",
        ...(gzip ? { "Content-Encoding": "gzip" } : {}),
      },
      gzip ? prepared.etag.replace(/"$/, '-gz"') : prepared.etag,
    );
  }
}

function sendFavicon(res: ServerResponse): void {
  res.writeHead(200, {
    "Content-Type": "image/svg+xml",
    "Content-Length": String(Buffer.byteLength(FAVICON_SVG)),
    "Cache-Control": "public, max-age=86400",
    "Content-Security-Policy": "sandbox",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(res.req.method === "HEAD" ? undefined : FAVICON_SVG);
}

/**
 * `flet-ts run --record FILE` (through `FLET_TS_RECORD`): in dev mode only, the recorder that
 * writes what people do as a vitest file.
 */
function recorderFromEnv(dev: boolean): AppHostOptions["onClientEvent"] {
  const file = process.env.FLET_TS_RECORD;
  if (!dev || !file) return undefined;
  return new SessionRecorder({
    file,
    app: process.env.FLET_TS_RECORD_APP ?? process.argv[1] ?? "app.ts",
  }).observe;
}
