import { ClientConnection } from "../client/client-connection.js";
import type { Control } from "../core/control.js";
import { describeValue, ErrorCode, FletError } from "../core/errors.js";
import { compiledSchemaOf } from "../core/schema.js";
import type { Page } from "../page/page.js";
import type { AppLifecycleState } from "../page/page-events.js";
import type { ClientInfo, ErrorMessage } from "../protocol/messages.js";
import { fromWireBatch, PAGE_ID, type WireNode } from "../protocol/wire.js";
import { AppHost, type AppMain } from "../session/app-host.js";
import type { Logger } from "../session/logger.js";
import type { Session } from "../session/session.js";
import { createMemoryTransportPair } from "../transport/memory-transport.js";
import type { Transport } from "../transport/transport.js";
import { dropGesture, swipePlan, swipeSends } from "./drag-drop.js";
import { type FakeClock, installFakeClock, nextTurn, uninstallFakeClock } from "./fake-clock.js";
import { Finder, Finders } from "./finder.js";
import {
  type DragOptions,
  doubleTapGesture,
  dragGesture,
  longPressGesture,
  tapGesture,
} from "./gestures.js";
import { assertListening, describeControl } from "./listening.js";
import { MemoryBrowser } from "./memory-browser.js";
import { menuTarget, pickCloses, tapSubmenu } from "./menus.js";
import { dismissal, pickerChoice } from "./pickers.js";
import { untilQuiet } from "./quiet.js";
import { autofocused, interactive, type TapSend, tapMenus, whyUnreachable } from "./reach.js";
import { tapPlan } from "./tap-plan.js";

import {
  DEFAULT_CLIENT,
  type PatchRecord,
  type SharedHosting,
  type Target,
  type TesterOptions,
  type TreeNode,
  treeOf,
} from "./tester-types.js";

export type { PatchRecord, Target, TesterOptions, TreeNode };

/**
 * A running app under test: a real session over an in-memory transport, a headless client
 * that applies every patch with the browser's own code, and a fake clock. Create it with
 * {@link createTester}.
 *
 * @example
 * ```ts
 * const t = await createTester(main);
 * await t.tap(t.find.text("Call async handler"));
 * await t.pump(3000);
 * expect(t.find.text("Async handler clicked").exists).toBe(true);
 * await t.close();
 * ```
 */
export class Tester {
  /** The simulated browser's storage, clipboard and opened URLs. */
  readonly browser = new MemoryBrowser();
  /** The headless client (its replica is what a browser would hold). */
  readonly client: ClientConnection;
  /** Finders over what the browser would show. */
  readonly find: Finders;
  /** Errors the app reported (handler, hook and task failures); in a test host, of every session. */
  readonly errors: unknown[];
  /** Warnings the app logged; in a test host, of every session. */
  readonly warnings: string[];
  /** Error frames the client received (protocol errors, handler errors). */
  readonly protocolErrors: ErrorMessage[] = [];
  readonly #patches: PatchRecord[] = [];
  readonly #host: AppHost;
  readonly #clock: FakeClock | undefined;
  readonly #shared: SharedHosting | undefined;
  readonly #info: ClientInfo;
  #transport: Transport | undefined;
  #serverEnd: Transport | undefined;
  #failure: unknown;
  #closed = false;

