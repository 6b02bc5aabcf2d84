import { Subject, type Subscription } from "rxjs";
import { ErrorCode, type FletError } from "../core/errors.js";
import { decodeServerMessage, encodeMessage } from "../protocol/codec.js";
import {
  type CallMessage,
  type ClientInfo,
  type ClientMessage,
  type ErrorMessage,
  type EventMessage,
  type PatchMessage,
  PROTOCOL_VERSION,
  type RestoreData,
  type ServerMessage,
} from "../protocol/messages.js";
import type { Transport } from "../transport/transport.js";
import { Replica, type TouchedSink } from "./replica.js";
import { collectRestore } from "./restore-data.js";

/** Fatal errors after which reconnecting cannot help: the page itself must be reloaded. */
const REFUSALS: ReadonlySet<string> = new Set([ErrorCode.PROTOCOL_VERSION, ErrorCode.PACK_VERSION]);

/**
 * What runs the server's calls on the client side: clipboard, storage, URLs. The browser
 * implements it with web APIs; the tester with memory.
 */
export interface ClientCallHandler {
  /** Runs `method` with `args`; returns (or resolves to) its JSON result. */
  call(method: string, args: Record<string, unknown>, target?: string): unknown;
}

/** A change the connection reports to its renderer. */
export type ClientUpdate =
  | { kind: "reset" }
  | {
      kind: "patch";
      revision: number;
      /** The frame's size in UTF-16 units. */
      bytes: number;
      /** The decoded patch. */
      message: PatchMessage;
    }
  | { kind: "error"; error: ErrorMessage }
  | { kind: "state"; state: ConnectionState };

/**
 * Where a connection stands: `busy` means the server is full (it holds its most sessions)
 * and refused a new one: try again later (the browser does, with backoff);
 * `expired` means the server forgot the session (reload);
 * `refused` means the server turned the client away for good (an out-of-date page: see
 * {@link ClientConnection.refusal}); `failed` means the client gave up on a broken stream.
 */
export type ConnectionState =
  | "connecting"
  | "online"
  | "offline"
  | "busy"
  | "expired"
  | "refused"
  | "failed";

const MAX_CACHED_RESULTS = 256;

/**
 * The protocol client: registers or resumes a session over any {@link Transport}, keeps
 * the {@link Replica} in step, numbers user events and keeps them until the server
 * confirms them (so a reconnect loses nothing and doubles nothing), and answers calls.
 * The browser client and the tester's headless client are both this class.
 */
export class ClientConnection {
  /** The client's copy of the tree. */
  readonly replica = new Replica();
  /** Everything the renderer needs to react to. */
  readonly updates = new Subject<ClientUpdate>();
  #sessionId: string | undefined;
  #token: string | undefined;
  /** The session the replica belongs to (welcomed at least once over any connection). */
  #replicaSession: string | undefined;
  #resyncing = false;
  readonly #resyncOnError: boolean;
  #seq = 0;
  #acked = 0;
  readonly #outbox: EventMessage[] = [];
  readonly #results = new Map<string, { value?: unknown; error?: string }>();
  #transport: Transport | undefined;
  #subscription: Subscription | undefined;
  #state: ConnectionState = "offline";
  #refusal: ErrorMessage | undefined;
  readonly #calls: ClientCallHandler;
  readonly #touched: TouchedSink | undefined;
  readonly #restoreExpired: boolean;
  /** Two-way values the user set in this session, by control id (kept for a restore). */
  readonly #typed = new Map<string, Record<string, unknown>>();
  /** A lost session's input, handed to the next new session. */
  #pendingRestore: RestoreData | undefined;

