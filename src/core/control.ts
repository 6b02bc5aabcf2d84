import { checks } from "./checks.js";
import type { ControlEvent, EventHandler } from "./control-event.js";
import { brandControls, claimCopy } from "./copies.js";
import { declareMembers, prop } from "./decorators.js";
import { ErrorCode, FletError } from "./errors.js";
import { $state, type ControlState, createState } from "./internals.js";
import type { PageOf } from "./page-type.js";
import { lookupSchema } from "./schema.js";

// A second copy of flet-ts (another folder) stops here, naming both (FLET_ERR_PACKAGE_TWO_COPIES).
claimCopy();

/**
 * The base class of every control: the one class the whole control model hangs on.
 *
 * ## What a control is
 * A control is a server-side object whose declared properties, events and child slots
 * (see {@link prop}, {@link event}, {@link child}, {@link children}) mirror a node in the
 * browser. Writing a property of a mounted control records the change; the next update
 * turns all recorded changes into one batch of minimal JSON patches.
 *
 * ## When changes are sent
 * - after an event handler returns (sync) or settles (async), after `main(page)`, after a
 *   `page.runTask` task and after a pubsub handler — automatically;
 * - when you call {@link Control.update} (or `page.update()`), e.g. inside a loop.
 * `update()` on a control that is not on a page does nothing: its state is sent when it
 * is added. This is deliberate (Flet raised here, and async work finishing after a
 * navigation crashed apps).
 *
 * ## Lifecycle
 * ```
 *  added to a page ──► build()            once per instance, before its first patch
 *                      (children mounted, then the patch is committed and sent)
 *                  ──► didMount()         parents before children; may update()/runTask()
 *  every update    ──► beforeUpdate()     before the patch that includes the control
 *                  ──► validate()         if it changed: may refuse the whole update
 *  removed         ──► willUnmount()      children before parents, before the patch
 * ```
 * A control moved from one parent to another inside one update stays mounted: none of
 * the hooks run. Removing it in one update and adding it back in a later one runs
 * `willUnmount()` then `didMount()` (but not `build()` again).
 *
 * ## Custom controls
 * Extend the control whose layout you need and override the hooks; no decorators needed.
 *
 * @example
 * ```ts
 * class Greeting extends ft.Text {
 *   constructor(public who: string) { super({ size: 20 }); }
 *   override beforeUpdate() { this.value = `Hello, ${this.who}!`; }
 * }
 * await ft.app((page) => page.add(new Greeting("world")));
 * ```
 */
export abstract class Control {
  /** @internal */
  readonly [$state]: ControlState = createState();

  /**
   * Arbitrary server-side data for the app's own use. Never sent to the browser.
   */
  data: unknown = undefined;

  /**
   * @param options - Initial property values and event handlers, by name.
   */
  constructor(options?: object) {
    if (options) this.#apply(options);
  }