  /** @internal */
  constructor(main: AppMain, options: TesterOptions, shared?: SharedHosting) {
    this.#shared = shared;
    this.errors = shared?.errors ?? [];
    this.warnings = shared?.warnings ?? [];
    const logger: Logger = {
      error: (message, error) => this.errors.push(error ?? new Error(message)),
      warn: (message) => this.warnings.push(message),
      info: () => {},
      debug: () => {},
    };
    this.client = new ClientConnection(this.browser, {
      restoreExpired: options.restoreExpired ?? false,
    });
    const fake = shared === undefined && options.fakeTime !== false;
    this.#clock = shared ? shared.clock : fake ? installFakeClock(options.now) : undefined;
    this.#host = shared?.host ?? new AppHost(main, { dev: true, logger, ...options });
    this.#info = { ...DEFAULT_CLIENT, ...options.client };
    this.browser.canFocus = (id) => {
      const control = this.#session()?.control(id);
      return control !== undefined && interactive(control, this.browser.openMenus) === undefined;
    };
    this.find = new Finders({
      tree: () => this.client.replica.tree,
      control: (id) => this.#session()?.control(id),
    });
    this.client.updates.subscribe({
      next: (update) => {
        if (update.kind === "patch") {
          this.#patches.push({
            revision: update.revision,
            ops: fromWireBatch(update.message.ops, update.message.nodes),
            bytes: update.bytes,
          });
        } else if (update.kind === "error") {
          this.protocolErrors.push(update.error);
        }
      },
      error: (error: unknown) => {
        this.#failure = error;
      },
    });
  }

  /** @internal */
  async start(): Promise<void> {
    this.#open();
    await this.settle();
  }

  #open(): void {
    const [serverEnd, clientEnd] = createMemoryTransportPair();
    this.#serverEnd = serverEnd;
    this.#transport = clientEnd;
    this.#host.connect(serverEnd, { ip: "127.0.0.1", userAgent: "flet-ts tester" });
    this.client.connect(clientEnd, this.#info);
  }

  #session(): Session | undefined {
    const id = this.client.sessionId;
    return id === undefined ? undefined : this.#host.sessions.get(id);
  }

  /** The session's page (the server-side object `main` received). */
  get page(): Page {
    const session = this.#session();
    if (session === undefined) {
      throw new FletError(
        ErrorCode.TESTER_STATE,
        "Expected a live session, but it has closed or expired.",
      );
    }
    return session.page;
  }

  /** Every patch batch the client applied, oldest first. */
  get patches(): readonly PatchRecord[] {
    return this.#patches;
  }

  /** The fake clock, for advanced control (undefined with `fakeTime: false`). */
  get clock(): FakeClock | undefined {
    return this.#clock;
  }

  #check(): void {
    if (this.#failure !== undefined) throw this.#failure;
    if (this.#closed)
      throw new FletError(
        ErrorCode.TESTER_STATE,
        "Expected an open tester, but `close()` was called.",
      );
  }

  /** Lets in-flight frames, handlers and microtasks settle (without advancing time). */
  async settle(): Promise<void> {
    await (this.#shared ? this.#shared.quiet() : untilQuiet(() => this.activity));
    if (this.#failure !== undefined) throw this.#failure;
  }

  /** Frames sent both ways over the current connection (settling waits for it to stop). @internal */
  get activity(): number {
    const sent = (end: Transport | undefined) => (end as { sent?: number } | undefined)?.sent;
    return (sent(this.#transport) ?? 0) + (sent(this.#serverEnd) ?? 0);
  }

  /**
   * Lets `ms` milliseconds of (fake) time pass, running due timers, sleeps and intervals in
   * order, then settles. Without fake time it really waits. In a test host it is
   * `host.pump(ms)`: time passes, and every session settles.
   */
  async pump(ms = 0): Promise<void> {
    this.#check();
    if (this.#shared) return this.#shared.pump(ms);
    if (this.#clock) await this.#clock.tickAsync(ms);
    else if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    await this.settle();
  }

  /**
   * The control that has the keyboard focus in the simulated browser: the last one a
   * `focus()` call reached, or else the first `autofocus` control on the page (as the
   * browser focuses it when it appears). `undefined` when none. A `focus()` on a hidden or
   * disabled control does not move it (and resolves to false), as in the browser.
   *
   * @example
   * ```ts
   * await t.tap(t.find.text("Add"));
   * expect(t.focused).toBe(newTaskField);
   * ```
   */
  get focused(): Control | undefined {
    const session = this.#session();
    const id = this.browser.focusedId;
    const explicit = id === undefined ? undefined : session?.control(id);
    if (explicit?.mounted && interactive(explicit, this.browser.openMenus) === undefined)
      return explicit;
    for (const control of this.find.where((c) => autofocused(c)).all)
      if (interactive(control, this.browser.openMenus) === undefined) return control;
    return undefined;
  }

  #resolve(target: Target, action: string): Control {
    const control = target instanceof Finder ? target.first : target;
    if (!control.mounted) {
      throw new FletError(
        ErrorCode.TESTER_NO_MATCH,
        `Expected to ${action} a control on the page, but ${control.constructor.name} is not on it.`,
      );
    }
    const blocker = interactive(control, this.browser.openMenus);
    if (blocker !== undefined) {
      throw new FletError(
        ErrorCode.TESTER_NOT_INTERACTIVE,
        `Expected to ${action} ${describeControl(control)}, but ${blocker === control ? "it" : `its ancestor ${describeControl(blocker)}`} is ${whyUnreachable(blocker)}; a user could not do that.`,
      );
    }
    return control;
  }

  async #send(
    control: Control,
    name: string,
    data?: unknown,
    props?: Record<string, unknown>,
  ): Promise<void> {
    this.client.sendEvent(control.uid!, name, data, props);
    await this.settle();
  }

  /**
   * Taps a control as a user would: sends its `click` (or `tap`) event; a checkbox or
   * switch toggles its value and sends `change`; a radio selects itself in its group; a
   * navigation destination is picked in its bar, rail or drawer (`change`); a tap on an
   * ExpansionTile's header, or on an ExpansionPanel (its button; its header with
   * `canTapHeader`), expands or collapses it; a tap on a PopupMenuButton opens its menu (or
   * closes it: `cancelled`), and its items can be tapped only while it is open, as a
   * SubmenuButton's (`open`, `close`; a picked MenuItemButton closes its menus); a
   * selectable Chip (`onSelect`) or DataRow (`onSelectChanged`) toggles `selected`. A
   * control without a tap behaviour passes the tap to its nearest ancestor that has one
   * (a Text inside a ListTile taps the tile), as a click bubbles in the browser. While
   * `page.splash` is set, only the splash itself can be tapped.
   */
  async tap(target: Target): Promise<void> {
    this.#check();
    const tapped = this.#resolve(target, "tap");
    const cancelled = tapMenus(tapped, this.browser.openMenus);
    if (cancelled) return this.#send(cancelled, "cancelled");
    if (compiledSchemaOf(tapped.constructor).type === "popupmenubutton") return;
    const menu = menuTarget(tapped);
    const toggled = menu && tapSubmenu(menu, this.browser.openMenus);
    if (toggled) return this.#sendAll(toggled);
    // A picked menu item closes its menus after its click (a MenuItemButton has no other action).
    const closes = menu ? pickCloses(menu, this.browser.openMenus) : [];
    if (menu) return this.#send(menu, "click").then(() => this.#sendAll(closes));
    let from: Control | undefined;
    for (
      let control: Control | undefined = tapped;
      control !== undefined;
      from = control, control = control.parent
    ) {
      const plan = tapPlan(control, from);
      if (plan) return this.#sendAll(plan);
    }
    const schema = compiledSchemaOf(tapped.constructor);
    // Nobody listens: a clickable control, or a gesture detector around it, still takes
    // the click (and nothing happens).
    for (const name of ["click", "tap"])
      if (schema.eventsByName.has(name)) return this.#send(tapped, name);
    for (let c = tapped.parent; c !== undefined; c = c.parent)
      if (compiledSchemaOf(c.constructor).eventsByName.has("tapDown")) return;
    throw new FletError(
      ErrorCode.TESTER_NOT_INTERACTIVE,
      `Expected ${describeControl(tapped)} (or an ancestor) to react to a tap (a click or tap event, or a boolean value), but none does. Use t.trigger(target, eventName) for its events: ${[...schema.eventsByName.keys()].join(", ") || "none"}.`,
    );
  }

  async #sendAll(sends: readonly TapSend[]): Promise<void> {
    for (const { target, name, data, props } of sends) await this.#send(target, name, data, props);
  }

  /**
   * Double-taps a control: the nearest one (it or an ancestor) with a double-tap handler
   * gets `doubleTapDown` and `doubleTap`; where none has one, it is two taps.
   */
  async doubleTap(target: Target): Promise<void> {
    this.#check();
    const gesture = doubleTapGesture(this.#resolve(target, "double-tap"));
    if (gesture) return this.#sendAll(gesture);
    await this.tap(target);
    await this.tap(target);
  }

  /**
   * Presses a control for 500 ms (or with the right button: `secondary`): the nearest one
   * with a long-press handler gets its start and end (or `longPress`). Nothing happens
   * where none has one, as in the browser. A secondary tap is `t.secondaryTap`.
   */
  async longPress(target: Target, options: { secondary?: boolean } = {}): Promise<void> {
    this.#check();
    const control = this.#resolve(target, "long-press");
    return this.#sendAll(longPressGesture(control, options.secondary === true));
  }

  /** Taps a control with the right button: the nearest secondary-tap handler gets down, up, tap. */
  async secondaryTap(target: Target): Promise<void> {
    this.#check();
    return this.#sendAll(tapGesture(this.#resolve(target, "right-click"), true) ?? []);
  }

  /**
   * Drags across a control by `dx`, `dy`: the nearest one with a drag handler gets the
   * start, `steps` updates (deltas adding up to the move, positions from `from`) and the
   * end, on the axis that wins in the browser (horizontal or vertical drag, else pan, else
   * a one-finger scale). Nothing happens where none listens, as in the browser. With `to`,
   * it drags a Draggable onto a DragTarget; on a Dismissible it swipes (see testing.md).
   *
   * @example
   * ```ts
   * await t.drag(t.find.text("Card"), { dx: 120, dy: 40 });
   * expect(card.left).toBe(120);
   * ```
   */
  async drag(target: Target, options: DragOptions): Promise<void> {
    this.#check();
    const control = this.#resolve(target, "drag");
    if (options.to)
      return this.#sendAll(dropGesture(control, this.#resolve(options.to, "drop onto")));
    const swipe = swipePlan(control, options);
    if (!swipe) return this.#sendAll(dragGesture(control, options));
    const later = ({ target, name, data }: TapSend) =>
      this.client.sendEvent(target.uid!, name, data);
    return this.#sendAll(swipeSends(swipe, this.browser.answers, later));
  }

  /** Types `text` into a text input: sets its value (as the browser would) and sends `change`. */
  async enterText(target: Target, text: string): Promise<void> {
    this.#check();
    const control = this.#resolve(target, "enter text into");
    const schema = compiledSchemaOf(control.constructor);
    const value = schema.propsByName.get("value");
    if (!value?.twoWay || value.kind !== "string") {
      throw new FletError(
        ErrorCode.TESTER_NOT_INTERACTIVE,
        `Expected a text input (a control with a two-way string value), but ${describeControl(control)} has none.`,
      );
    }
    return this.#send(control, "change", text, { value: text });
  }

  /**
   * Sends any declared event of a control, with optional data and two-way values, as the
   * browser would.
   *
   * @example
   * ```ts
   * await t.trigger(t.find.byType(ft.TextField), "submit");
   * await t.trigger(t.find.byType(ft.Slider), "change", 0.5, { value: 0.5 });
   * ```
   */
  async trigger(
    target: Target,
    event: string,
    data?: unknown,
    props?: Record<string, unknown>,
  ): Promise<void> {
    this.#check();
    const control = this.#resolve(target, `trigger "${event}" on`);
    const schema = compiledSchemaOf(control.constructor);
    const name = schema.eventsByName.has(event) ? event : schema.eventsByHandler.get(event)?.name;
    if (name === undefined) {
      throw new FletError(
        ErrorCode.EVENT_UNKNOWN_EVENT,
        `Expected one of the events of ${describeControl(control)} (${[...schema.eventsByName.keys()].join(", ") || "none"}), but got ${describeValue(event)}.`,
      );
    }
    // A change of two-way values (`props`) the browser always sends; others only if listened.
    if (props === undefined) assertListening(this.client.replica.tree, control, name);
    return this.#send(control, name, data, props);
  }

  /** Chooses a `Date` in an open DatePicker or `"HH:MM"` in a TimePicker, and confirms (`change`). */
  async choose(target: Target, value: Date | string): Promise<void> {
    this.#check();
    const picker = this.#resolve(target, "choose in");
    const { name, data, props } = pickerChoice(picker, value);
    return this.#send(picker, name, data, props);
  }

  /** Dismisses an open dialog, sheet or picker as Escape would (`dismiss`, `open` false). */
  async dismiss(target: Target): Promise<void> {
    this.#check();
    const control = this.#resolve(target, "dismiss");
    const { name, data, props } = dismissal(control);
    return this.#send(control, name, data, props);
  }

  /** Reports a new app lifecycle state from the browser (`page.onAppLifecycleStateChange`). */
  async setLifecycleState(state: AppLifecycleState): Promise<void> {
    this.#check();
    this.client.sendEvent(PAGE_ID, "appLifecycleStateChange", state);
    await this.settle();
  }

  /** Navigates the browser to `route` (like the address bar or back/forward). */
  async navigate(route: string): Promise<void> {
    this.#check();
    this.client.sendEvent(PAGE_ID, "routeChange", route, { route });
    await this.settle();
  }

  /** Sends a raw frame from the client, for testing bad input. */
  async sendRaw(frame: string): Promise<void> {
    this.#check();
    this.#transport?.send(frame);
    await this.settle();
  }

  /** Drops the connection; the session waits for a reconnect (events made meanwhile queue up). */
  async disconnect(): Promise<void> {
    this.#check();
    this.client.disconnect();
    await this.settle();
  }

  /** Reconnects and resumes the same session: missed patches replay, queued events are sent once. */
  async reconnect(): Promise<void> {
    this.#check();
    this.#open();
    await this.settle();
  }

  /**
   * The tree the browser holds, nested: `{ type, props, <slot>: child | children }`.
   * Stable across runs, so it suits `toMatchSnapshot()`.
   */
  tree(options: { ids?: boolean } = {}): TreeNode {
    return treeOf(this.client.replica.tree as Record<string, WireNode | undefined>, options);
  }

  /** Ends the session (running `willUnmount` and `onClose`), stops the app and restores the clock. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      this.client.disconnect();
      await (this.#shared ? this.#shared.end(this) : this.#host.close());
      await nextTurn();
    } finally {
      if (this.#clock && !this.#shared) uninstallFakeClock(this.#clock);
    }
  }
}

/**
 * Starts `main` in a real session, connected to a headless client over an in-memory
 * transport, with fake time. Close it with `await t.close()`.
 *
 * @example
 * ```ts
 * import { createTester } from "flet-ts/testing";
 *
 * const t = await createTester((page) => page.add(new ft.Text("Hello")));
 * expect(t.find.text("Hello").exists).toBe(true);
 * await t.close();
 * ```
 */
export async function createTester(main: AppMain, options: TesterOptions = {}): Promise<Tester> {
  const tester = new Tester(main, options);
  try {
    await tester.start();
  } catch (error) {
    await tester.close();
    throw error;
  }
  return tester;
}
