import type { LoginService } from "../auth/page-auth.js";
import { ErrorCode, FletError } from "../core/errors.js";
import { describeMismatches, packMismatches } from "../core/pack-version.js";
import { registeredPacks } from "../core/schema.js";
import type { Page } from "../page/page.js";
import { type CodecLimits, decodeClientMessage, encodeMessage } from "../protocol/codec.js";
import { type ClientInfo, PROTOCOL_VERSION, type RegisterMessage } from "../protocol/messages.js";
import type { Transport } from "../transport/transport.js";
import { type ExecutorOptions, WorkerPool } from "./executor.js";
import { consoleLogger, type Logger } from "./logger.js";
import { PubSubHub } from "./pubsub.js";
import { randomToken, sameSecret } from "./random-token.js";
import { KeyedRateLimit, type RateLimit } from "./rate-limit.js";
import { safeLogger } from "./safe-logger.js";
import { Session, type SessionContext } from "./session.js";
import { SessionStore } from "./session-store.js";

/** The function that builds a session's UI: called once per new session. */
export type AppMain = (page: Page) => void | Promise<void>;

/** Options of an {@link AppHost}. */
export interface AppHostOptions {
  /** Seconds a disconnected session waits for its client. Default 3600. */
  sessionTimeout?: number;
  /**
   * Dev mode: error details and stacks reach the browser, and the client bundle is not
   * minified. Default off; `flet-ts run` (through `FLET_TS_DEV=1`) and the tester turn it
   * on. Never on in production: every visitor would see server paths.
   */
  dev?: boolean;
  /** Where to log. Default: the console. */
  logger?: Logger;
  /** Milliseconds a server-to-client call waits. Default 10 000. */
  callTimeout?: number;
  /** Patch batches kept per session for replay on reconnect. Default 512. */
  replayBatches?: number;
  /** Bytes of patch frames kept per session for replay. Default 2 MiB. */
  replayBytes?: number;
  /** Unfinished async handlers allowed per session. Default 1 000. */
  maxPendingEvents?: number;
  /**
   * Most sessions at once. At the limit a new visitor takes the place of the session that
   * has waited longest for its browser; only when every session is connected is it refused
   * (`FLET_ERR_SESSION_LIMIT`, and the browser retries). Default 100 000.
   */
  maxSessions?: number;
  /** Most disconnected sessions kept waiting for their browser; the oldest goes first. Default 10 000. */
  maxDetachedSessions?: number;
  /**
   * Seconds a disconnected session whose browser never sent an event waits (a visit
   * without interaction, or a script opening sessions). Default 60.
   */
  idleSessionTimeout?: number;
  /**
   * New sessions one client address may open: `burst` at once, then `perSecond`. Past it
   * the connection is refused with `FLET_ERR_SESSION_LIMIT` (the browser retries). Only
   * applies when the address is known (the web server knows it; behind a proxy see
   * `trustProxy`). Default `{ perSecond: 10, burst: 100 }`.
   */
  newSessionsPerClient?: RateLimit;
  /**
   * Frames one connection may send: `burst` at once, then `perSecond`. Past it the
   * connection is closed (code 1008); the session stays, and the browser reconnects and
   * re-sends what was not handled, so nothing is lost. Default `{ perSecond: 250, burst: 500 }`:
   * a drag with unthrottled pan updates on a 240 Hz display sends about 240 per second.
   */
  framesPerConnection?: RateLimit;
  /** Milliseconds a new connection has to send `register`. Default 10 000. */
  registerTimeout?: number;
  /** Frame limits. */
  limits?: CodecLimits;
  /** The pubsub hub; one in-memory hub per host by default. */
  pubsub?: PubSubHub;
  /** Worker pool options of `page.executor`. */
  executor?: ExecutorOptions;
  /** Signs upload URLs for `page.getUploadUrl` (set by the web server when uploads are on). */
  uploads?: UploadUrlSigner;
  /** Starts sign-ins for `page.login` (set by the web server). @internal */
  oauth?: LoginService;
  /**
   * Sees each event a client sends, before it is handled (`flet-ts run --record` sets it).
   * @internal
   */
  onClientEvent?: SessionContext["onClientEvent"];
}

/** What signs upload URLs for `page.getUploadUrl`. */
export interface UploadUrlSigner {
  /** A signed URL (path and query) letting `sessionId` upload `fileName` within `expiresSeconds`. */
  sign(sessionId: string, fileName: string, expiresSeconds: number): string;
}

