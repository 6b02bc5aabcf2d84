/**
 * The device controls: `hapticfeedback` (the Vibration API), `shakedetector` (the
 * accelerometer through `devicemotion`) and `windowdragarea` (its content; a page has no
 * window to drag).
 * @module
 */
import { passesConstraints, type RenderContext } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, num, place } from "./dom.js";

/** How long each haptic method vibrates, in milliseconds. */
export const VIBRATION_MS: Readonly<Record<string, number>> = {
  lightImpact: 10,
  mediumImpact: 20,
  heavyImpact: 30,
  vibrate: 100,
};

/** Vibrates for `ms` where the browser can; a no-op elsewhere (desktops, iOS Safari). */
function vibrate(ms: number): true {
  if (typeof navigator.vibrate === "function") navigator.vibrate(ms);
  return true;
}

/** An invisible element: a non-visual control of `page.overlay`. */
function invisible(): HTMLElement {
  const element = h("div");
  element.hidden = true;
  element.setAttribute("aria-hidden", "true");
  return element;
}

/**
 * Draws `hapticfeedback`: nothing; its methods call `navigator.vibrate` for
 * {@link VIBRATION_MS} of the method.
 */
export const hapticFeedbackRenderer: MaterialRenderer<HTMLElement> = {
  create: invisible,
  update(element) {
    element.hidden = true;
  },
  methods: Object.fromEntries(
    Object.entries(VIBRATION_MS).map(([name, ms]) => [name, () => vibrate(ms)]),
  ),
};

/** Standard gravity, m/s², as Flutter's shake package divides by. */
const GRAVITY = 9.80665;

/** The settings of a {@link ShakeCounter}, with the defaults of Flet's client. */
export interface ShakeSettings {
  minimumShakeCount: number;
  shakeSlopTimeMs: number;
  shakeCountResetTimeMs: number;
  shakeThresholdGravity: number;
}

/**
 * The algorithm of Flutter's `shake` package (as Flet's client uses it): counts readings
 * above the threshold that are far enough apart, and says when they make a shake.
 */
export class ShakeCounter {
  #last: number;
  #count = 0;

  /** Starts counting at `now` (a reading within the slop time of the start is ignored). */
  constructor(now: number) {
    this.#last = now;
  }

  /** Takes one accelerometer reading (m/s², gravity included); true when `onShake` fires. */
  reading(x: number, y: number, z: number, now: number, settings: ShakeSettings): boolean {
    const gForce = Math.hypot(x / GRAVITY, y / GRAVITY, z / GRAVITY);
    if (!(gForce > settings.shakeThresholdGravity)) return false;
    if (this.#last + settings.shakeSlopTimeMs > now) return false;
    if (this.#last + settings.shakeCountResetTimeMs < now) this.#count = 0;
    this.#last = now;
    this.#count++;
    return this.#count >= settings.minimumShakeCount;
  }
}

type DetectorElement = HTMLElement & { fletStop?: () => void };

/** The detector's settings from its props, with Flet's defaults. */
function settingsOf(ctx: RenderContext): ShakeSettings {
  const p = ctx.props;
  return {
    minimumShakeCount: num(p.minimumShakeCount, 1),
    shakeSlopTimeMs: num(p.shakeSlopTimeMs, 500),
    shakeCountResetTimeMs: num(p.shakeCountResetTimeMs, 3000),
    shakeThresholdGravity: num(p.shakeThresholdGravity, 2.7),
  };
}

type MotionPermission = { requestPermission?: () => Promise<string> };

/** Safari on iOS gives motion only after asking, and asks only in a user gesture. */
function askForMotionOnFirstGesture(): () => void {
  const motion = (globalThis as { DeviceMotionEvent?: MotionPermission }).DeviceMotionEvent;
  if (typeof motion?.requestPermission !== "function") return () => {};
  const ask = () => {
    stop();
    motion.requestPermission?.().catch(() => {});
  };
  const stop = () => {
    document.removeEventListener("click", ask, true);
    document.removeEventListener("keydown", ask, true);
  };
  document.addEventListener("click", ask, true);
  document.addEventListener("keydown", ask, true);
  return stop;
}

/**
 * Draws `shakedetector`: nothing; it listens to `devicemotion` while on the page and
 * sends `shake` as {@link ShakeCounter} says.
 */
export const shakeDetectorRenderer: MaterialRenderer<DetectorElement> = {
  create(ctx) {
    const element = invisible() as DetectorElement;
    const counter = new ShakeCounter(Date.now());
    const onMotion = (event: DeviceMotionEvent) => {
      const a = event.accelerationIncludingGravity;
      if (!a) return;
      if (counter.reading(a.x ?? 0, a.y ?? 0, a.z ?? 0, Date.now(), settingsOf(ctx)))
        ctx.send("shake");
    };
    window.addEventListener("devicemotion", onMotion);
    const stopAsking = askForMotionOnFirstGesture();
    element.fletStop = () => {
      window.removeEventListener("devicemotion", onMotion);
      stopAsking();
    };
    return element;
  },
  update(element) {
    element.hidden = true;
  },
  destroy(element) {
    element.fletStop?.();
  },
};

/**
 * Draws `windowdragarea`: its content, in a box that adds no layout. A page cannot move
 * or maximize the browser's window, so dragging and `maximizable` do nothing.
 */
export const windowDragAreaRenderer: MaterialRenderer<HTMLElement> = {
  create() {
    const element = h("div");
    element.style.display = "flex";
    element.style.flexDirection = "column";
    passesConstraints(element, true);
    return element;
  },
  update(element, ctx) {
    place(element, [ctx.child("content")]);
  },
};
