/**
 * `video`: a `<video>` element with the browser's controls, playing Flet's playlist
 * (modes, shuffle, next/previous/jump), with subtitles from a WebVTT or SRT file, the
 * screen kept on while playing, and the methods the server calls. Loaded on first use.
 * @module
 */
import { cssColor, cssSides, type RenderContext } from "flet-ts/browser";
import { metadata } from "./audio.js";
import type { MaterialRenderer } from "./define.js";
import { textStyleCss } from "./typography.js";

type Props = Readonly<Record<string, unknown>>;

/** Per element: the player's state beside the DOM. */
interface State {
  ctx: RenderContext;
  readonly video: HTMLVideoElement;
  readonly track: HTMLTrackElement;
  /** The playlist's URLs, as last drawn. */
  urls: string[];
  /** The playing item's index in `urls`. */
  index: number;
  /** Whether `order` is shuffled (as `shufflePlaylist` was when it was made). */
  shuffled: boolean;
  /** The order `next`/`previous` follow (shuffled, or 0..n-1). */
  order: number[];
  /** `onLoaded` was sent (once, when the player is first ready, as media_kit's `ready`). */
  ready: boolean;
  /** The playlist played to its end and stopped there. */
  completed: boolean;
  /** Hiding the page paused it (`resumeUponEnteringForegroundMode` may resume it). */
  pausedByHiding: boolean;
  fullscreen: boolean;
  lock?: { release(): Promise<void> };
  /** The media whose failure was reported (reset when another is shown). */
  failed?: string;
  /** The subtitles' `src`, as last drawn, and the object URL of a converted SRT file. */
  subtitles?: string;
  blob?: string;
}

const states = new WeakMap<HTMLElement, State>();
const live = new Set<HTMLElement>();

/** Flet's `ImageFit` as CSS `object-fit` (as the Image renderer maps it, kept out of the start bundle). */
const FIT: Readonly<Record<string, string>> = {
  contain: "contain",
  cover: "cover",
  fill: "fill",
  fitWidth: "cover",
  fitHeight: "cover",
  none: "none",
  scaleDown: "scale-down",
};

const ALIGN: Readonly<Record<string, AlignSetting>> = {
  left: "left",
  right: "right",
  center: "center",
  justify: "center",
  start: "start",
  end: "end",
};

const ms = (seconds: number): number => Math.round(seconds * 1000);

function urlsOf(props: Props): string[] {
  const playlist = Array.isArray(props.playlist) ? props.playlist : [];
  return playlist.map((media) =>
    media !== null && typeof media === "object" && typeof media.resource === "string"
      ? media.resource
      : "",
  );
}

/** 0..n-1, or (shuffled) the playing item first and the others in a random order. */
function orderOf(length: number, shuffle: boolean, first: number): number[] {
  const rest = Array.from({ length }, (_, i) => i).filter((i) => i !== first);
  if (shuffle)
    for (let i = rest.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [rest[i], rest[j]] = [rest[j]!, rest[i]!];
    }
  else return Array.from({ length }, (_, i) => i);
  return length > 0 ? [first, ...rest] : [];
}

/** Shows item `index`; plays it when `play` (the browser may refuse without a gesture). */
function show(state: State, index: number, play: boolean): void {
  const { video } = state;
  state.index = index;
  state.completed = false;
  state.failed = undefined;
  const url = state.urls[index] ?? "";
  if (url === "") video.removeAttribute("src");
  else video.src = url;
  video.load();
  if (play) video.play().catch(() => {});
}

/**
 * Draws a playlist change the page has but has not drawn yet (it renders on the next
 * frame; a method called right after the change must see it).
 */
function caughtUp(state: State): State {
  const urls = urlsOf(state.ctx.props);
  if (
    urls.length !== state.urls.length ||
    urls.some((url, i) => url !== state.urls[i]) ||
    (state.ctx.props.shufflePlaylist === true) !== state.shuffled
  )
    drawPlaylist(state, state.ctx.props, false);
  return state;
}

/** Moves `step` items along the order; past either end only with `playlistMode: loop`. */
function move(state: State, step: number, play: boolean): boolean {
  caughtUp(state);
  const { order } = state;
  if (order.length === 0) return false;
  let at = order.indexOf(state.index) + step;
  if (at < 0 || at >= order.length) {
    if (state.ctx.props.playlistMode !== "loop") return false;
    at = (at + order.length) % order.length;
  }
  show(state, order[at]!, play);
  return true;
}

