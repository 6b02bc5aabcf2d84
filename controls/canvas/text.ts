/**
 * Text drawn on a canvas.
 * @module
 */
import {
  type Control,
  type ControlOptions,
  children,
  control,
  enumValues,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { Alignment } from "../types/alignment.js";
import { TextAlign, type TextStyle } from "../types/text.js";
import { positional } from "./finite.js";
import { Shape } from "./shape.js";

/**
 * Text painted at (x, y) (Flet's `cv.Text`). `alignment` says which point of the text's
 * box sits on (x, y): the default `topLeft` puts its top-left corner there, `center`
 * centres it. `rotate` turns it (radians) around (x, y). Text wraps at `maxWidth`; with
 * `maxLines`, the last line ends in `ellipsis`. `spans` (TextSpans) follow `text`, each in
 * its own style over its parent's (a span's own spans inherit from it, at any depth). The text is painted, not selectable; the Canvas's own label tells screen
 * readers what the picture shows.
 *
 * @example
 * ```ts
 * new ft.cv.Text("Hello", { x: 100, y: 50, alignment: ft.alignment.center, style: { size: 24 } });
 * ```
 */
@control("cv.text")
export class Text extends Shape {
  protected readonly finiteProps = ["x", "y", "maxWidth", "rotate"];
  /**
   * @param text - The text, or the options.
   * @param options - Other properties.
   */
  constructor(text?: string | ControlOptions<Text>, options?: ControlOptions<Text>);
  /** Flet's positional form: `(x, y, text, style, options)`. */
  constructor(
    x: number,
    y: number,
    text?: string,
    style?: TextStyle,
    options?: ControlOptions<Text>,
  );
  constructor(...args: unknown[]) {
    super(
      typeof args[0] === "number"
        ? positional<ControlOptions<Text>>(["x", "y", "text", "style"], args)
        : withPrimary("text", args[0], args[1] as ControlOptions<Text> | undefined),
    );
  }
  /** Where the text is anchored: x. Default 0. */
  @prop("number") accessor x: number | undefined;
  /** Where the text is anchored: y. Default 0. */
  @prop("number") accessor y: number | undefined;
  /** The text. */
  @prop({ kind: "string", text: true }) accessor text: string | undefined;
  /** Size, weight, colour... Default the theme's body medium style (14 px, on-surface). */
  @prop("json") accessor style: TextStyle | undefined;
  /** TextSpans drawn after `text`, each in its own style. */
  @children() accessor spans!: Control[];
  /** Which point of the text's box sits on (x, y). Default top left. */
  @prop("json") accessor alignment: Alignment | undefined;
  /** How lines align inside the text's box. Default `start`. */
  @prop({ kind: "enum", values: enumValues(TextAlign) }) accessor textAlign: TextAlign | undefined;
  /** At most this many lines; the rest is cut (with `ellipsis`). */
  @prop("number") accessor maxLines: number | undefined;
  /** Lines wrap at this width. Default no wrapping. */
  @prop("number") accessor maxWidth: number | undefined;
  /** Ends the last line when text is cut by `maxLines` (`"…"`). */
  @prop("string") accessor ellipsis: string | undefined;
  /** Turns the text around (x, y), radians. Default 0. */
  @prop("number") accessor rotate: number | undefined;
}
