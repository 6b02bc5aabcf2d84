import {
  Control,
  type ControlEvent,
  type ControlOptions,
  checks,
  control,
  type EventHandler,
  event,
  prop,
} from "flet-ts/pack";

/**
 * Flet's shake detector: an invisible control (put it in `page.overlay`) that fires
 * `onShake` when the user shakes the phone.
 *
 * The browser reads the accelerometer from `devicemotion` events (acceleration including
 * gravity) with the algorithm of Flutter's `shake` package, as Flet does: a reading whose
 * g-force is above `shakeThresholdGravity` counts as a shake unless it comes within
 * `shakeSlopTimeMs` of the last one; the count starts again after `shakeCountResetTimeMs`
 * without shakes; `onShake` fires from the `minimumShakeCount`-th shake on.
 *
 * Safari on iOS gives motion only after the user allowed it: the browser asks on the
 * user's first tap on the page. Where the device has no accelerometer (desktops) the
 * control never fires: a documented browser no-op.
 *
 * @example
 * ```ts
 * page.overlay.push(new ft.ShakeDetector({
 *   minimumShakeCount: 2,
 *   shakeSlopTimeMs: 300,
 *   shakeCountResetTimeMs: 1000,
 *   onShake: () => page.add(new ft.Text("Shaken!")),
 * }));
 * ```
 */
@control("shakedetector")
export class ShakeDetector extends Control {
  /** Makes a detector; set `onShake` here or later. */
  constructor(options?: ControlOptions<ShakeDetector>) {
    super(options);
  }

  /** How many shakes (within `shakeCountResetTimeMs` of each other) fire `onShake`. Default 1. */
  @prop({ kind: "number", default: 1, check: checks.positiveInteger })
  accessor minimumShakeCount: number | undefined;
  /** Shakes closer than this to the last one (in milliseconds) are ignored. Default 500. */
  @prop({ kind: "number", default: 500, check: checks.nonNegative })
  accessor shakeSlopTimeMs: number | undefined;
  /** After this many milliseconds without a shake the count starts again. Default 3000. */
  @prop({ kind: "number", default: 3000, check: checks.nonNegative })
  accessor shakeCountResetTimeMs: number | undefined;
  /** The g-force (1 = standing still) a reading must pass to count as a shake. Default 2.7. */
  @prop({ kind: "number", default: 2.7, check: checks.positive })
  accessor shakeThresholdGravity: number | undefined;

  /** Fires when the phone was shaken `minimumShakeCount` times. */
  @event() accessor onShake: EventHandler<ControlEvent<ShakeDetector>> | undefined;
}
