import {
  ConstrainedControl,
  type ControlEvent,
  type ControlOptions,
  checks,
  control,
  defineCheck,
  ErrorCode,
  type EventHandler,
  enumValues,
  event,
  FletError,
  type PaddingValue,
  prop,
  withPrimary,
} from "flet-ts/pack";
import { invalidCall } from "./invalid-call.js";
import type { Alignment } from "./types/alignment.js";
import type { ColorValue } from "./types/colors.js";
import { FilterQuality } from "./types/filter-quality.js";
import { ImageFit } from "./types/image.js";
import type { TextAlign, TextStyle } from "./types/text.js";

/** What a {@link Video} does at the end of a media (Flet's `PlaylistMode`). */
export const PlaylistMode = {
  /** Plays the playlist once, then stops. Flet's default. */
  NONE: "none",
  /** Repeats the current media. */
  SINGLE: "single",
  /** Repeats the whole playlist. */
  LOOP: "loop",
} as const;
/** One of {@link PlaylistMode}. */
export type PlaylistMode = (typeof PlaylistMode)[keyof typeof PlaylistMode];

/**
 * One item of a {@link Video}'s playlist (Flet's `VideoMedia`).
 *
 * @example
 * ```ts
 * new ft.Video({ playlist: [new ft.VideoMedia("/clips/intro.webm")] });
 * ```
 */
export class VideoMedia {
  /** HTTP headers for the media's requests (Flet's `http_headers`). */
  readonly httpHeaders: Readonly<Record<string, string>> | undefined;
  /** The app's own data about the media (Flet's `extras`); never shown. */
  readonly extras: Readonly<Record<string, string>> | undefined;

  /**
   * @param resource - The media's URL, or its path in the app's assets directory.
   * @param options - `httpHeaders`: a browser no-op (a `<video>` element's requests carry
   *   no custom headers; put the data behind a URL of the app instead); `extras`: data.
   */
  constructor(
    readonly resource: string,
    options: {
      httpHeaders?: Readonly<Record<string, string>>;
      extras?: Readonly<Record<string, string>>;
    } = {},
  ) {
    this.httpHeaders = options.httpHeaders;
    this.extras = options.extras;
  }
}

/**
 * Subtitles of a {@link Video} (Flet's `VideoSubtitleConfiguration`): a WebVTT or SRT file
 * and how its cues look. Flutter's defaults: 32 px white text on a translucent black band.
 *
 * @example
 * ```ts
 * new ft.Video({
 *   playlist: [new ft.VideoMedia("/clips/talk.webm")],
 *   subtitleConfiguration: { src: "/clips/talk.vtt", language: "en", textStyle: { size: 20 } },
 * });
 * ```
 */
export interface VideoSubtitleConfiguration {
  /** The subtitles file (`.vtt`, or `.srt` from the app's own origin): URL or asset path. */
  src?: string;
  /** The track's name (what a player's subtitles menu lists). */
  title?: string;
  /** The track's language (BCP 47, `en`). */
  language?: string;
  /** The cues' text style (colour, size, weight, italic, family, background colour). */
  textStyle?: TextStyle;
  /** Multiplies the text size. Default 1. */
  textScaleFactor?: number;
  /** How each cue's lines are aligned. Default centred. */
  textAlign?: TextAlign;
  /** Space around the cues: the bottom side lifts them from the bottom edge. */
  padding?: PaddingValue;
  /** Shows the cues. Default `true`. */
  visible?: boolean;
}

const finite = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);
const volume = defineCheck((v) => finite(v) && v >= 0 && v <= 100, "a number from 0 to 100");
const rate = defineCheck((v) => finite(v) && v > 0 && v <= 16, "a number above 0 and up to 16");

/**
 * Flet's Video: plays a playlist of media (URLs or asset paths) with the browser's own
 * controls, driven by its methods (`play`, `pause`, `next`, `seek`, `jumpTo`...) and
 * reporting `onLoaded`, `onError` and fullscreen changes. Without a size it is as wide as
 * its parent allows, at 16:9 (set `aspectRatio`, `width` or `height` to change it).
 *
 * Browsers refuse to start sound before the user has interacted with the page (autoplay
 * policy): `autoplay` then starts the video only if it is `muted`. `wakelock` keeps the
 * screen on while it plays (Screen Wake Lock API), and `title` names it to the system's
 * media controls (Media Session API).
 *
 * A playlist item without a `resource` is refused with `FLET_ERR_PROP_INVALID_VALUE`.
 *
 * @example
 * ```ts
 * const video = new ft.Video({
 *   playlist: [new ft.VideoMedia("/clips/a.webm"), new ft.VideoMedia("/clips/b.webm")],
 *   playlistMode: ft.PlaylistMode.LOOP,
 *   aspectRatio: 16 / 9,
 *   onLoaded: () => console.log("ready"),
 * });
 * page.add(video, new ft.ElevatedButton("Next", { onClick: () => video.next() }));
 * ```
 */
