import {
  Control,
  ControlEvent,
  type ControlOptions,
  control,
  defineCheck,
  ErrorCode,
  type EventHandler,
  enumValues,
  event,
  FletError,
  prop,
  withPrimary,
} from "flet-ts/pack";
import { invalidCall } from "./invalid-call.js";

/** What an {@link Audio} does when a track ends (Flet's `ReleaseMode`). */
export const ReleaseMode = {
  /** Stops and frees the track's resources; `play()` loads it again. Flet's default. */
  RELEASE: "release",
  /** Starts the track again from the beginning, endlessly. */
  LOOP: "loop",
  /** Stops at the end and keeps the track loaded. */
  STOP: "stop",
} as const;
/** One of {@link ReleaseMode}. */
export type ReleaseMode = (typeof ReleaseMode)[keyof typeof ReleaseMode];

/** The states an {@link Audio} reports in `onStateChanged` (audioplayers' `PlayerState`). */
export const AudioState = {
  STOPPED: "stopped",
  PLAYING: "playing",
  PAUSED: "paused",
  COMPLETED: "completed",
  DISPOSED: "disposed",
} as const;
/** One of {@link AudioState}. */
export type AudioState = (typeof AudioState)[keyof typeof AudioState];

const STATES = new Set<string>(Object.values(AudioState));

/** A whole number of milliseconds ≥ 0 from an event's data (`"1500"` or `1500`), else 0. */
function millisecondsOf(data: unknown): number {
  const value = typeof data === "string" ? Number(data) : data;
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.round(value) : 0;
}

/**
 * An {@link Audio}'s new state: handed to `onStateChanged`.
 *
 * @example
 * ```ts
 * audio.onStateChanged = (e) => { label.value = e.state; };
 * ```
 */
export class AudioStateChangeEvent extends ControlEvent<Audio> {
  /**
   * `playing`, `paused`, `stopped` (after `release()`), `completed` (the track ended) or
   * `disposed` (Flet's state of a disposed player; the browser never sends it).
   */
  readonly state: AudioState;

  constructor(control: Audio, name: string, data?: unknown) {
    super(control, name, data);
    const state = String(data ?? "");
    this.state = (STATES.has(state) ? state : AudioState.STOPPED) as AudioState;
  }
}

/**
 * An {@link Audio}'s playing position: handed to `onPositionChanged`, in whole seconds
 * (as Flet: once a second while playing, and at the end).
 *
 * @example
 * ```ts
 * audio.onPositionChanged = (e) => { slider.value = e.position; };
 * ```
 */
export class AudioPositionChangeEvent extends ControlEvent<Audio> {
  /** Milliseconds from the start of the track. */
  readonly position: number;

  constructor(control: Audio, name: string, data?: unknown) {
    super(control, name, data);
    this.position = millisecondsOf(data);
  }
}

/**
 * An {@link Audio}'s track length, known once its data has loaded: handed to
 * `onDurationChanged`.
 *
 * @example
 * ```ts
 * audio.onDurationChanged = (e) => { slider.max = e.duration; };
 * ```
 */
export class AudioDurationChangeEvent extends ControlEvent<Audio> {
  /** The track's length in milliseconds. */
  readonly duration: number;

  constructor(control: Audio, name: string, data?: unknown) {
    super(control, name, data);
    this.duration = millisecondsOf(data);
  }
}

const finite = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);
const unit = defineCheck((v) => finite(v) && v >= 0 && v <= 1, "a number from 0.0 to 1.0");
const pan = defineCheck((v) => finite(v) && v >= -1 && v <= 1, "a number from -1.0 to 1.0");
const rate = defineCheck((v) => finite(v) && v > 0 && v <= 2, "a number above 0 and up to 2.0");

/**
 * Flet's Audio: an invisible player (put it in `page.overlay`) of a sound file from a URL,
 * an asset path (`/sounds/ding.mp3`, relative to the app's assets directory) or base64
 * data, driven by its methods (`play`, `pause`, `resume`, `seek`, `release`) and reporting
 * its state, length and position in events. `getDuration()` and `getCurrentPosition()`
 * ask the browser and resolve to milliseconds.
 *
 * Browsers refuse to start sound before the user has interacted with the page (autoplay
 * policy): `autoplay`, and `play()` run from a timer, do nothing until the user has
 * clicked or typed on the page once; call `play()` from a button's `onClick` to be safe.
 * `balance` routes the sound through Web Audio (a `StereoPannerNode`): a `src` on another
 * origin must then be served with CORS headers, or the browser plays silence.
 *
 * An Audio must have `src` or `srcBase64`: an update that leaves it with neither is
 * refused with `FLET_ERR_PROP_INVALID_VALUE` (Flet draws an error in its place).
 *
 * @example
 * ```ts
 * const audio = new ft.Audio("/sounds/ambient.mp3", {
 *   volume: 0.5,
 *   onStateChanged: (e) => console.log(e.state),
 * });
 * page.overlay.push(audio);
 * page.add(new ft.ElevatedButton("Play", { onClick: () => audio.play() }));
 * ```
 */