const playing = (video: HTMLVideoElement) => !video.paused && !video.ended;

const MEDIA_ERRORS = ["", "aborted", "network error", "decoding error", "source not supported"];

function listen(state: State): void {
  const { video, track } = state;
  const send = (event: string, data?: unknown) => state.ctx.send(event, data);
  video.addEventListener("loadeddata", () => {
    if (state.ready) return;
    state.ready = true;
    send("loaded");
  });
  video.addEventListener("error", () => {
    const error = video.error;
    const url = state.urls[state.index] ?? "";
    // Once per media loaded (the element may report one failure twice).
    if (!error || !video.getAttribute("src") || state.failed === url) return;
    state.failed = url;
    send(
      "error",
      `${url}: ${MEDIA_ERRORS[error.code] ?? "error"}${error.message ? ` (${error.message})` : ""}`,
    );
  });
  track.addEventListener("error", () => {
    if (track.getAttribute("src")) send("error", `${state.subtitles}: the subtitles did not load`);
  });
  track.addEventListener("load", () => placeCues(state));
  video.addEventListener("ended", () => {
    // `single` loops the element itself; `loop` wraps around; `none` stops at the end.
    if (!move(state, 1, true)) state.completed = true;
  });
  video.addEventListener("playing", () => {
    state.completed = false;
    const title = typeof state.ctx.props.title === "string" ? state.ctx.props.title : "Flet Video";
    if ("mediaSession" in navigator && typeof MediaMetadata === "function")
      navigator.mediaSession.metadata = new MediaMetadata({ title });
    if (state.ctx.props.wakelock !== false && state.lock === undefined)
      navigator.wakeLock
        ?.request("screen")
        .then((lock) => {
          if (playing(video)) state.lock = lock;
          else void lock.release();
        })
        .catch(() => {});
  });
  const unlock = () => {
    void state.lock?.release().catch(() => {});
    state.lock = undefined;
  };
  video.addEventListener("pause", unlock);
  video.addEventListener("ended", unlock);
}

/** Places each cue as `textAlign` and the bottom `padding` say. */
function placeCues(state: State): void {
  const config = subtitleConfig(state.ctx.props);
  const cues = state.track.track.cues;
  if (!cues) return;
  const align = ALIGN[String(config.textAlign ?? "center")] ?? "center";
  const sides = cssSides(config.padding)?.split(" ");
  const bottom = sides ? Number.parseFloat(sides[2]!) : 0;
  const height = state.video.clientHeight;
  for (const cue of Array.from(cues) as VTTCue[]) {
    cue.align = align;
    if (bottom > 0 && height > 0) {
      cue.snapToLines = false;
      cue.lineAlign = "end";
      cue.line = Math.max(0, 100 - (bottom / height) * 100);
    } else {
      cue.snapToLines = true;
      cue.line = "auto";
    }
  }
}

function subtitleConfig(props: Props): Record<string, unknown> {
  const config = props.subtitleConfiguration;
  return config !== null && typeof config === "object" ? (config as Record<string, unknown>) : {};
}

/** An SRT file as WebVTT (the only format a `<track>` reads). */
export function srtToVtt(srt: string): string {
  const body = srt
    .replace(/\r\n?/g, "\n")
    .replace(/(\d\d:\d\d:\d\d),(\d\d\d)/g, "$1.$2")
    .replace(/^\d+\n(?=\d\d:\d\d)/gm, "");
  return `WEBVTT\n\n${body}`;
}

/** Points the `<track>` at the subtitles (an SRT file fetched and converted first). */
function loadSubtitles(state: State, src: string): void {
  if (state.subtitles === src) return;
  state.subtitles = src;
  if (state.blob) URL.revokeObjectURL(state.blob);
  state.blob = undefined;
  const { track } = state;
  if (src === "") {
    track.removeAttribute("src");
    return;
  }
  if (!/\.srt(\?|#|$)/i.test(src)) {
    track.src = src;
    return;
  }
  void fetch(src)
    .then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.text();
    })
    .then((text) => {
      if (state.subtitles !== src) return;
      state.blob = URL.createObjectURL(new Blob([srtToVtt(text)], { type: "text/vtt" }));
      track.src = state.blob;
    })
    .catch(() => state.ctx.send("error", `${src}: the subtitles did not load`));
}

