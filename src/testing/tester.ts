import { ClientConnection } from "../client/client-connection.js";
import type { Control } from "../core/control.js";
import { ErrorCode, FletError } from "../core/errors.js";
import type { Page } from "../page/page.js";
import type { AppLifecycleState } from "../page/page-events.js";
import type { ClientInfo, ErrorMessage } from "../protocol/messages.js";
import type { WireNode } from "../protocol/wire.js";
import { AppHost, type AppMain } from "../session/app-host.js";
import type { Session } from "../session/session.js";
import { createMemoryTransportPair } from "../transport/memory-transport.js";
import type { Transport } from "../transport/transport.js";
import {
  type ActionHost,
  dragAction,
  focusedControl,
  tapAction,
  textEntry,
  triggerSend,
} from "./actions.js";
import { type FakeClock, installFakeClock, nextTurn, uninstallFakeClock } from "./fake-clock.js";
import { Finders } from "./finder.js";
import { type DragOptions, doubleTapGesture, longPressGesture, tapGesture } from "./gestures.js";
import { type PressOptions, pressKey } from "./keys.js";
import { forgetTester, rememberTester } from "./matchers.js";
import { MemoryBrowser } from "./memory-browser.js";
import { backTap, barrierTap, menuTap } from "./modal.js";
import { dismissal, pickerChoice } from "./pickers.js";
import { hoverSends, type ScrollOptions, scrollSends } from "./pointer.js";
import { untilQuiet } from "./quiet.js";
import type { TapSend } from "./reach.js";
import { ErrorLedger, type ErrorMatcher, resolveTarget } from "./strict.js";
import {
  DEFAULT_CLIENT,
  type PatchRecord,
  type SharedHosting,
  type Target,
  type TesterOptions,
  type TreeNode,
  treeOf,
} from "./tester-types.js";
import { ledgerLogger, reachable, sendEach, watchUpdates } from "./tester-wiring.js";

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
  /** Errors the app reported (handler, hook, task failures; in a test host, of every session). */
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
  readonly #ledger: ErrorLedger;
  #hovered: Control | undefined;
  readonly #offsets = new Map<string, number>();

  /** @internal */
  constructor(main: AppMain, options: TesterOptions, shared?: SharedHosting) {
    this.#shared = shared;
    this.#ledger = shared?.ledger ?? new ErrorLedger();
    this.errors = shared?.errors ?? [];
    this.warnings = shared?.warnings ?? [];
    const logger = ledgerLogger(this.#ledger, this.errors, this.warnings);
    this.client = new ClientConnection(this.browser, {
      restoreExpired: options.restoreExpired ?? false,
    });
    const fake = shared === undefined && options.fakeTime !== false;
    this.#clock = shared ? shared.clock : fake ? installFakeClock(options.now) : undefined;
    this.#host = shared?.host ?? new AppHost(main, { dev: true, logger, ...options });
    this.#info = { ...DEFAULT_CLIENT, ...options.client };
    const control = (id: string) => this.#session()?.control(id);
    this.browser.canFocus = (id) => reachable(control(id), this.browser.openMenus);
    this.find = new Finders({ tree: () => this.client.replica.tree, control });
    rememberTester(this);
    watchUpdates(this.client, this.#patches, this.protocolErrors, (error) => {
      this.#failure = error;
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
   * `focus()` call, `t.press("Tab")` or `t.press(key, { target })` reached, else the first
   * `autofocus` control (the browser focuses it when it appears); `undefined` when none. A
   * `focus()` on a hidden, disabled or covered control does not move it, as in the browser.
   *
   * @example
   * ```ts
   * await t.tap(t.find.text("Add"));
   * expect(t.focused).toBe(newTaskField);
   * ```
   */
  get focused(): Control | undefined {
    return focusedControl(this.browser, this.find, (id) => this.#session()?.control(id));
  }

  #resolve(target: Target, action: string): Control {
    return resolveTarget(target, action, this.client.replica.tree, this.browser.openMenus);
  }

  /**
   * Says the test provokes an app error: `close()` accepts every error `matcher` matches (a
   * `FLET_ERR_*` code, part of the message, a RegExp, an error class, a predicate) and fails
   * if none came. Any other error in `t.errors` fails `close()`; in a test host, `host.close()`.
   *
   * @example
   * ```ts
   * t.expectError("boom");
   * await t.tap(t.find.text("Explode"));
   * await t.close(); // passes: the handler's "boom" was expected
   * ```
   */
  expectError(matcher: ErrorMatcher): void {
    this.#ledger.expect(matcher);
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
   * `page.splash` is set, only the splash itself can be tapped. A Tab, or a Cupertino
   * (sliding) segment, is picked (`change` with `selectedIndex`).
   */
  async tap(target: Target): Promise<void> {
    this.#check();
    return tapAction(this.#actions, target);
  }

  /** What the action helpers use of the tester. */
  get #actions(): ActionHost {
    return {
      browser: this.browser,
      client: this.client,
      resolve: (target, action) => this.#resolve(target, action),
      sendAll: (sends) => this.#sendAll(sends),
      page: () => this.page,
      control: (id) => this.#session()?.control(id),
      focused: () => this.focused,
    };
  }

  async #sendAll(sends: readonly TapSend[]): Promise<void> {
    return sendEach(this.client, sends, () => this.settle());
  }

  /**
   * Presses a key (`KeyboardEvent.key`: `"Enter"`, `"Escape"`, `"Tab"`, `"Space"`,
   * `"ArrowDown"`, `"a"`) on the focused control or on `target` (focused first), as the
   * browser handles it: Enter submits a text field (multiline: a new line) or presses a
   * button, Space presses or toggles, Escape closes the open menu or the top dialog, Tab
   * and Shift+Tab move the focus (`blur`, `focus`), arrows step a slider, radio, segment
   * or tab; then `page.onKeyboardEvent` gets it. An unfocusable `target` is refused.
   *
   * @example
   * ```ts
   * await t.press("Enter", { target: t.find.byType(ft.TextField) }); // submit
   * ```
   */
  async press(key: string, options: PressOptions = {}): Promise<void> {
    this.#check();
    return pressKey(this.#actions, key, options);
  }

  /**
   * Moves the mouse onto a control (no target: off the page): what it leaves gets `exit`
   * or `hover` false (a Container), what it enters `enter` and `hover`, or `hover` true.
   */
  async hover(target?: Target): Promise<void> {
    this.#check();
    const to = target === undefined ? undefined : this.#resolve(target, "hover over");
    const from = this.#hovered;
    this.#hovered = to;
    return this.#sendAll(hoverSends(from, to));
  }

  /**
   * Scrolls at a control by `dx`/`dy` or `to` an offset: the nearest scrollable control (a
   * ListView, GridView, or Column, Row, view with `scroll`; a page scrolls its top view)
   * moves within 0…`extent` (default 1000) and sends `scroll` (`start`, `update`, `end`); a
   * GestureDetector's `onScroll` gets the wheel. Nothing scrolls: `FLET_ERR_TESTER_NOT_INTERACTIVE`.
   */
  async scroll(target: Target, options: ScrollOptions): Promise<void> {
    this.#check();
    const control = this.#resolve(target, "scroll");
    return this.#sendAll(
      scrollSends(control, options, this.#offsets, {
        width: this.#info.width ?? 1280,
        height: this.#info.height ?? 720,
      }),
    );
  }

  /**
   * Taps the top view's AppBar back button (or, `browser: true`, the browser's): the page
   * gets `viewPop` with the top view. Refused with one view, with no back button on the
   * AppBar (`leading`, `automaticallyImplyLeading` false, a drawer), or under a dialog.
   */
  async back(options: { browser?: boolean } = {}): Promise<void> {
    this.#check();
    const { name, data } = backTap(this.page, options.browser !== true);
    return this.#sendAll([{ target: this.page, name, data }]);
  }

  /**
   * Taps the top view's app bar menu button: its `drawer` (`end`: `endDrawer`) opens and
   * sends `open` with `open` true, as in the browser. Refused where the bar shows no such
   * button (no drawer, its own `leading` or `actions`, a Cupertino bar that can go back),
   * or the drawer is open already.
   */
  async openDrawer(options: { end?: boolean } = {}): Promise<void> {
    this.#check();
    return this.#sendAll(menuTap(this.page, options.end === true));
  }

  /**
   * Taps the scrim around the top open dialog, sheet or drawer (`dialog`, if given, must be
   * it): `dismiss` with `open` false, except a modal or `dismissible: false` one, which stays.
   */
  async tapBarrier(dialog?: Control): Promise<void> {
    this.#check();
    return this.#sendAll(barrierTap(this.page, dialog));
  }

  /**
   * Double-taps a control: the nearest one (it or an ancestor) with a double-tap handler
   * gets `doubleTapDown` and `doubleTap`; where none has one, it is two taps.
   */
  async doubleTap(target: Target): Promise<void> {
    this.#check();
    const gesture = doubleTapGesture(this.#resolve(target, "double-tap"));
    if (gesture) return this.#sendAll(gesture);
    for (const _ of [1, 2]) await this.tap(target);
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
    return dragAction(this.#actions, target, options);
  }

  /**
   * Types `text` into a text input (a TextField, CupertinoTextField, SearchBar or a pack's
   * control with a two-way string value): sets its value as the browser's field keeps it
   * (cut at `maxLength`, filtered by `inputFilter`, capitalized) and sends `change`. A
   * read-only field or a chosen value (Dropdown, RadioGroup) is refused.
   */
  async enterText(target: Target, text: string): Promise<void> {
    this.#check();
    return this.#sendAll([textEntry(this.#resolve(target, "enter text into"), text)]);
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
    return this.#sendAll([triggerSend(this.#actions, target, event, data, props)]);
  }

  /** Chooses a `Date` in an open DatePicker or `"HH:MM"` in a TimePicker, and confirms (`change`). */
  async choose(target: Target, value: Date | string): Promise<void> {
    this.#check();
    const picker = this.#resolve(target, "choose in");
    return this.#sendAll([{ target: picker, ...pickerChoice(picker, value) }]);
  }

  /** Dismisses an open dialog, sheet or picker as Escape would (`dismiss`, `open` false). */
  async dismiss(target: Target): Promise<void> {
    this.#check();
    const control = this.#resolve(target, "dismiss");
    return this.#sendAll([{ target: control, ...dismissal(control) }]);
  }

  /** Reports a new app lifecycle state from the browser (`page.onAppLifecycleStateChange`). */
  async setLifecycleState(state: AppLifecycleState): Promise<void> {
    this.#check();
    return this.#sendAll([{ target: this.page, name: "appLifecycleStateChange", data: state }]);
  }

  /** Navigates the browser to `route` (like the address bar or back/forward). */
  async navigate(route: string): Promise<void> {
    this.#check();
    return this.#sendAll([
      { target: this.page, name: "routeChange", data: route, props: { route } },
    ]);
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

  /**
   * Ends the session (`willUnmount`, `onClose`), stops the app and restores the clock; then
   * throws `FLET_ERR_TESTER_APP_ERRORS` on an app error no {@link Tester.expectError} claimed
   * (or an expected one that never came). In a test host, `host.close()` checks instead.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    forgetTester(this);
    try {
      this.client.disconnect();
      await (this.#shared ? this.#shared.end(this) : this.#host.close());
      await nextTurn();
    } finally {
      if (this.#clock && !this.#shared) uninstallFakeClock(this.#clock);
    }
    if (!this.#shared) this.#ledger.check(this.errors, this.client.replica.tree);
  }
}
