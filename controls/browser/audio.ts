/**
 * `audio`: a hidden `<audio>` element the server drives with methods (play, pause,
 * resume, release, seek, getDuration, getCurrentPosition), reporting Flet's Audio events.
 * @module
 */

import type { RenderContext } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";

/** The Web Audio route that carries `balance`, made on the first balance other than 0. */
interface Graph {
  context: AudioContext;
  panner: StereoPannerNode;
}

type AudioHost = HTMLDivElement & {
  fletAudio?: HTMLAudioElement;
  fletCtx?: RenderContext;
  /** The URL the element was given last (`""` after `release()`). */
  fletUrl?: string;
  /** The state last sent in `stateChanged`. */
  fletState?: string;
  /** The position (whole seconds, in ms) last sent in `positionChanged`. */
  fletPosition?: number;
  fletGraph?: Graph;
};

/** The MIME type of base64 sound data, from its first bytes (browsers sniff the rest). */
export function mimeOfBase64(data: string): string {
  let head = "";
  try {
    head = atob(
      data
        .slice(0, 16)
        .replace(/[^A-Za-z0-9+/]/g, "")
        .slice(0, 12),
    );
  } catch {
    return "audio/mpeg";
  }
  if (head.startsWith("RIFF")) return "audio/wav";
  if (head.startsWith("OggS")) return "audio/ogg";
  if (head.startsWith("fLaC")) return "audio/flac";
  if (head.slice(4, 8) === "ftyp") return "audio/mp4";
  return "audio/mpeg";
}

/** The URL to play: `src` (as Flet, it wins), else a data URL of `srcBase64`. */
export function audioUrlOf(props: Readonly<Record<string, unknown>>): string {
  if (typeof props.src === "string" && props.src !== "") return props.src;
  if (typeof props.srcBase64 === "string" && props.srcBase64 !== "")
    return `data:${mimeOfBase64(props.srcBase64)};base64,${props.srcBase64}`;
  return "";
}

const ms = (seconds: number): number => Math.round(seconds * 1000);

function sendState(host: AudioHost, state: string): void {
  if (host.fletState === state) return;
  host.fletState = state;
  host.fletCtx?.send("stateChanged", state);
}

function sendPosition(host: AudioHost, position: number): void {
  if (host.fletPosition === position || !host.fletCtx?.listens("positionChanged")) return;
  host.fletPosition = position;
  host.fletCtx.send("positionChanged", String(position));
}

function graphOf(host: AudioHost): Graph {
  if (host.fletGraph === undefined) {
    const context = new AudioContext();
    const source = context.createMediaElementSource(host.fletAudio!);
    const panner = context.createStereoPanner();
    source.connect(panner).connect(context.destination);
    host.fletGraph = { context, panner };
  }
  return host.fletGraph;
}

/** Plays (a released track is loaded again first); false when the browser refused. */
async function start(host: AudioHost, fromStart: boolean): Promise<boolean> {
  const audio = host.fletAudio!;
  const url = audioUrlOf(host.fletCtx?.props ?? {});
  if (host.fletUrl !== url) load(host, url);
  if (fromStart) audio.currentTime = 0;
  try {
    if (host.fletGraph?.context.state === "suspended") await host.fletGraph.context.resume();
    await audio.play();
    return true;
  } catch {
    // The autoplay policy (no user gesture yet) or a source the browser cannot play.
    return false;
  }
}

function load(host: AudioHost, url: string): void {
  const audio = host.fletAudio!;
  host.fletUrl = url;
  host.fletPosition = undefined;
  if (url === "") audio.removeAttribute("src");
  else audio.src = url;
  audio.load();
}

/** Resolves once a media element knows its length (or after 5 s, or on an error). */
export function metadata(media: HTMLMediaElement): Promise<void> {
  if (media.readyState >= 1 || !media.getAttribute("src")) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      media.removeEventListener("loadedmetadata", done);
      media.removeEventListener("error", done);
      resolve();
    };
    const timer = setTimeout(done, 5000);
    media.addEventListener("loadedmetadata", done);
    media.addEventListener("error", done);
  });
}

