import {
  ConstrainedControl,
  type ControlEvent,
  type ControlOptions,
  control,
  ErrorCode,
  type EventHandler,
  enumValues,
  event,
  FletError,
  prop,
  withPrimary,
} from "flet-ts/pack";
import { FilterQuality } from "./types/filter-quality.js";
import { ImageFit } from "./types/image.js";

/** Base64 as Flet's client decodes it (standard alphabet, padding, whitespace ignored). */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Plays a Lottie animation (Bodymovin JSON) from a URL or asset path (`src`) or from
 * base64-encoded JSON (`srcBase64`, which wins when both are set).
 *
 * In the browser the animation is drawn as SVG by lottie-web's light player, which loads
 * with the control's renderer on first use (never at page start). Without `width` and
 * `height` the control takes the composition's own size (never wider than its parent).
 *
 * - `repeat` (default `true`) plays it again and again; `false` plays it once and stops on
 *   the last frame.
 * - `reverse` (with `repeat`) plays it forward and then backward, in turn, as Flutter's
 *   `AnimationController.repeat(reverse: true)`.
 * - `animate: false` pauses it where it is (the first frame before it has played).
 * - With the user's `prefers-reduced-motion: reduce`, it does not play: it shows its first
 *   frame (its last with `repeat: false`), and plays once the preference is cleared.
 *
 * Its accessible name (`role="img"`) is the `tooltip`, else "Animation".
 * When `src` cannot be fetched or is not a Lottie animation, nothing is drawn and
 * `onError` gets the reason (as Flet's `on_error`, `e.data` is a message string).
 *
 * @example
 * ```ts
 * new ft.Lottie("/animations/loader.json", {
 *   width: 160,
 *   reverse: true,
 *   tooltip: "Loading",
 *   onError: (e) => console.log("could not play:", e.data),
 * });
 * ```
 */
@control("lottie")
export class Lottie extends ConstrainedControl {
  /**
   * @param src - URL or asset path of the animation's JSON, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(src?: string | ControlOptions<Lottie>, options?: ControlOptions<Lottie>) {
    super(withPrimary("src", src, options));
  }

  /**
   * Refuses a Lottie with neither `src` nor `srcBase64`, or whose `srcBase64` is not
   * base64, as Flet's client does (it draws an error box instead).
   * @throws `FletError` `FLET_ERR_PROP_INVALID_VALUE`: the update that brings it is
   * refused (nothing of it is sent) and the error goes to `page.onError`.
   */
  override validate(): void {
    const base64 = this.srcBase64 ?? "";
    if ((this.src ?? "") === "" && base64 === "") {
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        'Expected Lottie to have "src" or "srcBase64", but both are unset or empty. Pass the animation\'s URL: new ft.Lottie("/animations/loader.json"), or its JSON in base64 as srcBase64.',
        { control: "Lottie", prop: "src" },
      );
    }
    if (base64 !== "" && !BASE64.test(base64.replace(/\s+/g, ""))) {
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        `Expected Lottie.srcBase64 to be base64 (A-Z, a-z, 0-9, + and /, padded with = to a multiple of 4), but got ${JSON.stringify(base64.length > 40 ? `${base64.slice(0, 40)}…` : base64)}. Encode the JSON with Buffer.from(json).toString("base64").`,
        { control: "Lottie", prop: "srcBase64" },
      );
    }
  }

  /** URL or asset path of the animation's JSON (Bodymovin/Lottie). */
  @prop({ kind: "string" }) accessor src: string | undefined;
  /** The animation's JSON, base64-encoded. Wins over `src`. */
  @prop({ kind: "string" }) accessor srcBase64: string | undefined;
  /** Plays the animation again and again. `false` plays it once. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor repeat: boolean | undefined;
  /**
   * With `repeat`, plays forward then backward in turn (as Flutter's
   * `repeat(reverse: true)`); without `repeat` it changes nothing. Default `false`.
   */
  @prop({ kind: "boolean", default: false }) accessor reverse: boolean | undefined;
  /** Plays the animation; `false` pauses it on its current frame. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor animate: boolean | undefined;
  /**
   * Flutter decodes the composition on a background isolate. Browser no-op: the browser
   * always fetches and parses it without blocking the page; the element only records it
   * (`data-background-loading`).
   */
  @prop({ kind: "boolean" }) accessor backgroundLoading: boolean | undefined;
  /**
   * How embedded raster images are scaled: `none` draws them pixelated, the others
   * smooth (the browser has one smooth filter). Default `low`.
   */
  @prop({ kind: "enum", values: enumValues(FilterQuality) }) accessor filterQuality:
    | FilterQuality
    | undefined;
  /** How the composition fits the control's box, as Image's `fit`. Default `contain`. */
  @prop({ kind: "enum", values: enumValues(ImageFit) }) accessor fit: ImageFit | undefined;
  /** The animation could not be loaded or played; `e.data` is the reason (a string). */
  @event() accessor onError: EventHandler<ControlEvent<Lottie>> | undefined;
}
