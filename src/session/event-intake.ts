/**
 * The way in for the browser's events: sequence numbers (each event handled exactly
 * once, in order, across reconnects), back-pressure (a bounded number of unfinished
 * handlers), the two-way stale-value rule, and the dispatch to the control's handler.
 *
 * @internal
 * @module
 */
import type { Control } from "../core/control.js";
import { ControlEvent } from "../core/control-event.js";
import { describeValue, ErrorCode, FletError } from "../core/errors.js";
import { $state } from "../core/internals.js";
import { type CompiledSchema, compiledSchemaOf } from "../core/schema.js";
import type { Page } from "../page/page.js";
import { PageMediaData, WindowResizeEvent } from "../page/page-events.js";
import type { EventMessage, ServerMessage } from "../protocol/messages.js";
import type { Reconciler } from "../tree/reconciler.js";
import { clientValueProblem } from "./client-values.js";
import type { TaskRunner } from "./task-runner.js";

/** What an {@link EventIntake} needs from its session. @internal */
export interface EventIntakeOwner {
  readonly page: Page;
  readonly reconciler: Reconciler;
  readonly runner: TaskRunner;
  /** Most async handlers running at once before events are refused. */
  readonly maxPendingEvents: number;
  /** Sends a message to the browser when it is connected. */
  send(message: ServerMessage): void;
  /** Logs a refused frame and tells the browser, with the event's `seq` when known. */
  protocolError(error: FletError, seq?: number): void;
  /** The browser shows `route` (back, forward, a typed address): the page follows it. */
  followRoute(route: unknown): void;
}

/**
 * Takes `event` frames for one session and runs their handlers.
 *
 * - **Exactly once, in order.** An event at or below the last handled `seq` was handled
 *   before a reconnect and is skipped; one that skips ahead is refused with
 *   `FLET_ERR_PROTOCOL_OUT_OF_ORDER`. Every handled `seq` is confirmed (`handled`, or the
 *   `ack` of the next patch) so the client can drop it from its outbox.
 * - **Back-pressure.** With `maxPendingEvents` handlers unfinished, a new event is
 *   dropped with `FLET_ERR_EVENT_QUEUE_FULL`.
 * - **Two-way values** (a text field's `value`) ride in the event and are written without
 *   an echo, unless the server changed the same property after the browser's change was
 *   made (the event's `rev` is older than the server's change) or has an unsent change of
 *   it: then the browser's value is stale and dropped.
 *
 * @example
 * ```ts
 * const intake = new EventIntake(owner);
 * intake.receive({ type: "event", seq: 1, target: "3", name: "click" });
 * const ack = intake.confirm(); // goes into the next patch frame
 * ```
 *
 * @internal
 */
export class EventIntake {
  readonly #owner: EventIntakeOwner;
  #lastSeq = 0;
  #ackSent = 0;

  constructor(owner: EventIntakeOwner) {
    this.#owner = owner;
  }

  /** The sequence number of the last event taken in. */
  get lastSeq(): number {
    return this.#lastSeq;
  }

  /**
   * Returns {@link lastSeq} for a frame that confirms it (a patch), and notes it as sent;
   * undefined when the client was already told (the frame then carries no `ack`).
   */
  confirm(): number | undefined {
    if (this.#ackSent === this.#lastSeq) return undefined;
    this.#ackSent = this.#lastSeq;
    return this.#lastSeq;
  }

  /** Confirms handled events even when nothing changed, so the client can forget them. */
  ack(): void {
    if (this.#ackSent === this.#lastSeq) return;
    this.#ackSent = this.#lastSeq;
    this.#owner.send({ type: "handled", seq: this.#lastSeq });
  }

  /** Takes one `event` frame: checks it, applies its two-way values, runs its handler. */
  receive(message: EventMessage): void {
    if (message.seq <= this.#lastSeq) return; // already handled before a reconnect
    const owner = this.#owner;
    if (message.seq !== this.#lastSeq + 1) {
      owner.protocolError(
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
    const control = owner.reconciler.control(message.target);
    if (control === undefined) {
      owner.protocolError(
        new FletError(
          ErrorCode.EVENT_UNKNOWN_CONTROL,
          `Expected event "${message.name}" to target a control on the page, but there is no control "${message.target}" (it may have just been removed).`,
          { target: message.target, name: message.name },
        ),
        message.seq,
      );
      this.ack();
      return;
    }
    const schema = compiledSchemaOf(control.constructor);
    const declared = schema.eventsByName.get(message.name);
    if (declared === undefined) {
      owner.protocolError(
        new FletError(
          ErrorCode.EVENT_UNKNOWN_EVENT,
          `Expected one of the events of ${control.constructor.name} (${[...schema.eventsByName.keys()].join(", ") || "none"}), but got "${message.name}".`,
          { target: message.target, name: message.name },
        ),
        message.seq,
      );
      this.ack();
      return;
    }
    if (message.props)
      this.#applyFromClient(control, schema, message.props, message.rev ?? 0, message.seq);
    if (owner.runner.pending >= owner.maxPendingEvents) {
      owner.protocolError(
        new FletError(
          ErrorCode.EVENT_QUEUE_FULL,
          `Expected at most ${owner.maxPendingEvents} unfinished handlers in one session, but more are running; the event "${message.name}" was dropped. Make handlers finish, or move long work to page.runTask.`,
          { limit: owner.maxPendingEvents },
        ),
        message.seq,
      );
      this.ack();
      return;
    }
    if (control === owner.page && !this.#pageEvent(message)) {
      this.ack();
      return;
    }
    const handler = control[$state].handlers?.[declared.handler];
    if (handler === undefined) {
      this.ack();
      return;
    }
    const EventType = declared.type ?? ControlEvent;
    const event = new EventType(control, message.name, message.data);
    void owner.runner.runHandler(
      handler,
      [event],
      `${message.name} handler of ${control.constructor.name}#${control.uid}`,
    );
  }

  /** Page events the session itself understands. Returns false to drop the event. */
  #pageEvent(message: EventMessage): boolean {
    const page = this.#owner.page;
    const details = page.client;
    switch (message.name) {
      case "routeChange":
        this.#owner.followRoute(message.data);
        return false;
      case "resize": {
        const size = new WindowResizeEvent(page, "resize", message.data);
        details.width = size.width;
        details.height = size.height;
        return true;
      }
      case "mediaChange":
        details.media = new PageMediaData(page, "mediaChange", message.data);
        return true;
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
        this.#owner.protocolError(
          new FletError(
            ErrorCode.PROTOCOL_MALFORMED,
            `Expected the browser to change only two-way properties of ${control.constructor.name}, but it sent "${name}". The value was ignored.`,
            { target: control.uid, prop: name },
          ),
          seq,
        );
        continue;
      }
      const problem = clientValueProblem(declared, value);
      if (problem !== undefined) {
        this.#owner.protocolError(
          new FletError(
            ErrorCode.PROTOCOL_BAD_VALUE,
            `Expected the browser to send ${control.constructor.name}.${name} as ${problem}, but it sent ${describeValue(value)}. The value was ignored.`,
            { target: control.uid, prop: name },
          ),
          seq,
        );
        continue;
      }
      // The server changed this value after the browser's change was made: the server's
      // newer value is already on its way to the browser, so the stale one is dropped.
      if (this.#owner.reconciler.serverRevision(control, name) > rev) continue;
      if (control[$state].dirtyProps?.has(name)) continue;
      accepted[name] = value;
    }
    this.#owner.reconciler.applySilently(control, accepted);
  }
}