  #apply(options: object): void {
    const schema = lookupSchema(this.constructor);
    for (const [key, value] of Object.entries(options)) {
      if (value === undefined) continue;
      if (
        key === "data" ||
        schema.propsByName.has(key) ||
        schema.eventsByHandler.has(key) ||
        schema.slotsByName.has(key)
      ) {
        (this as Record<string, unknown>)[key] = value;
        continue;
      }
      const names = [
        ...schema.propsByName.keys(),
        ...schema.eventsByHandler.keys(),
        ...schema.slotsByName.keys(),
      ];
      const near = names.find(
        (name) => name.toLowerCase() === key.toLowerCase().replaceAll("_", ""),
      );
      throw new FletError(
        ErrorCode.PROP_UNKNOWN_OPTION,
        `Expected the options of ${this.constructor.name} to name its properties, events or slots, but got "${key}".${near ? ` Did you mean "${near}"?` : ""}`,
        { control: this.constructor.name, option: key },
      );
    }
  }

  /** The control's id in its session, or `undefined` while it is not on a page. */
  get uid(): string | undefined {
    return this[$state].id;
  }

  /** The parent control, while attached. */
  get parent(): Control | undefined {
    return this[$state].parent;
  }

  /** True while the control is on a page. */
  get mounted(): boolean {
    return this[$state].host !== undefined;
  }

  /**
   * The page the control is on.
   * @throws `FletError` `FLET_ERR_CONTROL_NOT_MOUNTED` when it is not on a page yet
   * (inside the constructor, for instance: use {@link Control.didMount} instead).
   */
  get page(): PageOf {
    const host = this[$state].host;
    if (host === undefined) {
      throw new FletError(
        ErrorCode.CONTROL_NOT_MOUNTED,
        `Expected ${this.constructor.name} to be on a page, but it has not been added to one (or was removed). Use this.page in didMount() or in event handlers, or check control.mounted first.`,
        { control: this.constructor.name },
      );
    }
    return host.root as PageOf;
  }

  /**
   * Sends the pending changes of the session now. Runs `beforeUpdate()` of this control
   * and of its descendants that override it. Does nothing when the control is not on a page.
   */
  update(): void {
    this[$state].host?.flush(this);
  }

  /**
   * Runs a method of this control's renderer in the browser (focus a field, scroll a
   * list, play a video) and resolves to its JSON result. Pending changes are sent first,
   * so the browser has the control in its current state. For pack authors: expose it
   * through a typed public method.
   *
   * @throws `FletError` `FLET_ERR_CONTROL_NOT_MOUNTED` (as a rejection) when the control is
   * not on a page; `FLET_ERR_CALL_TIMEOUT` when the browser does not answer in time.
   * @example
   * ```ts
   * class Player extends ft.Container {
   *   play(): Promise<void> {
   *     return this.invoke("play").then(() => undefined);
   *   }
   * }
   * ```
   */
  protected invoke<TResult = unknown>(
    method: string,
    args: Record<string, unknown> = {},
  ): Promise<TResult> {
    const state = this[$state];
    if (state.host === undefined) {
      const error = new FletError(
        ErrorCode.CONTROL_NOT_MOUNTED,
        `Expected ${this.constructor.name} to be on a page to run "${method}" in the browser, but it is not. Call it after didMount().`,
        { control: this.constructor.name, method },
      );
      const rejected = Promise.reject(error);
      rejected.catch(() => {});
      return rejected;
    }
    state.host.flush(this);
    return state.host.call(method, args, state.id) as Promise<TResult>;
  }

  /**
   * Hook: called once, when the control is first added to a page, before its first patch.
   * Add children or derive properties here (`this.controls.push(...)`). No-op by default.
   */
  build(): void {}

  /**
   * Hook: called before every update that includes the control (its own `update()`, an
   * ancestor's, `page.update()`, and the automatic one after a handler). No-op by default.
   */
  beforeUpdate(): void {}

  /**
   * Hook: checks the control against its children (or its parent) in every update that
   * changed or added it, after `beforeUpdate()` and before anything is sent. Throw a
   * `FletError` to refuse the whole update: nothing of it reaches the browser, the error
   * goes to `page.onError`, and the next update tries the same changes again. No-op by
   * default.
   *
   * @example
   * ```ts
   * override validate() {
   *   if (this.controls.length > 3) throw new ft.FletError(ft.ErrorCode.PROP_INVALID_VALUE, "Expected at most 3 controls");
   * }
   * ```
   */
  validate(): void {}

  /**
   * Hook: called after the patch that adds the control was committed and sent, so the
   * browser has it. `this.update()` and `this.page.runTask()` are safe here. No-op by default.
   */
  didMount(): void {}

  /**
   * Hook: called before the control leaves the page (removed, page cleaned, session
   * closed), children before parents. Stop timers and tasks here. No-op by default.
   */
  willUnmount(): void {}

  // Common properties of every control (Flet's Control).

  /** Whether the control is shown. Hidden controls take no space. Default `true`. */
  declare visible: boolean | undefined;
  /** Disables the control and its descendants. Default `false`. */
  declare disabled: boolean | undefined;
  /** Text shown when the pointer rests on the control; also its accessible description. */
  @prop({ kind: "string" }) accessor tooltip: string | undefined;
  /**
   * Inside a Row or Column: `true` fills the free space; a number is a flex factor.
   */
  declare expand: boolean | number | undefined;
  /** With `expand`: the control may be smaller than its share. */
  declare expandLoose: boolean | undefined;
  /**
   * Inside a ResponsiveRow: columns to span, a number or per breakpoint
   * (`{ xs: 12, md: 6 }`). The row has 12 columns by default.
   */
  declare col:
    | number
    | Partial<Record<"xs" | "sm" | "md" | "lg" | "xl" | "xxl", number>>
    | undefined;
  /** Opacity from 0.0 (invisible) to 1.0. */
  declare opacity: number | undefined;
  /** Lays out the control right to left. */
  declare rtl: boolean | undefined;
  /**
   * On iOS and macOS, render Material controls as their Cupertino twins. Inherited by
   * descendants that do not set it.
   */
  declare adaptive: boolean | undefined;
  /** A stable identity for finders (`t.find.byKey`) and for scrolling to the control. */
  @prop({ kind: "string" }) accessor key: string | undefined;
}
brandControls(Control.prototype);