@control("video")
export class Video extends ConstrainedControl {
  /**
   * Makes a player.
   * @param playlist - The media to play, in order, or the options.
   */
  constructor(playlist?: VideoMedia[] | ControlOptions<Video>, options?: ControlOptions<Video>) {
    super(withPrimary("playlist", playlist, options));
  }

  /** The media to play, in order. Change it (or use `playlistAdd`) to add or remove. */
  @prop({ kind: "json" }) accessor playlist: VideoMedia[] | undefined;
  /** The name the system's media controls show while it plays. Default "Flet Video". */
  @prop({ kind: "string" }) accessor title: string | undefined;
  /** How the picture fills the box. Default `contain`. */
  @prop({ kind: "enum", values: enumValues(ImageFit) }) accessor fit: ImageFit | undefined;
  /** The box's colour around a picture that does not fill it. Default black. */
  @prop({ kind: "string", check: checks.color }) accessor fillColor: ColorValue | undefined;
  /** Keeps the screen on while playing. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor wakelock: boolean | undefined;
  /** Starts playing once the first media has loaded (muted only, in browsers). Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autoplay: boolean | undefined;
  /** Shows the browser's play, seek, volume and fullscreen controls. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor showControls: boolean | undefined;
  /** Silences the sound. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor muted: boolean | undefined;
  /** What happens at the end of a media. Default `none`. */
  @prop({ kind: "enum", values: enumValues(PlaylistMode) })
  accessor playlistMode: PlaylistMode | undefined;
  /** Plays the playlist in a random order (`next` and `previous` follow it). Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor shufflePlaylist: boolean | undefined;
  /** Loudness from 0 (silent) to 100 (full), as in Flet. Default 100. */
  @prop({ kind: "number", check: volume }) accessor volume: number | undefined;
  /** Speed: 1.0 is normal. Default 1.0. */
  @prop({ kind: "number", check: rate }) accessor playbackRate: number | undefined;
  /** Where the picture sits in its box (`ft.alignment.center`, the default). */
  @prop({ kind: "json" }) accessor alignment: Alignment | undefined;
  /** How the picture is scaled: `none` keeps pixels sharp; the others smooth. Default `low`. */
  @prop({ kind: "enum", values: enumValues(FilterQuality) })
  accessor filterQuality: FilterQuality | undefined;
  /** Pauses while the page is hidden (another tab, a minimised window). Default `true`. */
  @prop({ kind: "boolean", default: true })
  accessor pauseUponEnteringBackgroundMode: boolean | undefined;
  /** Resumes when the page is shown again, if hiding paused it. Default `false`. */
  @prop({ kind: "boolean", default: false })
  accessor resumeUponEnteringForegroundMode: boolean | undefined;
  /**
   * The sound's pitch, independent of the speed. A documented browser no-op: a `<video>`
   * element can only keep the pitch or change it with the speed.
   */
  @prop({ kind: "number" }) accessor pitch: number | undefined;
  /** Subtitles: the file, its language and how the cues look. */
  @prop({ kind: "json" }) accessor subtitleConfiguration: VideoSubtitleConfiguration | undefined;

  /** The player is ready: the first media has loaded. */
  @event() accessor onLoaded: EventHandler<ControlEvent<Video>> | undefined;
  /** A media could not be played; `e.data` says why. */
  @event() accessor onError: EventHandler<ControlEvent<Video>> | undefined;
  /** The video went fullscreen (from the browser's controls). */
  @event() accessor onEnterFullscreen: EventHandler<ControlEvent<Video>> | undefined;
  /** The video left fullscreen. */
  @event() accessor onExitFullscreen: EventHandler<ControlEvent<Video>> | undefined;

  /**
   * Refuses a playlist item without a resource.
   * @throws `FletError` `FLET_ERR_PROP_INVALID_VALUE`.
   */
  override validate(): void {
    for (const [index, media] of (this.playlist ?? []).entries())
      if (typeof media?.resource !== "string" || media.resource === "")
        throw new FletError(
          ErrorCode.PROP_INVALID_VALUE,
          `Expected every Video.playlist item to have a resource (a URL or asset path), but item ${index} has ${JSON.stringify(media?.resource)}. Make it with new ft.VideoMedia("/clips/a.webm").`,
          { prop: "playlist", index },
        );
  }