  /**
   * @param calls - Runs the server's calls (storage, clipboard, URLs, renderer methods).
   * @param options - `resyncOnError`: when a batch skips a revision or does not apply, ask
   *   for a full snapshot and go on (the browser), instead of failing (the tester, which
   *   must fail loudly). Default false. `touched`: hears every control (and prop or slot
   *   name) each applied operation changes, from the replica's one parse of its pointer
   *   (the browser's dirty set). `restoreExpired`: when the server no longer knows the
   *   session (it restarted, or the session expired) while this client holds its tree,
   *   start a new session and hand it what the user typed and the events it never
   *   confirmed (`register.restore`; the app sees them in `page.onRestore`), instead of
   *   stopping in state `expired`. Default false.
   */
  constructor(
    calls: ClientCallHandler,
    options: { resyncOnError?: boolean; touched?: TouchedSink; restoreExpired?: boolean } = {},
  ) {
    this.#calls = calls;
    this.#resyncOnError = options.resyncOnError ?? false;
    this.#touched = options.touched;
    this.#restoreExpired = options.restoreExpired ?? false;
  }

  /** The session id, once welcomed. */
  get sessionId(): string | undefined {
    return this.#sessionId;
  }

  /** The secret resume token, once welcomed. */
  get token(): string | undefined {
    return this.#token;
  }

  /** `connecting`, `online`, `offline`, `expired`, `refused` or `failed`: see {@link ConnectionState}. */
  get state(): ConnectionState {
    return this.#state;
  }

  /** Why the server refused this client (state `refused`): its error frame, with the message to show. */
  get refusal(): ErrorMessage | undefined {
    return this.#refusal;
  }

  /** Events sent but not yet confirmed by the server. */
  get pendingEvents(): readonly EventMessage[] {
    return this.#outbox;
  }

  /**
   * Restores an identity saved elsewhere (the browser keeps it per tab, across reloads).
   * The replica is empty, so the server answers with a full snapshot; events made since
   * are numbered after the last one the server handled.
   */
  restore(sessionId: string, token: string): void {
    this.#sessionId = sessionId;
    this.#token = token;
  }

