import type { Control } from "../core/control.js";
import { ControlEvent } from "../core/control-event.js";
import type { View } from "./view.js";

/**
 * The states of an app's lifecycle, as Flutter defines them; the browser client derives
 * them from visibility, focus, freeze/resume and page show/hide.
 */
export const AppLifecycleState = {
  SHOW: "show",
  RESUME: "resume",
  HIDE: "hide",
  INACTIVE: "inactive",
  PAUSE: "pause",
  DETACH: "detach",
  RESTART: "restart",
} as const;
/** One of the {@link AppLifecycleState} values. */
export type AppLifecycleState = (typeof AppLifecycleState)[keyof typeof AppLifecycleState];

const LIFECYCLE_STATES = new Set<string>(Object.values(AppLifecycleState));

/**
 * Fired by `page.onAppLifecycleStateChange` when the app is shown, hidden, resumed, ...
 *
 * @example
 * ```ts
 * page.onAppLifecycleStateChange = (e) => {
 *   if (e.state === ft.AppLifecycleState.HIDE) saveDraft();
 * };
 * ```
 */
export class AppLifecycleStateChangeEvent extends ControlEvent {
  /** The new state. */
  readonly state: AppLifecycleState;
  constructor(control: Control, name: string, data?: unknown) {
    super(control, name, data);
    this.state = (
      LIFECYCLE_STATES.has(String(data)) ? data : AppLifecycleState.RESUME
    ) as AppLifecycleState;
  }
}

/** Fired by `page.onRouteChange` with the new route. */
export class RouteChangeEvent extends ControlEvent {
  /** The new route, e.g. `/store/1`. */
  readonly route: string;
  constructor(control: Control, name: string, data?: unknown) {
    super(control, name, data);
    this.route = typeof data === "string" ? data : "/";
  }
}

/** Fired by `page.onViewPop` when the user goes back from the top view. */
export class ViewPopEvent extends ControlEvent {
  /** The view being popped, if it is still on the page. */
  readonly view: View | undefined;
  constructor(control: Control, name: string, data?: unknown) {
    super(control, name, data);
    const page = control as unknown as { views: View[] };
    this.view = page.views.find((view) => view.uid === data);
  }
}

/** Fired by `page.onResize` with the new viewport size (already in `page.width`/`height`). */
export class WindowResizeEvent extends ControlEvent {
  readonly width: number;
  readonly height: number;
  constructor(control: Control, name: string, data?: unknown) {
    super(control, name, data);
    const size = (data ?? {}) as { width?: unknown; height?: unknown };
    this.width = typeof size.width === "number" ? size.width : 0;
    this.height = typeof size.height === "number" ? size.height : 0;
  }
}

/** Fired by `page.onKeyboardEvent` for a key press anywhere on the page. */
export class KeyboardEvent extends ControlEvent {
  readonly key: string;
  readonly shift: boolean;
  readonly ctrl: boolean;
  readonly alt: boolean;
  readonly meta: boolean;
  constructor(control: Control, name: string, data?: unknown) {
    super(control, name, data);
    const d = (data ?? {}) as Record<string, unknown>;
    this.key = typeof d.key === "string" ? d.key : "";
    this.shift = d.shift === true;
    this.ctrl = d.ctrl === true;
    this.alt = d.alt === true;
    this.meta = d.meta === true;
  }
}

/** Fired by `page.onPlatformBrightnessChange` when the system switches light/dark. */
export class PlatformBrightnessChangeEvent extends ControlEvent {
  readonly brightness: "light" | "dark";
  constructor(control: Control, name: string, data?: unknown) {
    super(control, name, data);
    this.brightness = data === "dark" ? "dark" : "light";
  }
}

/**
 * Fired by `page.onError` when a handler, hook or task of the session throws, or the
 * browser reports an error. The session always goes on.
 */
export class PageErrorEvent extends ControlEvent {
  /** The error (an `Error` for server-side failures). */
  readonly error: unknown;
  /** Where it happened: `click handler of ElevatedButton#3`, `didMount of Countdown#5`, `browser`. */
  readonly source: string;
  constructor(control: Control, name: string, data?: unknown) {
    super(control, name, data);
    const d = (data ?? {}) as { error?: unknown; source?: unknown; message?: unknown };
    this.error = d.error ?? d.message ?? data;
    this.source = typeof d.source === "string" ? d.source : "browser";
  }