/** The subtitles: the file, the track's name and language, the cues' look and place. */
function drawSubtitles(host: HTMLElement, state: State): void {
  const config = subtitleConfig(state.ctx.props);
  const { track } = state;
  track.label = typeof config.title === "string" ? config.title : "";
  track.srclang = typeof config.language === "string" ? config.language : "";
  loadSubtitles(state, typeof config.src === "string" ? config.src : "");
  if (track.track) track.track.mode = config.visible === false ? "hidden" : "showing";
  const css = textStyleCss(config.textStyle);
  const scale = typeof config.textScaleFactor === "number" ? config.textScaleFactor : 1;
  const size = Number.parseFloat(css.fontSize ?? "32");
  const style = host.style;
  style.setProperty("--flet-cue-size", `${size * scale}px`);
  const set = (name: string, value: string | undefined) =>
    value ? style.setProperty(name, value) : style.removeProperty(name);
  set("--flet-cue-color", css.color);
  set("--flet-cue-bg", css.backgroundColor);
  set("--flet-cue-weight", css.fontWeight);
  set("--flet-cue-style", css.fontStyle);
  set("--flet-cue-font", css.fontFamily);
  placeCues(state);
}

function alignmentCss(value: unknown): string {
  if (value === null || typeof value !== "object") return "";
  const { x, y } = value as { x?: unknown; y?: unknown };
  const at = (n: unknown) => `${((typeof n === "number" ? n : 0) + 1) * 50}%`;
  return `${at(x)} ${at(y)}`;
}

/** The playlist changed: keep the playing item where it still is. */
function drawPlaylist(state: State, props: Props, first: boolean): void {
  const urls = urlsOf(props);
  const current = state.urls[state.index];
  state.urls = urls;
  const shuffle = props.shufflePlaylist === true;
  state.shuffled = shuffle;
  if (first) {
    state.order = orderOf(urls.length, shuffle, 0);
    show(state, 0, false);
    return;
  }
  if (urls[state.index] === current && current !== undefined) {
    state.order = orderOf(urls.length, shuffle, state.index);
    return;
  }
  const was = playing(state.video);
  const kept = current === undefined ? -1 : urls.indexOf(current);
  const index = kept >= 0 ? kept : Math.max(0, Math.min(state.index, urls.length - 1));
  state.order = orderOf(urls.length, shuffle, index);
  if (kept >= 0) state.index = kept;
  else show(state, index, was);
}

function onVisibility(): void {
  for (const host of live) {
    const state = states.get(host);
    if (!state) continue;
    const { video } = state;
    if (document.hidden) {
      if (state.ctx.props.pauseUponEnteringBackgroundMode !== false && playing(video)) {
        video.pause();
        state.pausedByHiding = true;
      }
    } else {
      if (state.pausedByHiding && state.ctx.props.resumeUponEnteringForegroundMode === true)
        video.play().catch(() => {});
      state.pausedByHiding = false;
    }
  }
}

function onFullscreen(): void {
  for (const host of live) {
    const state = states.get(host);
    if (!state) continue;
    const now = document.fullscreenElement === state.video || document.fullscreenElement === host;
    if (now === state.fullscreen) continue;
    state.fullscreen = now;
    state.ctx.send(now ? "enterFullscreen" : "exitFullscreen");
  }
}

let watching = false;

const STYLES = `
.flet-video { position: relative; display: block; box-sizing: border-box; width: 100%; aspect-ratio: 16 / 9; background-color: #000; overflow: hidden; }
.flet-video > video { display: block; width: 100%; height: 100%; object-fit: contain; }
.flet-video > video::cue {
  color: var(--flet-cue-color, #fff);
  background-color: var(--flet-cue-bg, rgba(0, 0, 0, 0.667));
  font-size: var(--flet-cue-size, 32px);
  font-weight: var(--flet-cue-weight, 400);
  font-style: var(--flet-cue-style, normal);
  font-family: var(--flet-cue-font, inherit);
  line-height: 1.4;
}
`;

/**
 * Draws `video`: a box (`fillColor` around the picture, 16:9 and as wide as allowed
 * unless sized) holding a `<video>` (`fit`, `alignment`, `filterQuality`, `showControls`,
 * `muted`, `autoplay`, `volume` 0-100, `playbackRate`, `playlistMode`) and a `<track>` of
 * the subtitles. Sends `loaded` (once), `error` (with a message), `enterFullscreen` and
 * `exitFullscreen`. `pitch` is a browser no-op (see the class notes).
 */
