import {
  Control,
  type ControlEvent,
  type ControlOptions,
  child,
  control,
  type EventHandler,
  event,
  prop,
  withPrimary,
} from "flet-ts/pack";

/**
 * Tells assistive technology what its content is: a name (`label`), a role (`button`,
 * `header`, `slider`, `link`, `image`, `textfield`...), states (`checked`, `toggled`,
 * `selected`, `expanded`...) and the actions it supports (`onTap`, `onIncrease`...).
 *
 * In the browser it becomes real ARIA: a `role`, an accessible name and description and
 * `aria-*` states, and the events come from the keyboard as a screen-reader user expects
 * (`onTap` from Enter and Space, `onIncrease`/`onDecrease` from the arrow keys of a
 * `slider`, `onDismiss` from Escape, `onCopy`/`onCut`/`onPaste` from the clipboard).
 * Event wire names are the handler names without `on` (`onScrollLeft` → `scrollLeft`).
 *
 * @example
 * ```ts
 * const volume = new ft.Semantics(new ft.Text("Volume 5"), {
 *   label: "Volume", slider: true, value: "5", increasedValue: "6", decreasedValue: "4",
 *   onIncrease: () => { ... }, onDecrease: () => { ... },
 * });
 * ```
 */
@control("semantics")
export class Semantics extends Control {
  /**
   * @param content - The described control, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(content?: Control | ControlOptions<Semantics>, options?: ControlOptions<Semantics>) {
    super(withPrimary("content", content, options));
  }

  /** The described control. */
  @child() accessor content: Control | undefined;
  /** The accessible name. */
  @prop({ kind: "string", label: true }) accessor label: string | undefined;
  /** The current value, read after the name (a slider's `"50%"`). */
  @prop({ kind: "string" }) accessor value: string | undefined;
  /** The value after `onIncrease`. */
  @prop({ kind: "string" }) accessor increasedValue: string | undefined;
  /** The value after `onDecrease`. */
  @prop({ kind: "string" }) accessor decreasedValue: string | undefined;
  /** What happens when it is used (the accessible description). */
  @prop({ kind: "string" }) accessor hintText: string | undefined;
  /** What a tap does ("open the cart"). */
  @prop({ kind: "string" }) accessor onTapHintText: string | undefined;
  /** What a long press does. */
  @prop({ kind: "string" }) accessor onLongPressHintText: string | undefined;
  /** The content acts as a button. */
  @prop({ kind: "boolean" }) accessor button: boolean | undefined;
  /** The content is a heading. */
  @prop({ kind: "boolean" }) accessor header: boolean | undefined;
  /** The content is a link. */
  @prop({ kind: "boolean" }) accessor link: boolean | undefined;
  /** The content is an image (`label` describes it). */
  @prop({ kind: "boolean" }) accessor image: boolean | undefined;
  /** The content is a slider: arrow keys run `onIncrease`/`onDecrease`. */
  @prop({ kind: "boolean" }) accessor slider: boolean | undefined;
  /** The content is a text field. */
  @prop({ kind: "boolean" }) accessor textfield: boolean | undefined;
  /** The text field takes several lines. */
  @prop({ kind: "boolean" }) accessor multiline: boolean | undefined;
  /** The text field's text is hidden (a password). */
  @prop({ kind: "boolean" }) accessor obscured: boolean | undefined;
  /** The text field cannot be edited. */
  @prop({ kind: "boolean" }) accessor readOnly: boolean | undefined;
  /** The most characters the text field takes. */
  @prop({ kind: "number" }) accessor maxValueLength: number | undefined;
  /** Checked (`true`), unchecked (`false`) or not checkable (unset). */
  @prop({ kind: "boolean" }) accessor checked: boolean | undefined;
  /** On (`true`) or off (`false`): the content is a switch. */
  @prop({ kind: "boolean" }) accessor toggled: boolean | undefined;
  /** Selected, like a tab. */
  @prop({ kind: "boolean" }) accessor selected: boolean | undefined;
  /** Expanded (`true`) or collapsed (`false`). */
  @prop({ kind: "boolean" }) accessor expanded: boolean | undefined;
  /** Hidden from assistive technology. */
  @prop({ kind: "boolean" }) accessor hidden: boolean | undefined;
  /** Reachable with the keyboard. */
  @prop({ kind: "boolean" }) accessor focusable: boolean | undefined;
  /** Has the keyboard focus (Flet's `focus`; its wire name is `focused`). */
  @prop({ kind: "boolean" }) accessor focused: boolean | undefined;
  /** Groups its descendants into a node of their own. */
  @prop({ kind: "boolean" }) accessor container: boolean | undefined;
  /** Changes are announced (a live region). */
  @prop({ kind: "boolean" }) accessor liveRegion: boolean | undefined;

  /** Fires on a click, Enter or Space. */
  @event() accessor onTap: EventHandler<ControlEvent<Semantics>> | undefined;
  /** Fires on a double click. */
  @event() accessor onDoubleTap: EventHandler<ControlEvent<Semantics>> | undefined;
  /** Fires on a long press (or the context-menu key). */
  @event() accessor onLongPress: EventHandler<ControlEvent<Semantics>> | undefined;
  /** Fires on Arrow Up or Right of a slider. */
  @event() accessor onIncrease: EventHandler<ControlEvent<Semantics>> | undefined;
  /** Fires on Arrow Down or Left of a slider. */
  @event() accessor onDecrease: EventHandler<ControlEvent<Semantics>> | undefined;
  /** Fires on Escape. */
  @event() accessor onDismiss: EventHandler<ControlEvent<Semantics>> | undefined;
  /** Fires when the user scrolls (or presses Arrow Left outside a slider). */
  @event() accessor onScrollLeft: EventHandler<ControlEvent<Semantics>> | undefined;
  /** Fires when the user scrolls right. */
  @event() accessor onScrollRight: EventHandler<ControlEvent<Semantics>> | undefined;
  /** Fires when the user scrolls up. */
  @event() accessor onScrollUp: EventHandler<ControlEvent<Semantics>> | undefined;
  /** Fires when the user scrolls down. */
  @event() accessor onScrollDown: EventHandler<ControlEvent<Semantics>> | undefined;
  /** Fires when the user copies. */
  @event() accessor onCopy: EventHandler<ControlEvent<Semantics>> | undefined;
  /** Fires when the user cuts. */
  @event() accessor onCut: EventHandler<ControlEvent<Semantics>> | undefined;
  /** Fires when the user pastes; `data` is the pasted text. */
  @event() accessor onPaste: EventHandler<ControlEvent<Semantics>> | undefined;
  /** Fires when a text field's cursor moves one character forward. */
  @event() accessor onMoveCursorForwardByCharacter:
    | EventHandler<ControlEvent<Semantics>>
    | undefined;
  /** Fires when a text field's cursor moves one character back. */
  @event() accessor onMoveCursorBackwardByCharacter:
    | EventHandler<ControlEvent<Semantics>>
    | undefined;
  /** Fires when the content gains the (accessibility) focus. */
  @event() accessor onDidGainAccessibilityFocus: EventHandler<ControlEvent<Semantics>> | undefined;
  /** Fires when the content loses the (accessibility) focus. */
  @event() accessor onDidLoseAccessibilityFocus: EventHandler<ControlEvent<Semantics>> | undefined;
}
