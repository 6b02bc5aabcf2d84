import type { Subscription } from "rxjs";
import type { LoginService } from "../auth/page-auth.js";
import type { Control } from "../core/control.js";
import { ControlEvent } from "../core/control-event.js";
import { ErrorCode, FletError } from "../core/errors.js";
import { $state, type ControlHost } from "../core/internals.js";
import { type CompiledSchema, compiledSchemaOf } from "../core/schema.js";
import { Page, type PageServices } from "../page/page.js";
import { PageErrorEvent, WindowResizeEvent } from "../page/page-events.js";
import { type CodecLimits, decodeClientMessage, encodeMessage } from "../protocol/codec.js";
import type {
  ClientInfo,
  ClientMessage,
  EventMessage,
  PatchMessage,
  RegisterMessage,
  ServerMessage,
} from "../protocol/messages.js";
import { toWireBatch } from "../protocol/wire.js";
import type { Transport } from "../transport/transport.js";
import { Reconciler } from "../tree/reconciler.js";
import { TreeStore } from "../tree/tree-store.js";
import { ClientStorage } from "./client-storage.js";
import { Executor, type WorkerPool } from "./executor.js";
import type { Logger } from "./logger.js";
import { PubSubClient, type PubSubHub } from "./pubsub.js";
import { SessionStorage } from "./session-storage.js";

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
  /** Signs upload URLs, when uploads are on. */
  readonly uploads?: { sign(sessionId: string, fileName: string, expiresSeconds: number): string };
  /** Starts sign-ins, when the app is served over HTTP. */
  readonly oauth?: LoginService;
}

interface PendingCall {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  timer: ReturnType<typeof setTimeout>;
  frame: string;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  value !== null &&
  typeof value === "object" &&
  typeof (value as { then?: unknown }).then === "function";

/**
 * One user's session: its page and control tree, the event dispatch, the commit of
 * changes into revisions of patches, a bounded replay log for reconnects, and the calls
 * the server makes to the client. Transports come and go; the session stays until it
 * closes.
 *
 * @internal
 */
export class Session implements ControlHost {
  readonly id: string;
  readonly token: string;
  readonly page: Page;
  readonly store = new TreeStore();
  /** Turns the page's controls into patches of {@link store}. */
  readonly reconciler: Reconciler;
  readonly #context: SessionContext;
  readonly #log: { revision: number; frame: string }[] = [];
  #logBytes = 0;
  readonly #calls = new Map<string, PendingCall>();
  readonly #abort = new AbortController();
  readonly #storage = new SessionStorage();
  #clientStorage: ClientStorage | undefined;
  #pubsub: PubSubClient | undefined;
  #executor: Executor | undefined;
  #transport: Transport | undefined;
  #subscription: Subscription | undefined;
  #nextCall = 1;
  #lastSeq = 0;
  #ackSent = 0;
  #pending = 0;
  #flushing = false;
  #flushAgain = false;
  #closed = false;
  #started = false;

