import { Subject } from "rxjs";
import {
  ClientConnection,
  type ClientUpdate,
  type ConnectionState,
} from "../client/client-connection.js";
import { ErrorCode } from "../core/errors.js";
import type { BrowserConfig } from "../protocol/browser-config.js";
import type { ClientInfo } from "../protocol/messages.js";
import { PAGE_ID, type WireNode } from "../protocol/wire.js";
import type { Transport } from "../transport/transport.js";
import { backoffDelay } from "./backoff.js";
import { BrowserCalls } from "./calls.js";
import { DomRuntime } from "./dom-runtime.js";
import { linkBaseFonts } from "./fonts.js";
import { IdentityStore, type TabIdentity } from "./identity.js";
import { PageController } from "./page-controller.js";
import { detectPlatform } from "./platform.js";
import { StatusUi } from "./status-ui.js";
import { WebSocketTransport, webSocketUrl } from "./ws-transport.js";

/** Close code the server uses when a newer connection took the session over. */
const REPLACED = 4000;

/** Refusals the status line already explains: never shown as an error box, even in dev. */
const CONNECTION_ERRORS: ReadonlySet<string> = new Set([
  ErrorCode.SESSION_UNKNOWN,
  ErrorCode.SESSION_LIMIT,
]);

/**
 * The browser client: connects the protocol client to the DOM runtime, the page
 * controller and the status UI, keeps the tab's identity for reloads, and reconnects
 * with exponential backoff (0.5 s doubling, capped at 10 s, with jitter).
 */
export class BrowserClient {
  readonly config: BrowserConfig;
  /** @internal */
  readonly runtime: DomRuntime;
  /** @internal */
  readonly page: PageController;
  readonly #ui: StatusUi;
  readonly #identity: IdentityStore;
  readonly #mount: HTMLElement;
  #connection!: ClientConnection;
  #transport: (Transport & { readonly closeCode?: number }) | undefined;
  /** Use SSE + POST: forced by the app, or after WebSockets failed to open twice. */
  #sse: boolean;
  #socketFailures = 0;
  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #everOnline = false;
  #resumingAfterReload = false;
  #savedSeq = 0;
  /** A frame is asked for to place the live page (see `#place`). */
  #waiting = false;