  /** The error message. */
  get message(): string {
    return this.error instanceof Error ? this.error.message : String(this.error);
  }
}

/** A two-way value of a lost session, set again into the matching control of the new one. */
export interface RestoredValue {
  /** The control of the new session at the same place, of the same type. */
  readonly control: Control;
  /** The property (`value`, `selectedIndex`). */
  readonly name: string;
  readonly value: unknown;
}

/** Something the browser kept of a lost session that had no place in the new one. */
export interface UnplacedInput {
  /** Where its control was (slot names and list indexes from the page down). */
  readonly path: readonly (string | number)[];
  /** Its control's type (`textfield`). */
  readonly type: string;
  /** Its two-way values, for a value; its event name and data, for an event. */
  readonly props?: Readonly<Record<string, unknown>>;
  readonly name?: string;
  readonly data?: unknown;
}

/** An event of a lost session that the server never handled. */
export interface RestoredEvent {
  /** The control of the new session at the same place, of the same type. */
  readonly control: Control;
  /** The event name (`click`, `submit`). */
  readonly name: string;
  readonly data?: unknown;
}

/**
 * Fired by `page.onRestore` in a new session that replaces one the server lost (it
 * restarted, or the session expired) while the browser kept the page: once `main` has
 * run, what the user typed is already set again into the controls at the same places
 * (`values`), and what could not be placed, plus the events the old session never
 * handled, are handed to the app to use or ignore. Handlers of those events are not run
 * again by themselves: re-run them (`e.events`) only if doing twice is harmless.
 *
 * @example
 * ```ts
 * page.onRestore = (e) => {
 *   if (e.events.some((x) => x.name === "click")) page.add(new ft.Text("Press Send again."));
 * };
 * ```
 */
export class PageRestoreEvent extends ControlEvent {
  readonly values: readonly RestoredValue[];
  readonly events: readonly RestoredEvent[];
  /** Values and events whose control was not found (the page is built differently now). */
  readonly unplaced: readonly UnplacedInput[];
  constructor(
    control: Control,
    values: readonly RestoredValue[],
    events: readonly RestoredEvent[],
    unplaced: readonly UnplacedInput[],
  ) {
    super(control, "restore");
    this.values = values;
    this.events = events;
    this.unplaced = unplaced;
  }
}

/** Distances from the four edges of the page, in CSS pixels. */
export interface PageMediaSides {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

function sidesOf(value: unknown): PageMediaSides {
  const d = (value ?? {}) as Record<string, unknown>;
  const side = (name: string) => {
    const n = d[name];
    return typeof n === "number" && Number.isFinite(n) && n > 0 ? n : 0;
  };
  return { left: side("left"), top: side("top"), right: side("right"), bottom: side("bottom") };
}

/**
 * What the screen takes from the page (Flet's `PageMediaData`): fired by
 * `page.onMediaChange` and kept in `page.media`. The browser sends it when the app
 * starts and whenever it changes.
 *
 * - `viewPadding`: the parts of the screen the system draws over, whatever is shown
 *   (a notch, rounded corners, the home indicator): in a browser `env(safe-area-inset-*)`.
 * - `viewInsets`: the parts the system covers for now: in a browser the on-screen
 *   keyboard, from the VisualViewport (how much of the layout viewport's bottom it hides).
 * - `padding`: what is left of `viewPadding` once the insets are taken off (Flutter's
 *   `MediaQuery.padding`): `max(0, viewPadding - viewInsets)` per edge.
 *
 * @example
 * ```ts
 * page.onMediaChange = (e) => {
 *   footer.visible = e.viewInsets.bottom === 0; // hide the footer while the keyboard is up
 * };
 * ```
 */
export class PageMediaData extends ControlEvent {
  /** The safe-area padding left over by the insets. */
  readonly padding: PageMediaSides;
  /** The safe-area insets of the screen (notch, home indicator). */
  readonly viewPadding: PageMediaSides;
  /** What the system covers for now: the on-screen keyboard, at the bottom. */
  readonly viewInsets: PageMediaSides;
  constructor(control: Control, name: string, data?: unknown) {
    super(control, name, data);
    const d = (data ?? {}) as Record<string, unknown>;
    this.padding = sidesOf(d.padding);
    this.viewPadding = sidesOf(d.viewPadding ?? d.view_padding);
    this.viewInsets = sidesOf(d.viewInsets ?? d.view_insets);
  }
}