function listen(host: AudioHost, audio: HTMLAudioElement): void {
  const send = (event: string, data?: unknown) => host.fletCtx?.send(event, data);
  audio.addEventListener("loadeddata", () => send("loaded"));
  audio.addEventListener("durationchange", () => {
    if (Number.isFinite(audio.duration)) send("durationChanged", String(ms(audio.duration)));
  });
  audio.addEventListener("playing", () => sendState(host, "playing"));
  // An autoplaying element plays without start(): the balance route must run too.
  audio.addEventListener("play", () => {
    if (host.fletGraph?.context.state === "suspended") void host.fletGraph.context.resume();
  });
  audio.addEventListener("pause", () => {
    // The end of the track pauses the element too (`ended` reports it); so does release().
    if (audio.ended || host.fletUrl === "") return;
    sendState(host, "paused");
  });
  audio.addEventListener("ended", () => {
    if (Number.isFinite(audio.duration)) sendPosition(host, ms(audio.duration));
    sendState(host, "completed");
  });
  audio.addEventListener("timeupdate", () => {
    // As Flet: whole seconds, each once.
    if (!audio.paused) sendPosition(host, Math.round(audio.currentTime) * 1000);
  });
  audio.addEventListener("seeked", () => send("seekComplete"));
}

/**
 * Draws `audio`: a hidden wrapper around an `<audio>` element (aria-hidden: it has no
 * look). `src` (or a data URL of `srcBase64`) is its source; `autoplay`, `volume`,
 * `playbackRate` and `releaseMode: "loop"` map to the element; `balance` to a Web Audio
 * `StereoPannerNode`. Sends `loaded`, `durationChanged` (ms), `stateChanged` (Flet's state
 * names), `positionChanged` (ms, whole seconds) and `seekComplete`.
 */
export const audioRenderer: MaterialRenderer<AudioHost> = {
  create(ctx) {
    const host = document.createElement("div") as AudioHost;
    host.style.display = "none";
    const audio = document.createElement("audio");
    audio.preload = "auto";
    audio.tabIndex = -1;
    audio.setAttribute("aria-hidden", "true");
    host.append(audio);
    host.fletAudio = audio;
    host.fletCtx = ctx;
    listen(host, audio);
    return host;
  },
  update(host, ctx, changed) {
    host.fletCtx = ctx;
    host.style.display = "none";
    const audio = host.fletAudio!;
    const p = ctx.props;
    const all = changed.has("*");
    // Before the source: an autoplay element starts as soon as it has loaded.
    audio.autoplay = p.autoplay === true;
    audio.volume = typeof p.volume === "number" ? Math.min(1, Math.max(0, p.volume)) : 1;
    const rate = typeof p.playbackRate === "number" && p.playbackRate > 0 ? p.playbackRate : 1;
    audio.defaultPlaybackRate = rate;
    audio.playbackRate = rate;
    audio.loop = p.releaseMode === "loop";
    const balance = typeof p.balance === "number" ? Math.min(1, Math.max(-1, p.balance)) : 0;
    if (balance !== 0 || host.fletGraph !== undefined) graphOf(host).panner.pan.value = balance;
    if (all || changed.has("src") || changed.has("srcBase64")) {
      const url = audioUrlOf(p);
      if (url !== host.fletUrl) load(host, url);
    }
  },
  destroy(host) {
    const audio = host.fletAudio;
    if (audio !== undefined) {
      audio.pause();
      audio.removeAttribute("src");
      audio.load();
    }
    void host.fletGraph?.context.close();
  },
  methods: {
    play: (host) => start(host, true),
    resume: (host) => start(host, false),
    pause(host) {
      host.fletAudio!.pause();
      return true;
    },
    release(host) {
      const audio = host.fletAudio!;
      audio.pause();
      load(host, "");
      sendState(host, "stopped");
      return true;
    },
    async seek(host, args) {
      const position = Number(args.position);
      const audio = host.fletAudio!;
      await metadata(audio);
      audio.currentTime = Number.isFinite(position) && position > 0 ? position / 1000 : 0;
      return true;
    },
    async getDuration(host) {
      const audio = host.fletAudio!;
      await metadata(audio);
      return Number.isFinite(audio.duration) ? ms(audio.duration) : null;
    },
    getCurrentPosition(host) {
      const audio = host.fletAudio!;
      return audio.getAttribute("src") ? ms(audio.currentTime) : null;
    },
  },
};