// Declared without `accessor` fields: every control inherits these, and an accessor field
// would cost each instance a storage slot that is never read (decision 0005).
declareMembers(Control, {
  visible: { kind: "boolean", default: true },
  disabled: { kind: "boolean", default: false },
  // Accessor fields: IconButton, FloatingActionButton and DropdownOption override them.
  tooltip: "accessor",
  expand: { kind: "json", check: checks.expandValue },
  expandLoose: { kind: "boolean" },
  col: { kind: "json", check: checks.colValue },
  opacity: { kind: "number", check: checks.unitInterval },
  rtl: { kind: "boolean" },
  adaptive: { kind: "boolean" },
  key: "accessor",
});

/**
 * How a property change animates: `true` (default curve, 1 s), a duration in
 * milliseconds, or an explicit `{ duration, curve }`.
 */
export type AnimationValue = boolean | number | { duration: number; curve?: string };

/**
 * A control with size, position and transform properties (Flet's ConstrainedControl).
 */
export abstract class ConstrainedControl extends Control {
  /** Width in logical pixels. */
  declare width: number | undefined;
  /** Height in logical pixels. */
  declare height: number | undefined;
  /** Distance from the left edge of the parent Stack (or page overlay). */
  declare left: number | undefined;
  /** Distance from the top edge of the parent Stack. */
  declare top: number | undefined;
  /** Distance from the right edge of the parent Stack. */
  declare right: number | undefined;
  /** Distance from the bottom edge of the parent Stack. */
  declare bottom: number | undefined;
  /** Rotation in radians, or `{ angle, alignment }`. */
  declare rotate: number | { angle: number; alignment?: { x: number; y: number } } | undefined;
  /** Scale factor, or `{ scale, scaleX, scaleY, alignment }`. */
  declare scale: number | { scale?: number; scaleX?: number; scaleY?: number } | undefined;
  /** Offset as a fraction of the control's size: `{ x, y }`. */
  declare offset: { x: number; y: number } | undefined;
  /** Width / height ratio to keep. */
  declare aspectRatio: number | undefined;
  /** Animate changes of `opacity`. */
  declare animateOpacity: AnimationValue | undefined;
  /** Animate changes of size. */
  declare animateSize: AnimationValue | undefined;
  /** Animate changes of `left`/`top`/`right`/`bottom`. */
  declare animatePosition: AnimationValue | undefined;
  /** Animate changes of `rotate`. */
  declare animateRotation: AnimationValue | undefined;
  /** Animate changes of `scale`. */
  declare animateScale: AnimationValue | undefined;
  /** Animate changes of `offset`. */
  declare animateOffset: AnimationValue | undefined;
  /** Fires when an implicit animation ends. */
  declare onAnimationEnd: EventHandler<ControlEvent<this>> | undefined;
}

// Declared without `accessor` fields: every control inherits these, and an accessor field
// would cost each instance a storage slot that is never read (decision 0005).
declareMembers(
  ConstrainedControl,
  {
    width: { kind: "number", check: checks.nonNegative },
    height: { kind: "number", check: checks.nonNegative },
    left: { kind: "number" },
    top: { kind: "number" },
    right: { kind: "number" },
    bottom: { kind: "number" },
    rotate: { kind: "json" },
    scale: { kind: "json" },
    offset: { kind: "json" },
    aspectRatio: { kind: "number", check: checks.positive },
    animateOpacity: { kind: "json" },
    animateSize: { kind: "json" },
    animatePosition: { kind: "json" },
    animateRotation: { kind: "json" },
    animateScale: { kind: "json" },
    animateOffset: { kind: "json" },
  },
  {
    onAnimationEnd: {},
  },
);
