import {
  Control,
  type ControlEvent,
  type ControlOptions,
  checks,
  children,
  control,
  type EventHandler,
  event,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { UrlTarget } from "./types/link.js";
import type { TextStyle } from "./types/text.js";

/**
 * A run of text inside a {@link Text} (in its `spans`), in its own style, optionally a link
 * or clickable, with spans of its own nested inside (Flutter's `TextSpan`). Spans flow
 * inline with the text around them and wrap with it.
 *
 * With `url`, clicking the span (or pressing Enter on it) opens the URL (only http(s),
 * mailto, tel and relative URLs; new tabs get no handle on the app); with `onClick`, the
 * span is a button-like link for keyboard and screen readers too.
 *
 * @example
 * ```ts
 * new ft.Text("Read the ", {
 *   spans: [
 *     new ft.TextSpan("docs", {
 *       url: "https://flet.dev/docs",
 *       style: { decoration: ft.TextDecoration.UNDERLINE, color: ft.colors.PRIMARY },
 *     }),
 *     new ft.TextSpan(" or "),
 *     new ft.TextSpan("say hi", { onClick: () => console.log("hi") }),
 *   ],
 * });
 * ```
 */
@control("textspan")
export class TextSpan extends Control {
  /**
   * @param text - The text, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(text?: string | ControlOptions<TextSpan>, options?: ControlOptions<TextSpan>) {
    super(withPrimary("text", text, options));
  }

  /** The text of the span. */
  @prop({ kind: "string", text: true }) accessor text: string | undefined;
  /** Its style: size, weight, colour, decoration... Unset parts come from the text around it. */
  @prop({ kind: "json" }) accessor style: TextStyle | undefined;
  /** Spans inside this one, after its `text`, each inheriting this span's style. */
  @children() accessor spans!: Control[];
  /** A URL opened when the span is clicked (http(s), mailto, tel or relative). */
  @prop({ kind: "string", check: checks.safeUrl }) accessor url: string | undefined;
  /** Where `url` opens: a new tab (`_blank`, the default), this one (`_self`), a window name. */
  @prop({ kind: "string" }) accessor urlTarget: UrlTarget | undefined;
  /** The span was clicked (or activated with Enter). */
  @event() accessor onClick: EventHandler<ControlEvent<TextSpan>> | undefined;
  /** The pointer moved onto the span. */
  @event() accessor onEnter: EventHandler<ControlEvent<TextSpan>> | undefined;
  /** The pointer left the span. */
  @event() accessor onExit: EventHandler<ControlEvent<TextSpan>> | undefined;
}
