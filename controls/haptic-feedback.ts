import { Control, type ControlOptions, control } from "flet-ts/pack";

/**
 * Flet's haptic feedback: an invisible control (put it in `page.overlay`) whose methods
 * make the device give a short physical feedback.
 *
 * In a browser the feedback is the Vibration API (`navigator.vibrate`): a light impact
 * vibrates 10 ms, a medium one 20 ms, a heavy one 30 ms, and {@link vibrate} 100 ms.
 * Where the browser has no vibration (desktop browsers, Safari on iOS) the methods are
 * a documented browser no-op: they resolve and nothing happens. Browsers also ignore a
 * vibration asked for before the user's first tap on the page.
 *
 * @example
 * ```ts
 * const haptics = new ft.HapticFeedback();
 * page.overlay.push(haptics);
 * page.add(new ft.ElevatedButton("Heavy impact", { onClick: () => haptics.heavyImpact() }));
 * ```
 */
@control("hapticfeedback")
export class HapticFeedback extends Control {
  /** Makes the control; it has no properties of its own. */
  constructor(options?: ControlOptions<HapticFeedback>) {
    super(options);
  }

  /** A heavy impact: a 30 ms vibration in a browser (no-op without vibration). */
  heavyImpact(): Promise<void> {
    return this.invoke("heavyImpact", {}).then(() => undefined);
  }

  /** A medium impact: a 20 ms vibration in a browser (no-op without vibration). */
  mediumImpact(): Promise<void> {
    return this.invoke("mediumImpact", {}).then(() => undefined);
  }

  /** A light impact: a 10 ms vibration in a browser (no-op without vibration). */
  lightImpact(): Promise<void> {
    return this.invoke("lightImpact", {}).then(() => undefined);
  }

  /** A plain vibration: 100 ms in a browser (no-op without vibration). */
  vibrate(): Promise<void> {
    return this.invoke("vibrate", {}).then(() => undefined);
  }
}