  constructor(config: BrowserConfig, mount: HTMLElement) {
    this.config = config;
    this.#mount = mount;
    this.#sse = config.transport === "sse";
    this.#ui = new StatusUi(mount);
    this.#identity = new IdentityStore(config.appPath, safeSessionStorage());
    linkBaseFonts(config.appPath, config.useColorEmoji);
    // The page controller reads the page before the first connection exists.
    const node = (id: string): WireNode | undefined => this.#connection?.replica.node(id);
    this.page = new PageController(config, {
      node,
      send: (event, data, props) => this.send(PAGE_ID, event, data, props),
    });
    const page = this.page;
    this.runtime = new DomRuntime({
      node,
      send: (target, event, data, props) => this.send(target, event, data, props),
      get platform() {
        return String(node(PAGE_ID)?.[1].platform ?? detectPlatform(navigator.userAgent));
      },
      get dark() {
        return page.dark;
      },
      rendered: (id, changed) => this.#rendered(id, changed),
      failed: (error, id) => this.#rendererFailed(error, id),
    });
    window.addEventListener("pagehide", () => this.#identity.markClosed());
    window.addEventListener("pageshow", (event) => event.persisted && this.#identity.markLive());
    window.addEventListener("online", () => this.#reconnectNow());
    // A reload resumes the tab's session; else the one whose first view the server drew.
    this.#start(this.#identity.claim() ?? (config.ssr && { ...config.ssr, seq: 0 }));
    // No frame can arrive before this returns: the theme is in place before the page is.
    this.page.applyTheme();
  }

  /** The protocol client in use. */
  get connection(): ClientConnection {
    return this.#connection;
  }

  /** Sends a user event; it waits in the outbox while offline. */
  send(target: string, event: string, data?: unknown, props?: Record<string, unknown>): void {
    const seq = this.#connection.sendEvent(target, event, data, props);
    this.#save(seq);
  }

  #start(identity: TabIdentity | undefined): void {
    this.#connection = new ClientConnection(
      new BrowserCalls(
        (id) => this.runtime.element(id),
        (id, method) => this.runtime.method(id, method),
        (id) => this.runtime.whenDrawn(id),
      ),
      // The replica tells the dirty set what each operation touched (one pointer parse).
      // A lost session (server restart, expiry) is replaced by a new one that gets what
      // the user typed. Under `flet-ts run -r` a restart means new code: reload instead.
      {
        resyncOnError: true,
        touched: this.runtime.dirty,
        restoreExpired: !this.config.hotReload,
      },
    );
    this.#resumingAfterReload = identity !== undefined;
    this.#savedSeq = identity?.seq ?? 0;
    if (identity !== undefined) this.#connection.restore(identity.sessionId, identity.token);
    const connection = this.#connection;
    connection.updates.subscribe({
      next: (update) => {
        if (this.#connection === connection) this.#update(update);
      },
      error: () => {},
    });
    this.#connect();
  }

  #connect(): void {
    this.#timer = undefined;
    if (this.#sse) return void this.#connectSse();
    if (this.config.transport === "worker") return void this.#connectWorker();
    this.#transport = new WebSocketTransport(webSocketUrl(this.config.wsPath));
    this.#connection.connect(this.#transport, this.#clientInfo());
  }

  /** SSE + POST, loaded only when needed (it is not in the start bundle). */
  async #connectSse(): Promise<void> {
    const connection = this.#connection;
    const { SseTransport } = await import("./sse-transport.js");
    if (this.#connection !== connection) return;
    this.#transport = new SseTransport(`${this.config.wsPath}/sse`, new Subject<string>());
    connection.connect(this.#transport, this.#clientInfo());
  }

  /** A static build: the app runs in a Worker; each connection is a MessagePort (loaded only then). */
  async #connectWorker(): Promise<void> {
    const connection = this.#connection;
    const { connectWorker } = await import("./worker-transport.js");
    if (this.#connection !== connection) return;
    this.#transport = connectWorker(
      this.config.workerUrl ?? "_flet/app-worker.js",
      new Subject<string>(),
    );
    connection.connect(this.#transport, this.#clientInfo());
  }

  /**
   * Counts WebSockets that closed before opening; two in a row switch to SSE. A fallback
   * stream that cannot open either (the server is down, not a proxy) goes back to trying
   * WebSockets, so a restart does not leave the tab on SSE for good.
   */
  #countSocketFailure(): void {
    const transport = this.#transport as { opened?: boolean } | undefined;
    if (this.config.transport !== "auto" && this.config.transport !== undefined) return;
    if (transport?.opened !== false) return void (this.#socketFailures = 0);
    if (this.#sse) {
      this.#sse = false;
      this.#socketFailures = 0;
    } else if (++this.#socketFailures >= 2) this.#sse = true;
  }

  #clientInfo(): ClientInfo {
    const hints = (navigator as { userAgentData?: { platform?: string } }).userAgentData;
    return {
      route: this.page.routes.current,
      width: window.innerWidth,
      height: window.innerHeight,
      platform: detectPlatform(navigator.userAgent, hints?.platform, navigator.maxTouchPoints),
      platformBrightness: this.page.systemBrightness,
      web: true,
      pwa: window.matchMedia("(display-mode: standalone)").matches,
      userAgent: navigator.userAgent,
      packs: this.config.packs,
    };
  }

  #update(update: ClientUpdate): void {
    switch (update.kind) {
      case "reset":
        this.page.reset();
        this.runtime.reset(PAGE_ID);
        return;
      case "patch":
        this.runtime.schedule();
        return;
      case "error":
        if (this.config.dev && !CONNECTION_ERRORS.has(update.error.code)) {
          this.#ui.error(update.error);
        }
        return;
      case "state":
        this.#state(update.state);
        return;
    }
  }

  #state(state: ConnectionState): void {
    switch (state) {
      case "online":
        this.#attempt = 0;
        this.#everOnline = true;
        this.#resumingAfterReload = false;
        this.#ui.status(undefined);
        this.#save(this.#connection.pendingEvents.at(-1)?.seq);
        return;
      case "offline":
        if (this.#transport?.closeCode === REPLACED) {
          this.#startOver();
          return;
        }
        this.#countSocketFailure();
        this.#ui.status(this.#everOnline ? "Reconnecting…" : "Connecting…");
        this.#timer ??= setTimeout(() => this.#connect(), backoffDelay(this.#attempt++));
        return;
      case "busy":
        // The server is full: no session was made, so try again (with backoff) as new.
        this.#ui.status("The server is busy. Trying again…");
        this.#timer ??= setTimeout(() => this.#connect(), backoffDelay(this.#attempt++));
        return;
      case "expired":
        // Under `flet-ts run -r` the server restarted with new code: load it, same route.
        if (this.config.hotReload) {
          // Forget the dead session, or the reloaded page would try to resume it again.
          this.#identity.clear();
          window.location.reload();
          return;
        }
        // A reload after the server forgot the session simply starts a new one.
        if (this.#resumingAfterReload) {
          this.#startOver();
          return;
        }
        this.#identity.clear();
        this.#ui.prompt("Session expired", "This page lost its session. Reload to start again.");
        return;
      case "refused": {
        this.#identity.clear();
        const refusal = this.#connection.refusal;
        this.#ui.prompt(
          "This page is out of date",
          refusal?.message ?? "The server runs a newer version. Reload to get it.",
        );
        return;
      }
      case "failed":
        this.#identity.clear();
        this.#ui.prompt("Connection failed", "The page and the server disagree. Reload to fix it.");
        return;
      default:
        return;
    }
  }