  /** Opens (or re-opens) the session over `transport`. */
  connect(transport: Transport, client: ClientInfo = {}): void {
    this.#subscription?.unsubscribe();
    this.#transport = transport;
    this.#setState("connecting");
    this.#subscription = transport.messages.subscribe({
      next: (frame) => this.#receive(frame),
      complete: () => {
        if (
          this.#transport === transport &&
          this.#state !== "busy" &&
          this.#state !== "expired" &&
          this.#state !== "refused" &&
          this.#state !== "failed"
        ) {
          this.#setState("offline");
        }
      },
    });
    const register: ClientMessage = {
      type: "register",
      v: PROTOCOL_VERSION,
      client,
      ...(this.#sessionId ? { sessionId: this.#sessionId, token: this.#token } : {}),
      // Only a replica of this very session can be brought up to date by replaying batches.
      ...(this.#sessionId && this.#replicaSession === this.#sessionId
        ? { revision: this.replica.revision }
        : {}),
      ...(!this.#sessionId && this.#pendingRestore ? { restore: this.#pendingRestore } : {}),
    };
    transport.send(encodeMessage(register));
  }

  /** Closes the current transport (the session stays on the server until it expires). */
  disconnect(): void {
    this.#transport?.close();
    this.#setState("offline");
  }

  /**
   * Sends a user event. Two-way bound `props` are applied to the replica first, as the
   * browser's widget already shows them. While offline the event waits and is sent on
   * reconnect.
   */
  sendEvent(target: string, name: string, data?: unknown, props?: Record<string, unknown>): number {
    if (props) {
      this.replica.setLocal(target, props);
      this.#typed.set(target, { ...this.#typed.get(target), ...props });
    }
    const event: EventMessage = {
      type: "event",
      seq: ++this.#seq,
      target,
      name,
      rev: this.replica.revision,
    };
    if (data !== undefined) event.data = data;
    if (props) event.props = props;
    this.#outbox.push(event);
    if (this.#state === "online") this.#transport?.send(encodeMessage(event));
    return event.seq;
  }

  #setState(state: ConnectionState): void {
    if (this.#state === state) return;
    this.#state = state;
    this.updates.next({ kind: "state", state });
  }

  #confirm(ack: number | undefined): void {
    if (ack === undefined) return;
    this.#acked = Math.max(this.#acked, ack);
    while (this.#outbox.length > 0 && this.#outbox[0]!.seq <= this.#acked) this.#outbox.shift();
  }

  #resendPending(): void {
    for (const event of this.#outbox) this.#transport?.send(encodeMessage(event));
  }

  #receive(frame: string): void {
    let message: ServerMessage;
    try {
      message = decodeServerMessage(frame);
    } catch (error) {
      this.#fail(error as FletError);
      return;
    }
    switch (message.type) {
      case "welcome":
        if (this.#replicaSession === message.sessionId) {
          this.#confirm(message.ack);
        } else {
          // A fresh page (or a new session): the server's numbering wins; renumber what waits.
          this.#seq = message.ack;
          for (const event of this.#outbox) event.seq = ++this.#seq;
          this.#acked = message.ack;
        }
        if (this.#replicaSession !== message.sessionId) this.#typed.clear();
        this.#pendingRestore = undefined;
        this.#sessionId = message.sessionId;
        this.#token = message.token;
        this.#replicaSession = message.sessionId;
        this.#resyncing = false;
        this.replica.reset(message.tree, message.revision);
        this.#setState("online");
        this.updates.next({ kind: "reset" });
        this.#resendPending();
        return;
      case "resume":
        this.#token = message.token;
        this.#confirm(message.ack);
        this.#setState("online");
        this.#resendPending();
        return;
      case "patch": {
        if (this.#resyncing) return;
        try {
          this.replica.apply(message.rev, message.ops, message.nodes, this.#touched);
        } catch (error) {
          if (!this.#resyncOnError) {
            this.#fail(error as FletError);
            return;
          }
          // Never drift silently: report, then start over from a snapshot.
          const failure = error as FletError;
          this.updates.next({
            kind: "error",
            error: { type: "error", code: failure.code, message: failure.message },
          });
          this.#resyncing = true;
          this.#transport?.send(encodeMessage({ type: "resync" }));
          return;
        }
        this.#confirm(message.ack);
        this.updates.next({ kind: "patch", revision: message.rev, bytes: frame.length, message });
        return;
      }
      case "handled":
        this.#confirm(message.seq);
        return;
      case "call":
        void this.#answer(message);
        return;
      case "error":
        if (message.code === ErrorCode.SESSION_UNKNOWN) {
          if (this.#restoreExpired && this.#replicaSession !== undefined) this.#startOver();
          else this.#setState("expired");
        } else if (message.code === ErrorCode.SESSION_LIMIT) this.#setState("busy");
        else if (message.fatal && REFUSALS.has(message.code)) {
          this.#refusal = message;
          this.#setState("refused");
        }
        this.updates.next({ kind: "error", error: message });
        return;
    }
  }

  /**
   * The server lost the session this client holds: keep what the user typed and did for
   * the next new session, and forget the old identity. The server closes this connection;
   * the next `connect()` registers anew with the restore data.
   */
  #startOver(): void {
    this.#pendingRestore = collectRestore(this.replica.tree, this.#typed, this.#outbox);
    this.#sessionId = this.#token = this.#replicaSession = undefined;
    this.#outbox.length = 0;
    this.#seq = this.#acked = 0;
    this.#typed.clear();
    this.#setState("offline");
  }

  async #answer(message: CallMessage): Promise<void> {
    let result = this.#results.get(message.id);
    if (result === undefined) {
      try {
        result = { value: await this.#calls.call(message.method, message.args, message.target) };
      } catch (error) {
        result = { error: error instanceof Error ? error.message : String(error) };
      }
      this.#results.set(message.id, result);
      if (this.#results.size > MAX_CACHED_RESULTS)
        this.#results.delete(this.#results.keys().next().value!);
    }
    this.#transport?.send(encodeMessage({ type: "result", id: message.id, ...result }));
  }

  #fail(error: FletError): void {
    this.#setState("failed");
    this.updates.next({
      kind: "error",
      error: {
        type: "error",
        code: error.code ?? ErrorCode.PROTOCOL_MALFORMED,
        message: error.message,
        fatal: true,
      },
    });
    this.updates.error(error);
    this.#transport?.close();
  }
}
