import type { Subscription } from "rxjs";
import type { LoginService } from "../auth/page-auth.js";
import type { Control } from "../core/control.js";
import { ControlEvent } from "../core/control-event.js";
import { ErrorCode, FletError } from "../core/errors.js";
import type { ControlHost } from "../core/internals.js";
import { Page } from "../page/page.js";
import type { PageRestoreEvent } from "../page/page-events.js";
import { type CodecLimits, decodeClientMessage, encodeMessage } from "../protocol/codec.js";
import type {
  ClientInfo,
  ClientMessage,
  EventMessage,
  PatchMessage,
  RegisterMessage,
  RestoreData,
  ServerMessage,
} from "../protocol/messages.js";
import { toWireBatch } from "../protocol/wire.js";
import type { Transport } from "../transport/transport.js";
import { Reconciler } from "../tree/reconciler.js";
import { TreeStore } from "../tree/tree-store.js";
import { ClientCalls } from "./client-calls.js";
import { takeClientInfo } from "./client-info.js";
import { EventIntake } from "./event-intake.js";
import type { WorkerPool } from "./executor.js";
import type { Logger } from "./logger.js";
import type { PubSubHub } from "./pubsub.js";
import { type RateLimit, TokenBucket } from "./rate-limit.js";
import { ReplayLog } from "./replay-log.js";
import { applyRestore } from "./restore.js";
import { ResyncGate } from "./resync-gate.js";
import { LogBudget } from "./safe-logger.js";
import { createPageServices } from "./session-services.js";
import { TaskRunner } from "./task-runner.js";

/** Everything a session needs from its app. @internal */
export interface SessionContext {
  readonly main: (page: Page) => void | Promise<void>;
  readonly hub: PubSubHub;
  readonly workers: WorkerPool;
  readonly logger: Logger;
  readonly dev: boolean;
  /** Milliseconds a server-to-client call waits for its result. */
  readonly callTimeoutMs: number;
  /** Most patch batches kept for replay on reconnect. */
  readonly replayBatches: number;
  /** Most bytes of patch frames kept for replay. */
  readonly replayBytes: number;
  /** Most async handlers running at once before events are refused. */
  readonly maxPendingEvents: number;
  /** Frame size and depth limits. */
  readonly limits: CodecLimits;
  /** Frames one connection may send; past it the connection is closed (1008). */
  readonly framesPerConnection: RateLimit;
  /** Signs upload URLs, when uploads are on. */
  readonly uploads?: { sign(sessionId: string, fileName: string, expiresSeconds: number): string };
  /** Starts sign-ins, when the app is served over HTTP. */
  readonly oauth?: LoginService;
  /** Sees each event from the client before it is handled (the session recorder). */
  readonly onClientEvent?: (session: Session, event: EventMessage) => void;
}

/**
 * One user's session: the page and its control tree, and the connection to the browser
 * that shows them. Transports come and go (reconnects, reloads); the session stays until
 * it closes. It composes the parts that do the work:
 *
 * ```
 *  transport ──frames──► Session (routing, attach/resume/welcome, close)
 *                          ├─ EventIntake   seq, back-pressure, two-way values → handlers
 *                          ├─ TaskRunner    handlers, tasks, threads; errors → page.onError
 *                          ├─ Reconciler    dirty controls → TreeChanges → TreeStore.commit
 *                          ├─ ReplayLog     the last patch frames, replayed on resume
 *                          └─ ClientCalls   server → browser calls and their results
 * ```
 *
 * @internal
 */