  /** Plays (the current media, from where it is). */
  play(): Promise<void> {
    return this.invoke("play").then(() => undefined);
  }

  /** Pauses. */
  pause(): Promise<void> {
    return this.invoke("pause").then(() => undefined);
  }

  /** Plays if paused, pauses if playing. */
  playOrPause(): Promise<void> {
    return this.invoke("playOrPause").then(() => undefined);
  }

  /** Stops and goes back to the first media, paused. */
  stop(): Promise<void> {
    return this.invoke("stop").then(() => undefined);
  }

  /** Goes to the next media (the first after the last with `playlistMode: loop`). */
  next(): Promise<void> {
    return this.invoke("next").then(() => undefined);
  }

  /** Goes to the previous media (the last before the first with `playlistMode: loop`). */
  previous(): Promise<void> {
    return this.invoke("previous").then(() => undefined);
  }

  /**
   * Moves to a position of the current media, in milliseconds from its start.
   * @throws `FletError` `FLET_ERR_PROP_INVALID_VALUE` (as a rejection) for a negative or
   * non-finite position.
   */
  seek(positionMilliseconds: number): Promise<void> {
    if (!finite(positionMilliseconds) || positionMilliseconds < 0)
      return invalidCall(
        "seek",
        `Expected Video.seek() to get a number of milliseconds ≥ 0, but got ${String(positionMilliseconds)}.`,
      );
    return this.invoke("seek", { position: Math.round(positionMilliseconds) }).then(
      () => undefined,
    );
  }

  /**
   * Goes to the playlist's item `mediaIndex` (it plays if the video was playing).
   * @throws `FletError` `FLET_ERR_PROP_INVALID_VALUE` (as a rejection) for an index that
   * is not in the playlist.
   */
  jumpTo(mediaIndex: number): Promise<void> {
    const length = this.playlist?.length ?? 0;
    if (!Number.isInteger(mediaIndex) || mediaIndex < 0 || mediaIndex >= length)
      return invalidCall(
        "jumpTo",
        `Expected Video.jumpTo() to get an index of the playlist (0 to ${length - 1}), but got ${String(mediaIndex)}.`,
      );
    return this.invoke("jumpTo", { mediaIndex }).then(() => undefined);
  }

  /**
   * Adds a media at the end of the playlist (and sends the change).
   * @throws `FletError` `FLET_ERR_PROP_INVALID_VALUE` (as a rejection) for a media without
   * a resource.
   */
  playlistAdd(media: VideoMedia): Promise<void> {
    if (typeof media?.resource !== "string" || media.resource === "")
      return invalidCall(
        "playlistAdd",
        `Expected Video.playlistAdd() to get a VideoMedia with a resource, but got ${JSON.stringify(media)}.`,
      );
    this.playlist = [...(this.playlist ?? []), media];
    this.update();
    return Promise.resolve();
  }

  /**
   * Removes the playlist's item `mediaIndex` (and sends the change); removing the media
   * that plays goes on with the one after it.
   * @throws `FletError` `FLET_ERR_PROP_INVALID_VALUE` (as a rejection) for an index that
   * is not in the playlist.
   */
  playlistRemove(mediaIndex: number): Promise<void> {
    const playlist = this.playlist ?? [];
    if (!Number.isInteger(mediaIndex) || mediaIndex < 0 || mediaIndex >= playlist.length)
      return invalidCall(
        "playlistRemove",
        `Expected Video.playlistRemove() to get an index of the playlist (0 to ${playlist.length - 1}), but got ${String(mediaIndex)}.`,
      );
    this.playlist = playlist.filter((_, index) => index !== mediaIndex);
    this.update();
    return Promise.resolve();
  }

  /** Whether it is playing now. */
  isPlaying(): Promise<boolean> {
    return this.invoke("isPlaying").then((value) => value === true);
  }

  /** Whether the playlist has played to its end (and stopped there). */
  isCompleted(): Promise<boolean> {
    return this.invoke("isCompleted").then((value) => value === true);
  }

  /** The current media's length in milliseconds, or `undefined` while it is not known. */
  getDuration(): Promise<number | undefined> {
    return this.invoke("getDuration").then(wholeOrUndefined);
  }

  /** The playing position in the current media, in milliseconds. */
  getCurrentPosition(): Promise<number | undefined> {
    return this.invoke("getCurrentPosition").then(wholeOrUndefined);
  }
}

function wholeOrUndefined(value: unknown): number | undefined {
  return finite(value) ? Math.round(value) : undefined;
}