/** Facts about a connection that only the server knows. */
export interface ConnectionInfo {
  ip?: string;
  userAgent?: string;
}

/**
 * Runs an app's sessions over any transport: it answers `register` frames by creating a
 * session (ids and tokens from 128 and 256 random bits) or resuming one (the token is
 * compared in constant time), keeps disconnected sessions for `sessionTimeout`, and
 * closes everything on `close()`. HTTP servers, WebSocket endpoints and the tester are
 * built on it.
 *
 * @example
 * ```ts
 * const host = new AppHost((page) => page.add(new ft.Text("Hi")));
 * const [server, client] = createMemoryTransportPair(); // from "flet-ts/protocol"
 * host.connect(server);
 * ```
 */
export class AppHost {
  readonly #main: AppMain;
  readonly #store: SessionStore;
  readonly #newSessions: KeyedRateLimit;
  readonly #context: SessionContext;
  readonly #options: AppHostOptions;
  readonly #workers: WorkerPool;
  readonly #hub: PubSubHub;
  readonly #ownsHub: boolean;
  #closed = false;

  constructor(main: AppMain, options: AppHostOptions = {}) {
    this.#main = main;
    this.#options = options;
    this.#workers = new WorkerPool(options.executor);
    this.#ownsHub = options.pubsub === undefined;
    this.#hub = options.pubsub ?? new PubSubHub();
    const timeoutMs = (options.sessionTimeout ?? 3600) * 1000;
    this.#store = new SessionStore({
      timeoutMs,
      idleTimeoutMs: (options.idleSessionTimeout ?? 60) * 1000,
      maxDetached: options.maxDetachedSessions ?? 10_000,
    });
    this.#newSessions = new KeyedRateLimit(
      options.newSessionsPerClient ?? { perSecond: 10, burst: 100 },
    );
    this.#context = {
      main,
      hub: this.#hub,
      workers: this.#workers,
      logger: safeLogger(options.logger ?? consoleLogger),
      dev: options.dev ?? false,
      callTimeoutMs: options.callTimeout ?? 10_000,
      replayBatches: options.replayBatches ?? 512,
      replayBytes: options.replayBytes ?? 2 * 1024 * 1024,
      maxPendingEvents: options.maxPendingEvents ?? 1_000,
      limits: options.limits ?? {},
      framesPerConnection: options.framesPerConnection ?? { perSecond: 250, burst: 500 },
      uploads: options.uploads,
      oauth: options.oauth,
      onClientEvent: options.onClientEvent,
    };
  }

  /** The app's main function. */
  get main(): AppMain {
    return this.#main;
  }

  /**
   * Number of live sessions (connected or waiting for their browser to come back).
   *
   * @example
   * ```ts
   * app.get("/api/health", (_req, res) => res.json({ sessions: web.host.sessionCount }));
   * ```
   */
  get sessionCount(): number {
    return this.#store.sessions.size;
  }

  /** Number of disconnected sessions waiting for their browser (within `sessionCount`). */
  get waitingSessionCount(): number {
    return this.#store.waiting;
  }

  /** Live sessions by id. @internal */
  get sessions(): ReadonlyMap<string, Session> {
    return this.#store.sessions;
  }

  /** Accepts a new connection; the first frame must be `register`. */
  connect(transport: Transport, info: ConnectionInfo = {}): void {
    if (this.#closed) {
      transport.close(1001, "server is shutting down");
      return;
    }
    const timer = setTimeout(() => {
      subscription.unsubscribe();
      this.#refuse(
        transport,
        new FletError(
          ErrorCode.PROTOCOL_UNEXPECTED,
          "Expected a register frame first, but none came in time.",
        ),
      );
    }, this.#options.registerTimeout ?? 10_000);
    const subscription = transport.messages.subscribe({
      next: (frame) => {
        clearTimeout(timer);
        subscription.unsubscribe();
        this.#register(transport, frame, info);
      },
      complete: () => clearTimeout(timer),
    });
  }

  #refuse(transport: Transport, error: FletError): void {
    transport.send(
      encodeMessage({ type: "error", code: error.code, message: error.message, fatal: true }),
    );
    transport.close(4400, error.code);
  }

  #register(transport: Transport, frame: string, info: ConnectionInfo): void {
    let message: RegisterMessage;
    try {
      const decoded = decodeClientMessage(frame, this.#context.limits);
      if (decoded.type !== "register") {
        throw new FletError(
          ErrorCode.PROTOCOL_UNEXPECTED,
          `Expected a register frame first, but got "${decoded.type}".`,
        );
      }
      message = decoded;
      if (message.v !== PROTOCOL_VERSION) {
        throw new FletError(
          ErrorCode.PROTOCOL_VERSION,
          `Expected protocol version ${PROTOCOL_VERSION}, but the client speaks ${message.v}. Reload the page to get the matching client.`,
        );
      }
      // Browsers say which packs their bundle holds; other clients (the tester) do not.
      const held = message.client.packs;
      if (held !== null && typeof held === "object") {
        const mismatches = packMismatches(registeredPacks(), held);
        if (mismatches.length > 0) {
          this.#context.logger.warn(
            `Refused a browser with out-of-date packs: ${mismatches.map((m) => `${m.pack} ${m.client} (server ${m.server})`).join(", ")}`,
          );
          throw new FletError(ErrorCode.PACK_VERSION, describeMismatches(mismatches), {
            mismatches,
          });
        }
      }
    } catch (error) {
      this.#refuse(transport, error as FletError);
      return;
    }
    const client: ClientInfo = {
      ...message.client,
      ip: info.ip,
      userAgent: info.userAgent ?? message.client.userAgent,
    };
    message = { ...message, client };
    if (message.sessionId !== undefined) {
      const session = this.#store.sessions.get(message.sessionId);
      if (session === undefined || !sameSecret(session.token, message.token ?? "")) {
        this.#refuse(
          transport,
          new FletError(
            ErrorCode.SESSION_UNKNOWN,
            "Expected a live session to resume, but this one has expired or its token does not match. Reload the page to start a new session.",
          ),
        );
        return;
      }
      this.#store.attached(session);
      session.rotateToken(randomToken(32));
      session.attach(transport, message);
      return;
    }
    const session = this.#newSession(info.ip);
    if (session instanceof FletError) {
      this.#refuse(transport, session);
      return;
    }
    session.attach(transport, message);
  }

  /**
   * Starts a session before any browser connects (a server-rendered first view): runs
   * `main` for `client` (up to `timeoutMs`) and returns the session, detached, so it
   * expires like any session whose browser never came (`idleSessionTimeout`). The
   * browser resumes it with its id and token. `undefined` when the session limits refuse
   * a new session now. @internal
   */
  async prestart(client: ClientInfo, timeoutMs: number): Promise<Session | undefined> {
    if (this.#closed) return undefined;
    const session = this.#newSession(client.ip);
    if (session instanceof FletError) return undefined;
    this.#store.detached(session);
    await session.prestart(client, timeoutMs);
    return session;
  }

  /** A new session in the store, or the error refusing it (rate and session limits). */
  #newSession(ip: string | undefined): Session | FletError {
    if (ip !== undefined && !this.#newSessions.take(ip)) {
      const rate = this.#options.newSessionsPerClient ?? { perSecond: 10, burst: 100 };
      return new FletError(
        ErrorCode.SESSION_LIMIT,
        `Expected at most ${rate.burst} new sessions at once and ${rate.perSecond} per second from one client, but ${ip} opened more (newSessionsPerClient). The browser tries again.`,
        { client: ip },
      );
    }
    const limit = this.#options.maxSessions ?? 100_000;
    // At the limit, a new visitor takes the place of the session that waited longest.
    if (this.#store.sessions.size >= limit && !this.#store.evictOldest()) {
      return new FletError(
        ErrorCode.SESSION_LIMIT,
        `Expected room for a new session, but the server already holds its limit of ${limit} (maxSessions), all connected. The browser tries again; to allow more sessions, raise maxSessions or run more processes.`,
        { limit },
      );
    }
    const session = new Session(randomToken(16), randomToken(32), this.#context);
    this.#store.add(session);
    session.onDetach = () => {
      if (!this.#closed && !session.closed) this.#store.detached(session);
    };
    return session;
  }

  /** Ends one session now. */
  async closeSession(id: string): Promise<void> {
    await this.#store.end(id);
  }

  /**
   * Stops accepting connections and closes every session (running `willUnmount()` and
   * `onClose`), then stops the worker pool. `onClose` handlers get `grace` ms to settle.
   */
  async close(grace = 5_000): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const sessions = this.#store.clear();
    const closing = Promise.all(
      sessions.map((session) => session.close("server is shutting down")),
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([closing, new Promise((resolve) => (timer = setTimeout(resolve, grace)))]);
    clearTimeout(timer);
    if (this.#ownsHub) this.#hub.close();
    await this.#workers.close();
  }
}