export class Session implements ControlHost {
  /** The session id (128 random bits, base64url): public, sent in every welcome. */
  readonly id: string;
  #token: string;
  /** The root control, handed to `main(page)`. */
  readonly page: Page;
  /** The committed tree: the browser's replica is a copy of it. */
  readonly store = new TreeStore();
  /** Turns the page's controls into patches of {@link store}. */
  readonly reconciler: Reconciler;
  /** Runs the session's handlers and tasks, and reports their errors. */
  readonly runner: TaskRunner;
  readonly #intake: EventIntake;
  readonly #calls: ClientCalls;
  readonly #log: ReplayLog;
  readonly #context: SessionContext;
  /** Protocol errors are the client's doing: at most 10 logged per minute per session. */
  readonly #logBudget = new LogBudget(10, 60_000);
  /** Full snapshots asked for by the client: at most one per second. */
  readonly #resync = new ResyncGate(1_000, () => this.#welcome());
  readonly #abort = new AbortController();
  #transport: Transport | undefined;
  #subscription: Subscription | undefined;
  #flushing = false;
  #flushAgain = false;
  #closed = false;
  #started = false;
  /** Started by {@link prestart}: no browser has attached yet. */
  #prestarted = false;

  constructor(id: string, token: string, context: SessionContext) {
    this.id = id;
    this.#token = token;
    this.#context = context;
    this.#log = new ReplayLog(context.replayBatches, context.replayBytes);
    this.#calls = new ClientCalls(context.callTimeoutMs, (frame) => this.#sendFrame(frame));
    this.page = new Page(
      createPageServices({
        id,
        context,
        signal: this.#abort.signal,
        runner: () => this.runner,
        call: (method, args, target) => this.call(method, args, target),
        control: (controlId) => this.reconciler.control(controlId),
      }),
    );
    this.runner = new TaskRunner({
      page: this.page,
      logger: context.logger,
      dev: context.dev,
      signal: this.#abort.signal,
      closed: () => this.#closed,
      closedError: () => this.#closedError(),
      flush: () => this.flush(),
      send: (message) => this.#send(message),
    });
    this.reconciler = new Reconciler(this.store, {
      host: this,
      root: this.page,
      dev: context.dev,
      warn: (message) => context.logger.warn(message),
      reportError: (error, source) => this.runner.reportError(error, source),
    });
    this.#intake = new EventIntake({
      page: this.page,
      reconciler: this.reconciler,
      runner: this.runner,
      maxPendingEvents: context.maxPendingEvents,
      send: (message) => this.#send(message),
      protocolError: (error, seq) => this.#protocolError(error, seq),
      followRoute: (route) => this.#followRoute(route),
    });
    this.reconciler.mountRoot();
  }

  /** The root control. */
  get root(): Control {
    return this.page;
  }

  /** True once the session has ended. */
  get closed(): boolean {
    return this.#closed;
  }

  /** Async handlers of this session that have not settled yet. */
  get pendingHandlers(): number {
    return this.runner.pending;
  }

  /** True while a transport is attached. */
  get connected(): boolean {
    return this.#transport?.open === true;
  }

  /** Number of mounted controls. */
  get size(): number {
    return this.reconciler.size;
  }

  /** The mounted control with this id. */
  control(id: string): Control | undefined {
    return this.reconciler.control(id);
  }

  // ── Connections ──────────────────────────────────────────────────────────────────

  /**
   * Attaches a transport after a `register` frame. A fresh session is welcomed with a
   * snapshot; a resumed one gets the batches it missed (or a snapshot when the log no
   * longer reaches back that far).
   */
  attach(transport: Transport, register: RegisterMessage): void {
    const previous = this.#transport;
    this.#subscription?.unsubscribe();
    this.#transport = transport;
    if (previous && previous !== transport) previous.close(4000, "replaced by a newer connection");
    const frames = new TokenBucket(this.#context.framesPerConnection);
    this.#subscription = transport.messages.subscribe({
      next: (frame) => {
        // A flood: cut the connection, keep the session. The browser reconnects and
        // re-sends the events not yet handled, so a real user loses nothing.
        if (!frames.take()) return transport.close(1008, "too many frames");
        this.#receive(frame);
      },
      complete: () => this.#detached(transport),
    });
    // What the browser reports must be in its first snapshot.
    if (!this.#started || this.#prestarted)
      this.reconciler.applySilently(this.page, takeClientInfo(this.page, register.client));
    const prestarted = this.#prestarted;
    this.#prestarted = false;
    const resuming = register.sessionId === this.id && register.revision !== undefined;
    const from = register.revision ?? -1;
    const missed = resuming ? this.#log.since(from, this.store.revision) : undefined;
    if (missed !== undefined) {
      const ack = this.#intake.lastSeq;
      this.#send({ type: "resume", sessionId: this.id, token: this.#token, revision: from, ack });
      for (const frame of missed) transport.send(frame);
    } else {
      this.#welcome();
    }
    for (const frame of this.#calls.pendingFrames()) transport.send(frame);
    if (!this.#started) {
      this.#started = true;
      const restore = register.restore;
      void this.runner.runHandler(this.#context.main, [this.page], "main").then(() => {
        if (restore !== undefined) this.#restore(restore);
      });
    } else if (!prestarted) {
      // A tab reloaded at another address (typed, or a link) resumes at that route.
      if (register.client.route !== this.page.route) this.#followRoute(register.client.route);
      this.#fire("onConnect", "connect");
    }
  }

  /**
   * Runs `main` before any browser attached, for a server-rendered first view: `client`
   * is what the server knows (route, user agent). Resolves once `main` settled or after
   * `timeoutMs`, with what it built so far committed. The browser then attaches with the
   * session id and token and is welcomed with a snapshot; what it reports (size,
   * brightness) is taken in silently then, and `onConnect` does not fire for that first
   * attach.
   */
  async prestart(client: ClientInfo, timeoutMs: number): Promise<void> {
    this.reconciler.applySilently(this.page, takeClientInfo(this.page, client));
    this.#started = true;
    this.#prestarted = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      this.runner.runHandler(this.#context.main, [this.page], "main"),
      new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timer);
    this.flush();
  }

  /** The resume token (256 random bits): a secret only the session's tab holds. */
  get token(): string {
    return this.#token;
  }

  /**
   * Replaces the resume token (each resume does, before it attaches): the old one is
   * dead at once, so a token seen once cannot take the session over later.
   */
  rotateToken(token: string): void {
    this.#token = token;
  }

  /** True once the browser sent an event: a user was here (idle sessions expire sooner). */
  get interacted(): boolean {
    return this.#intake.lastSeq > 0;
  }

  /** Sets a lost session's input into the new page, then fires `page.onRestore`. */
  #restore(data: RestoreData): void {
    let event: PageRestoreEvent | undefined;
    const target = {
      page: this.page,
      node: (id: string) => this.store.node(id),
      control: (id: string) => this.reconciler.control(id),
    };
    const apply = () => void (event = applyRestore(target, data));
    void this.runner.runHandler(apply, [], "restore").then(() => {
      const handler = this.page.onRestore;
      if (handler !== undefined && event !== undefined)
        void this.runner.runHandler(handler, [event], "restore handler of Page");
    });
  }

  /** Called when the transport goes away (the app host starts the expiry clock). */
  onDetach: (() => void) | undefined;

  /** The browser shows `route` (back, forward, a new address): the page follows it. */
  #followRoute(route: unknown): void {
    if (typeof route !== "string" || !route.startsWith("/")) return;
    this.reconciler.applySilently(this.page, { route });
    this.page.routeChanged(route);
    this.flush();
  }

  #welcome(): void {
    this.#send({
      type: "welcome",
      sessionId: this.id,
      token: this.#token,
      revision: this.store.revision,
      tree: this.store.snapshot(),
      ack: this.#intake.lastSeq,
    });
  }

  #detached(transport: Transport): void {
    if (this.#transport !== transport) return;
    this.#resync.cancel();
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
    this.#transport = undefined;
    if (!this.#closed) this.#fire("onDisconnect", "disconnect");
    this.onDetach?.();
  }

  #sendFrame(frame: string): void {
    if (this.#transport?.open) this.#transport.send(frame);
  }

  #send(message: ServerMessage): void {
    if (this.#transport?.open) this.#transport.send(encodeMessage(message));
  }

  #protocolError(error: unknown, seq?: number): void {
    const fletError =
      error instanceof FletError
        ? error
        : new FletError(ErrorCode.PROTOCOL_MALFORMED, String((error as Error)?.message ?? error));
    this.#logBudget.warn(
      this.#context.logger,
      `session ${this.id.slice(0, 8)}: ${fletError.message}`,
    );
    this.#send({
      type: "error",
      code: fletError.code,
      message: fletError.message,
      ...(seq ? { seq } : {}),
    });
  }

  #receive(frame: string): void {
    let message: ClientMessage;
    try {
      message = decodeClientMessage(frame, this.#context.limits);
    } catch (error) {
      this.#protocolError(error);
      return;
    }
    switch (message.type) {
      case "event":
        this.#context.onClientEvent?.(this, message);
        this.#intake.receive(message);
        return;
      case "resync":
        this.#resync.request();
        return;
      case "result":
        this.#calls.settle(message);
        return;
      case "register":
        this.#protocolError(
          new FletError(
            ErrorCode.PROTOCOL_UNEXPECTED,
            "Expected one register frame per connection, but got a second one. Open a new connection to register again.",
          ),
        );
        return;
    }
  }

  // ── Running app code ─────────────────────────────────────────────────────────────

  #fire(handlerName: "onConnect" | "onDisconnect" | "onClose", name: string): Promise<void> {
    const handler = this.page[handlerName];
    if (handler === undefined) return Promise.resolve();
    return this.runner.runHandler(
      handler,
      [new ControlEvent(this.page, name)],
      `${name} handler of Page`,
    );
  }

  /** Asks the client to run `method`; resolves to its result. */
  call(method: string, args: Record<string, unknown>, target?: string): Promise<unknown> {
    if (this.#closed) return Promise.reject(this.#closedError());
    return this.#calls.call(method, args, target);
  }

  // ── Committing changes ───────────────────────────────────────────────────────────

  /** Remembers that a mounted control has pending changes. */
  markDirty(control: Control): void {
    this.reconciler.markDirty(control);
  }

  /**
   * Commits every pending change as one batch and sends it. `scope` limits the
   * `beforeUpdate()` hooks run to that control's subtree (plus controls with changes).
   */
  flush(scope?: Control): void {
    if (this.#closed) return;
    if (this.#flushing) {
      this.#flushAgain = true;
      return;
    }
    this.#flushing = true;
    let mounted: Control[];
    try {
      const reconciled = this.reconciler.reconcile(scope);
      mounted = reconciled.mounted;
      const batch = reconciled.batch;
      if (batch) {
        const { ops, nodes } = toWireBatch(batch.ops);
        const message: PatchMessage = { type: "patch", rev: batch.revision, ops };
        if (nodes !== undefined) message.nodes = nodes;
        // Events handled since the last frame are confirmed by this one.
        const ack = this.#intake.confirm();
        if (ack !== undefined) message.ack = ack;
        const frame = encodeMessage(message);
        this.#log.remember(batch.revision, frame);
        this.#sendFrame(frame);
      } else {
        this.#intake.ack();
      }
    } catch (error) {
      this.runner.reportError(error, "update");
      return;
    } finally {
      this.#flushing = false;
    }
    this.reconciler.didMount(mounted);
    if (this.#flushAgain) {
      this.#flushAgain = false;
      this.flush();
    }
  }

  // ── Closing ──────────────────────────────────────────────────────────────────────

  #closedError(): FletError {
    return new FletError(
      ErrorCode.SESSION_CLOSED,
      `Expected session ${this.id.slice(0, 8)}… to be open, but it has closed.`,
    );
  }

  /**
   * Ends the session: aborts `page.signal` and its tasks, leaves pubsub, runs every
   * control's `willUnmount()` (children first), fires `page.onClose`, fails pending calls
   * and closes the transport. Resolves when `onClose` has settled.
   */
  async close(reason = "session closed"): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.reconciler.unmountAll();
    this.#abort.abort(this.#closedError());
    this.#context.hub.drop(this.id);
    this.#calls.failAll(this.#closedError());
    this.#subscription?.unsubscribe();
    this.#transport?.close(1000, reason);
    this.#transport = undefined;
    const onClose = this.page.onClose;
    if (onClose === undefined) return;
    try {
      await onClose(new ControlEvent(this.page, "close"));
    } catch (error) {
      this.#context.logger.error("Error in the close handler of Page", error);
    }
  }
}