  constructor(id: string, token: string, context: SessionContext) {
    this.id = id;
    this.token = token;
    this.#context = context;
    this.page = new Page(this.#services());
    this.reconciler = new Reconciler(this.store, {
      host: this,
      root: this.page,
      dev: context.dev,
      warn: (message) => context.logger.warn(message),
      reportError: (error, source) => this.reportError(error, source),
    });
    this.#mountRoot();
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
    return this.#pending;
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

  #services(): PageServices {
    const session = this;
    return {
      id: this.id,
      signal: this.#abort.signal,
      storage: this.#storage,
      get clientStorage() {
        return session.#clientStorage!;
      },
      get pubsub() {
        return session.#pubsub!;
      },
      get executor() {
        return session.#executor!;
      },
      runHandler: (handler, args, source) => this.runHandler(handler, args, source),
      runTask: (fn, args) => this.runTask(fn, args),
      runThread: (fn, args) => this.runThread(fn, args),
      call: (method, args, target) => this.call(method, args, target),
      control: (id) => this.reconciler.control(id),
      oauth: this.#context.oauth,
      uploadUrl: (fileName, expiresSeconds) =>
        this.#context.uploads?.sign(this.id, fileName, expiresSeconds),
    };
  }

  #mountRoot(): void {
    this.#clientStorage = new ClientStorage((method, args) => this.call(method, args));
    this.#pubsub = new PubSubClient(this.#context.hub, this.id, (handler, args) => {
      void this.runHandler(handler, args, "pubsub handler");
    });
    this.#executor = new Executor(this.#context.workers, this.#abort.signal);
    this.reconciler.mountRoot();
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
    this.#subscription = transport.messages.subscribe({
      next: (frame) => this.#receive(frame),
      complete: () => this.#detached(transport),
    });
    // What the browser reports must be in its first snapshot.
    if (!this.#started) this.#applyClient(register.client);
    const resuming = register.sessionId === this.id && register.revision !== undefined;
    const from = register.revision ?? -1;
    const first = this.#log[0]?.revision ?? this.store.revision + 1;
    if (resuming && from <= this.store.revision && from + 1 >= first) {
      this.#send({ type: "resume", sessionId: this.id, revision: from, ack: this.#lastSeq });
      for (const entry of this.#log) if (entry.revision > from) transport.send(entry.frame);
    } else {
      this.#welcome();
    }
    for (const call of this.#calls.values()) transport.send(call.frame);
    if (!this.#started) {
      this.#started = true;
      void this.runHandler(this.#context.main, [this.page], "main");
    } else {
      // A tab reloaded at another address (typed, or a link) resumes at that route.
      if (register.client.route !== this.page.route) this.#followRoute(register.client.route);
      this.#fire("onConnect", "connect");
    }
  }

  /** The browser shows `route` (back, forward, a new address): the page follows it. */
  #followRoute(route: unknown): void {
    if (typeof route !== "string" || !route.startsWith("/")) return;
    this.#applySilently(this.page, { route });
    this.page.routeChanged(route);
    this.flush();
  }

  #welcome(): void {
    this.#send({
      type: "welcome",
      sessionId: this.id,
      token: this.token,
      revision: this.store.revision,
      tree: this.store.snapshot(),
      ack: this.#lastSeq,
    });
  }

  #applyClient(client: ClientInfo): void {
    const details = this.page.client;
    if (typeof client.width === "number") details.width = client.width;
    if (typeof client.height === "number") details.height = client.height;
    if (client.platformBrightness === "dark" || client.platformBrightness === "light") {
      details.platformBrightness = client.platformBrightness;
    }
    if (typeof client.pwa === "boolean") details.pwa = client.pwa;
    if (typeof client.web === "boolean") details.web = client.web;
    details.clientIp = client.ip;
    details.clientUserAgent = client.userAgent;
    const props: Record<string, unknown> = {};
    if (typeof client.route === "string" && client.route.startsWith("/"))
      props.route = client.route;
    if (
      typeof client.platform === "string" &&
      compiledSchemaOf(Page).propsByName.get("platform")!.values!.includes(client.platform)
    ) {
      props.platform = client.platform;
    }
    this.#applySilently(this.page, props);
  }

  #detached(transport: Transport): void {
    if (this.#transport !== transport) return;
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
    this.#transport = undefined;
    if (!this.#closed) this.#fire("onDisconnect", "disconnect");
    this.onDetach?.();
  }

  /** Called when the transport goes away (the app host starts the expiry clock). */
  onDetach: (() => void) | undefined;

  #send(message: ServerMessage): void {
    if (this.#transport?.open) this.#transport.send(encodeMessage(message));
  }

  #protocolError(error: unknown, seq?: number): void {
    const fletError =
      error instanceof FletError
        ? error
        : new FletError(ErrorCode.PROTOCOL_MALFORMED, String((error as Error)?.message ?? error));
    this.#context.logger.warn(`session ${this.id.slice(0, 8)}: ${fletError.message}`);
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
        this.#onEvent(message);
        return;
      case "resync":
        this.#welcome();
        return;
      case "result": {
        const call = this.#calls.get(message.id);
        if (call === undefined) return;
        this.#calls.delete(message.id);
        clearTimeout(call.timer);
        if (message.error !== undefined) {
          call.reject(
            new FletError(
              ErrorCode.CALL_FAILED,
              `The browser could not complete the call: ${message.error}`,
              { id: message.id },
            ),
          );
        } else call.resolve(message.value);
        return;
      }
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

  // ── Events ───────────────────────────────────────────────────────────────────────

  #onEvent(message: EventMessage): void {
    if (message.seq <= this.#lastSeq) return; // already handled before a reconnect
    if (message.seq !== this.#lastSeq + 1) {
      this.#protocolError(
        new FletError(
          ErrorCode.PROTOCOL_OUT_OF_ORDER,
          `Expected event number ${this.#lastSeq + 1}, but got ${message.seq}. Events must arrive in order; the client resends them on reconnect.`,
          { expected: this.#lastSeq + 1, received: message.seq },
        ),
        message.seq,
      );
      return;
    }
    this.#lastSeq = message.seq;
    const control = this.reconciler.control(message.target);
    if (control === undefined) {
      this.#protocolError(
        new FletError(
          ErrorCode.EVENT_UNKNOWN_CONTROL,
          `Expected event "${message.name}" to target a control on the page, but there is no control "${message.target}" (it may have just been removed).`,
          { target: message.target, name: message.name },
        ),
        message.seq,
      );
      this.#ack();
      return;
    }
    const schema = compiledSchemaOf(control.constructor);
    const declared = schema.eventsByName.get(message.name);
    if (declared === undefined) {
      this.#protocolError(
        new FletError(
          ErrorCode.EVENT_UNKNOWN_EVENT,
          `Expected one of the events of ${control.constructor.name} (${[...schema.eventsByName.keys()].join(", ") || "none"}), but got "${message.name}".`,
          { target: message.target, name: message.name },
        ),
        message.seq,
      );
      this.#ack();
      return;
    }
    if (message.props)
      this.#applyFromClient(control, schema, message.props, message.rev ?? 0, message.seq);
    if (this.#pending >= this.#context.maxPendingEvents) {
      this.#protocolError(
        new FletError(
          ErrorCode.EVENT_QUEUE_FULL,
          `Expected at most ${this.#context.maxPendingEvents} unfinished handlers in one session, but more are running; the event "${message.name}" was dropped. Make handlers finish, or move long work to page.runTask.`,
          { limit: this.#context.maxPendingEvents },
        ),
        message.seq,
      );
      this.#ack();
      return;
    }
    const page = this.page;
    if (control === page && !this.#pageEvent(message)) {
      this.#ack();
      return;
    }
    const handler = control[$state].handlers?.[declared.handler];
    if (handler === undefined) {
      this.#ack();
      return;
    }
    const EventType = declared.type ?? ControlEvent;
    const event = new EventType(control, message.name, message.data);
    void this.runHandler(
      handler,
      [event],
      `${message.name} handler of ${control.constructor.name}#${control.uid}`,
    );
  }

  /** Page events the session itself understands. Returns false to drop the event. */
  #pageEvent(message: EventMessage): boolean {
    const details = this.page.client;
    switch (message.name) {
      case "routeChange":
        this.#followRoute(message.data);
        return false;
      case "resize": {
        const size = new WindowResizeEvent(this.page, "resize", message.data);
        details.width = size.width;
        details.height = size.height;
        return true;
      }
      case "platformBrightnessChange":
        details.platformBrightness = message.data === "dark" ? "dark" : "light";
        return true;
      case "connect":
      case "disconnect":
      case "close":
        return false; // fired by the server, never by the browser
      default:
        return true;
    }
  }

  #applyFromClient(
    control: Control,
    schema: CompiledSchema,
    props: Record<string, unknown>,
    rev: number,
    seq: number,
  ): void {
    const accepted: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(props)) {
      const declared = schema.propsByName.get(name);
      if (!declared?.twoWay) {
        this.#protocolError(
          new FletError(
            ErrorCode.PROTOCOL_MALFORMED,
            `Expected the browser to change only two-way properties of ${control.constructor.name}, but it sent "${name}". The value was ignored.`,
            { target: control.uid, prop: name },
          ),
          seq,
        );
        continue;
      }
      // The server changed this value after the browser's change was made: the server's
      // newer value is already on its way to the browser, so the stale one is dropped.
      if (this.reconciler.serverRevision(control, name) > rev) continue;
      if (control[$state].dirtyProps?.has(name)) continue;
      accepted[name] = value;
    }
    this.#applySilently(control, accepted);
  }

  #applySilently(control: Control, props: Record<string, unknown>): void {
    this.reconciler.applySilently(control, props);
  }

  #ack(): void {
    // Confirm handled events even when nothing changed, so the client can forget them.
    if (this.#ackSent === this.#lastSeq) return;
    this.#ackSent = this.#lastSeq;
    this.#send({ type: "handled", seq: this.#lastSeq });
  }

  /**
   * Runs a handler (sync or async) of this session: errors go to `page.onError`, and
   * pending changes are sent after it returns or settles.
   */
  runHandler(handler: Function, args: unknown[], source: string): Promise<void> {
    if (this.#closed) return Promise.resolve();
    let result: unknown;
    try {
      result = handler(...args);
    } catch (error) {
      this.reportError(error, source);
      this.flush();
      return Promise.resolve();
    }
    if (!isThenable(result)) {
      this.flush();
      return Promise.resolve();
    }
    this.#pending++;
    return Promise.resolve(result).then(
      () => {
        this.#pending--;
        this.flush();
      },
      (error: unknown) => {
        this.#pending--;
        if (this.#closed && this.#abort.signal.reason === error) return;
        this.reportError(error, source);
        this.flush();
      },
    );
  }

  /** Starts a task owned by the session (see `page.runTask`). */
  runTask<TResult>(
    fn: (...args: any[]) => TResult | Promise<TResult>,
    args: unknown[],
  ): Promise<TResult> {
    return this.#track(() => fn(...args), `task ${fn.name || "(anonymous)"}`);
  }

  /** Runs `fn` on a later turn of the event loop (see `page.runThread`). */
  runThread<TResult>(
    fn: (...args: any[]) => TResult | Promise<TResult>,
    args: unknown[],
  ): Promise<TResult> {
    return this.#track(
      () =>
        new Promise<TResult>((resolve, reject) =>
          setImmediate(() =>
            Promise.resolve()
              .then(() => fn(...args))
              .then(resolve, reject),
          ),
        ),
      `thread ${fn.name || "(anonymous)"}`,
    );
  }

  #track<TResult>(start: () => TResult | Promise<TResult>, source: string): Promise<TResult> {
    if (this.#closed) return Promise.reject(this.#closedError());
    let promise: Promise<TResult>;
    try {
      promise = Promise.resolve(start());
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(
      () => this.flush(),
      (error: unknown) => {
        if (this.#closed && (error === this.#abort.signal.reason || this.#abort.signal.aborted))
          return;
        this.reportError(error, source);
        this.flush();
      },
    );
    return promise;
  }

  /** Reports an error of app code: the log, `page.onError`, and the browser in dev mode. */
  reportError(error: unknown, source: string): void {
    const message = error instanceof Error ? error.message : String(error);
    this.#context.logger.error(`Error in ${source}: ${message}`, error);
    this.#send({
      type: "error",
      code: error instanceof FletError ? error.code : ErrorCode.HANDLER_FAILED,
      message: this.#context.dev
        ? `${source}: ${message}`
        : "There was an error while processing your request.",
      ...(this.#context.dev && error instanceof Error && error.stack ? { stack: error.stack } : {}),
    });
    const onError = this.page.onError;
    if (onError === undefined || source.startsWith("error handler")) return;
    try {
      const result = onError(new PageErrorEvent(this.page, "error", { error, source }));
      if (isThenable(result)) {
        Promise.resolve(result).catch((inner: unknown) =>
          this.#context.logger.error("Error in page.onError", inner),
        );
      }
    } catch (inner) {
      this.#context.logger.error("Error in page.onError", inner);
    }
  }

  #fire(handlerName: "onConnect" | "onDisconnect" | "onClose", name: string): Promise<void> {
    const handler = this.page[handlerName];
    if (handler === undefined) return Promise.resolve();
    return this.runHandler(handler, [new ControlEvent(this.page, name)], `${name} handler of Page`);
  }

  // ── Calls to the client ──────────────────────────────────────────────────────────

  /** Asks the client to run `method`; resolves to its result. */
  call(method: string, args: Record<string, unknown>, target?: string): Promise<unknown> {
    if (this.#closed) return Promise.reject(this.#closedError());
    const id = (this.#nextCall++).toString(36);
    const frame = encodeMessage({ type: "call", id, method, args, ...(target ? { target } : {}) });
    const promise = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#calls.delete(id);
        reject(
          new FletError(
            ErrorCode.CALL_TIMEOUT,
            `Expected the browser to answer "${method}" within ${this.#context.callTimeoutMs} ms, but it did not (is it offline?).`,
            { method, timeoutMs: this.#context.callTimeoutMs },
          ),
        );
      }, this.#context.callTimeoutMs);
      this.#calls.set(id, { resolve, reject, timer, frame });
    });
    // A call nobody awaits must not crash the process when it fails.
    promise.catch(() => {});
    if (this.#transport?.open) this.#transport.send(frame);
    return promise;
  }

  // ── Committing changes ───────────────────────────────────────────────────────────

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
        if (this.#ackSent !== this.#lastSeq) message.ack = this.#ackSent = this.#lastSeq;
        const frame = encodeMessage(message);
        this.#remember(batch.revision, frame);
        if (this.#transport?.open) this.#transport.send(frame);
      } else {
        this.#ack();
      }
    } catch (error) {
      this.reportError(error, "update");
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

  #remember(revision: number, frame: string): void {
    this.#log.push({ revision, frame });
    this.#logBytes += frame.length;
    while (
      this.#log.length > this.#context.replayBatches ||
      (this.#logBytes > this.#context.replayBytes && this.#log.length > 1)
    ) {
      this.#logBytes -= this.#log.shift()!.frame.length;
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
    for (const call of this.#calls.values()) {
      clearTimeout(call.timer);
      call.reject(this.#closedError());
    }
    this.#calls.clear();
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