@control("audio")
export class Audio extends Control {
  /**
   * Makes a player.
   * @param src - The sound's URL or asset path, or the options.
   */
  constructor(src?: string | ControlOptions<Audio>, options?: ControlOptions<Audio>) {
    super(withPrimary("src", src, options));
  }

  /** The sound's URL, or its path in the app's assets directory. */
  @prop({ kind: "string" }) accessor src: string | undefined;
  /** The sound file's bytes in base64 (used when `src` is unset). */
  @prop({ kind: "string" }) accessor srcBase64: string | undefined;
  /**
   * Starts playing as soon as the sound has loaded (and whenever `src` changes). Browsers
   * allow it only after the user has interacted with the page. Default `false`.
   */
  @prop({ kind: "boolean", default: false }) accessor autoplay: boolean | undefined;
  /** Loudness from 0.0 (silent) to 1.0 (full). Default 1.0. */
  @prop({ kind: "number", default: 1, check: unit }) accessor volume: number | undefined;
  /** Stereo balance from -1.0 (left only) to 1.0 (right only). Default 0 (centre). */
  @prop({ kind: "number", default: 0, check: pan }) accessor balance: number | undefined;
  /** Speed: 1.0 is normal, 0.5 half, 2.0 double (at most). Default 1.0. */
  @prop({ kind: "number", default: 1, check: rate }) accessor playbackRate: number | undefined;
  /** What happens when the track ends. Default `release`. */
  @prop({ kind: "enum", values: enumValues(ReleaseMode), default: ReleaseMode.RELEASE })
  accessor releaseMode: ReleaseMode | undefined;

  /** The sound's source was set and the browser has its data. */
  @event() accessor onLoaded: EventHandler<ControlEvent<Audio>> | undefined;
  /** The track's length became known. */
  @event({ type: AudioDurationChangeEvent }) accessor onDurationChanged:
    | EventHandler<AudioDurationChangeEvent>
    | undefined;
  /** Playing started, paused, stopped, completed, or the player was released. */
  @event({ type: AudioStateChangeEvent }) accessor onStateChanged:
    | EventHandler<AudioStateChangeEvent>
    | undefined;
  /** The position moved on (once a second while playing). */
  @event({ type: AudioPositionChangeEvent }) accessor onPositionChanged:
    | EventHandler<AudioPositionChangeEvent>
    | undefined;
  /** A `seek()` has finished. */
  @event() accessor onSeekComplete: EventHandler<ControlEvent<Audio>> | undefined;

  override validate(): void {
    if (!this.src && !this.srcBase64)
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        "Expected Audio to have src or srcBase64, but both are unset. Set src to a URL or asset path, or srcBase64 to the file's bytes in base64.",
        { prop: "src" },
      );
  }

  /** Plays the track from the beginning. */
  play(): Promise<void> {
    return this.invoke("play").then(() => undefined);
  }

  /** Pauses playing; `resume()` goes on from there. */
  pause(): Promise<void> {
    return this.invoke("pause").then(() => undefined);
  }

  /** Goes on playing from the current position. */
  resume(): Promise<void> {
    return this.invoke("resume").then(() => undefined);
  }

  /** Stops playing and frees the track's data; `play()` loads it again. */
  release(): Promise<void> {
    return this.invoke("release").then(() => undefined);
  }

  /**
   * Moves to a position (milliseconds from the start); `onSeekComplete` fires when done.
   * @throws `FletError` `FLET_ERR_PROP_INVALID_VALUE` (as a rejection) for a negative or
   * non-finite position.
   */
  seek(positionMilliseconds: number): Promise<void> {
    if (!finite(positionMilliseconds) || positionMilliseconds < 0)
      return invalidCall(
        "seek",
        `Expected Audio.seek() to get a number of milliseconds ≥ 0, but got ${String(positionMilliseconds)}.`,
      );
    return this.invoke("seek", { position: Math.round(positionMilliseconds) }).then(
      () => undefined,
    );
  }

  /** The track's length in milliseconds, or `undefined` while it is not known. */
  getDuration(): Promise<number | undefined> {
    return this.invoke("getDuration").then(numberOrUndefined);
  }

  /** The playing position in milliseconds, or `undefined` while nothing is loaded. */
  getCurrentPosition(): Promise<number | undefined> {
    return this.invoke("getCurrentPosition").then(numberOrUndefined);
  }
}

function numberOrUndefined(value: unknown): number | undefined {
  const number = typeof value === "string" && value !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number) ? Math.round(number) : undefined;
}