export const videoRenderer: MaterialRenderer<HTMLElement> = {
  styles: STYLES,
  create(ctx) {
    const host = document.createElement("div");
    const video = document.createElement("video");
    video.preload = "auto";
    video.playsInline = true;
    const track = document.createElement("track");
    track.kind = "subtitles";
    track.default = true;
    video.append(track);
    host.append(video);
    const state: State = {
      ctx,
      video,
      track,
      urls: [],
      index: 0,
      order: [],
      shuffled: false,
      ready: false,
      completed: false,
      pausedByHiding: false,
      fullscreen: false,
    };
    states.set(host, state);
    live.add(host);
    listen(state);
    if (!watching) {
      watching = true;
      document.addEventListener("visibilitychange", onVisibility);
      document.addEventListener("fullscreenchange", onFullscreen);
    }
    return host;
  },
  update(host, ctx, changed) {
    const state = states.get(host)!;
    state.ctx = ctx;
    const { video } = state;
    const p = ctx.props;
    const all = changed.has("*");
    host.style.backgroundColor = cssColor(p.fillColor) ?? "";
    video.setAttribute("aria-label", typeof p.title === "string" ? p.title : "Video");
    video.controls = p.showControls !== false;
    video.defaultMuted = p.muted === true;
    video.muted = p.muted === true;
    video.style.objectFit = FIT[String(p.fit)] ?? "";
    video.style.objectPosition = alignmentCss(p.alignment);
    video.style.imageRendering = p.filterQuality === "none" ? "pixelated" : "";
    video.volume = typeof p.volume === "number" ? Math.min(1, Math.max(0, p.volume / 100)) : 1;
    const rate = typeof p.playbackRate === "number" && p.playbackRate > 0 ? p.playbackRate : 1;
    video.defaultPlaybackRate = rate;
    video.playbackRate = rate;
    video.loop = p.playlistMode === "single";
    if (all) video.autoplay = p.autoplay === true;
    else if (changed.has("autoplay")) video.autoplay = p.autoplay === true;
    if (all || changed.has("playlist") || changed.has("shufflePlaylist")) {
      // Redrawn only when it really differs: a method may have caught up already, and a
      // new shuffle in the middle of a walk through the order would lose the walk.
      if (state.urls.length === 0 && !video.getAttribute("src")) drawPlaylist(state, p, true);
      else caughtUp(state);
    }
    if (all || changed.has("subtitleConfiguration")) drawSubtitles(host, state);
  },
  destroy(host) {
    const state = states.get(host);
    live.delete(host);
    if (!state) return;
    state.video.pause();
    state.video.removeAttribute("src");
    state.video.load();
    void state.lock?.release().catch(() => {});
    if (state.blob) URL.revokeObjectURL(state.blob);
  },
  methods: {
    play(host) {
      states
        .get(host)!
        .video.play()
        .catch(() => {});
      return true;
    },
    pause(host) {
      states.get(host)!.video.pause();
      return true;
    },
    playOrPause(host) {
      const { video } = states.get(host)!;
      if (playing(video)) video.pause();
      else video.play().catch(() => {});
      return true;
    },
    stop(host) {
      const state = states.get(host)!;
      state.video.pause();
      show(state, state.order[0] ?? 0, false);
      return true;
    },
    next(host) {
      const state = states.get(host)!;
      return move(state, 1, playing(state.video));
    },
    previous(host) {
      const state = states.get(host)!;
      return move(state, -1, playing(state.video));
    },
    async seek(host, args) {
      const { video } = states.get(host)!;
      await metadata(video);
      const position = Number(args.position);
      video.currentTime = Number.isFinite(position) && position > 0 ? position / 1000 : 0;
      return true;
    },
    jumpTo(host, args) {
      const state = caughtUp(states.get(host)!);
      const index = Number(args.mediaIndex);
      if (!Number.isInteger(index) || index < 0 || index >= state.urls.length) return false;
      show(state, index, playing(state.video));
      return true;
    },
    isPlaying: (host) => playing(states.get(host)!.video),
    isCompleted: (host) => states.get(host)!.completed,
    async getDuration(host) {
      const { video } = states.get(host)!;
      await metadata(video);
      return Number.isFinite(video.duration) ? ms(video.duration) : null;
    },
    getCurrentPosition: (host) => ms(states.get(host)!.video.currentTime),
  },
};