  /** Another tab (a duplicate) took this session, or it is gone: start a new one. */
  #startOver(): void {
    this.#identity.clear();
    this.#transport?.close();
    this.#start(undefined);
  }

  #reconnectNow(): void {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#connect();
  }

  #save(seq: number | undefined): void {
    const { sessionId, token } = this.#connection;
    if (sessionId === undefined || token === undefined) return;
    this.#savedSeq = Math.max(this.#savedSeq, seq ?? 0);
    this.#identity.save({ sessionId, token, seq: this.#savedSeq });
  }

  #rendered(id: string, changed: ReadonlySet<string>): void {
    if (id !== PAGE_ID) return;
    this.#place();
    this.page.pageChanged(changed);
  }

  /**
   * Puts the live page in. A server-rendered page stays until the live one has drawn
   * what is still loading (lazy renderers and parts marked `aria-busy`; at most 2 s),
   * then leaves in the frame the live one comes: nothing flickers or moves.
   */
  #place(since = performance.now()): void {
    const element = this.runtime.element(PAGE_ID);
    if (!element || element.parentElement === this.#mount) return;
    const ssr = this.#mount.querySelector(":scope>[data-flet-ssr]");
    if (ssr && performance.now() - since < 2e3 && element.querySelector("[aria-busy=true]")) {
      if (!this.#waiting) {
        this.#waiting = true;
        requestAnimationFrame(() => {
          this.#waiting = false;
          this.#place(since);
        });
      }
      return;
    }
    ssr?.remove();
    this.#mount.prepend(element);
  }

  #rendererFailed(error: unknown, id: string): void {
    console.error(`flet-ts: the renderer of control ${id} failed`, error);
    if (!this.config.dev) return;
    const message = error instanceof Error ? error.message : String(error);
    const stack = error instanceof Error ? error.stack : undefined;
    this.#ui.error({ type: "error", code: "RENDERER", message: `${id}: ${message}`, stack });
  }
}

function safeSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
