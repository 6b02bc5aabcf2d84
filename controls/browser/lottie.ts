/**
 * `lottie`: a Lottie (Bodymovin JSON) animation drawn as SVG by lottie-web's light player.
 * This module is a lazy chunk (see `materialLazy` in index.ts): the player, about 49 KB
 * gzipped, loads with the first Lottie on a page, never at start
 * (docs/decisions/0008-lottie-player.md).
 * @module
 */
import type { AnimationItem, LottiePlayer } from "lottie-web";
import * as lottieModule from "lottie-web/build/player/lottie_light.js";
import type { MaterialRenderer } from "./define.js";
import { h } from "./dom.js";
import { setTooltip } from "./tooltip.js";

const player = ((lottieModule as unknown as { default?: LottiePlayer }).default ??
  lottieModule) as LottiePlayer;

/** The accessible name of an animation without a tooltip. */
const DEFAULT_NAME = "Animation";
const REDUCE = "(prefers-reduced-motion: reduce)";

/** Per element: the loaded animation and what playback has reached. */
interface State {
  ctx: { props: Readonly<Record<string, unknown>>; send(event: string, data?: unknown): void };
  stage: HTMLElement;
  source?: string;
  load: number;
  anim?: AnimationItem;
  width: number;
  height: number;
  direction: 1 | -1;
  /** Played once to its end (`repeat: false`). */
  done: boolean;
  reduced?: MediaQueryList;
  onMotion?: () => void;
  resize?: ResizeObserver;
}
const states = new WeakMap<HTMLElement, State>();

/** The composition's JSON from `srcBase64` or `src`, or the reason it cannot be had. */
async function fetchComposition(p: Readonly<Record<string, unknown>>): Promise<unknown> {
  const base64 = typeof p.srcBase64 === "string" ? p.srcBase64.replace(/\s+/g, "") : "";
  let text: string;
  if (base64 !== "") {
    let bytes: Uint8Array;
    try {
      bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    } catch {
      throw new Error("Error decoding base64: srcBase64 is not base64.");
    }
    text = new TextDecoder().decode(bytes);
  } else {
    const src = String(p.src ?? "");
    let response: Response;
    try {
      response = await fetch(src);
    } catch (error) {
      throw new Error(`Could not load "${src}": ${(error as Error).message}`);
    }
    if (!response.ok)
      throw new Error(`Could not load "${src}": HTTP ${response.status} ${response.statusText}`);
    text = await response.text();
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`Not a Lottie animation (invalid JSON): ${(error as Error).message}`);
  }
  const c = json as Record<string, unknown> | null;
  if (
    !c ||
    typeof c.w !== "number" ||
    typeof c.h !== "number" ||
    typeof c.op !== "number" ||
    !Array.isArray(c.layers)
  )
    throw new Error("Not a Lottie animation: expected a JSON object with w, h, op and layers.");
  return json;
}

/** Starts, pauses or stills the animation as `repeat`, `reverse`, `animate` and the user's motion preference say. */
function applyPlayback(element: HTMLElement, state: State): void {
  const { anim } = state;
  if (!anim) return;
  const p = state.ctx.props;
  const repeat = p.repeat !== false;
  const reverse = p.reverse === true;
  if (!reverse && state.direction === -1) {
    state.direction = 1;
    anim.setDirection(1);
  }
  if (repeat && state.done) {
    state.done = false;
    anim.goToAndStop(0, true);
  }
  let playback: string;
  if (state.reduced?.matches) {
    anim.goToAndStop(repeat ? 0 : anim.totalFrames - 1, true);
    playback = "still";
  } else if (p.animate === false) {
    anim.pause();
    playback = "paused";
  } else if (state.done) {
    playback = "done";
  } else {
    anim.play();
    playback = repeat ? (reverse ? "alternate" : "loop") : "once";
  }
  element.dataset.playback = playback;
  element.dataset.direction = String(state.direction);
}

/** At the end of a pass: stop (once), turn round (alternate) or start again (loop). */
function onComplete(element: HTMLElement, state: State): void {
  const { anim } = state;
  if (!anim) return;
  const p = state.ctx.props;
  if (p.repeat === false) {
    state.done = true;
  } else if (p.reverse === true) {
    state.direction = state.direction === 1 ? -1 : 1;
    anim.setDirection(state.direction);
    anim.play();
  } else {
    anim.goToAndPlay(0, true);
  }
  applyPlayback(element, state);
}

/** Writes `fit` onto the SVG: Image's fits, some measured against the control's box. */
function applyFit(state: State): void {
  const svg = state.stage.querySelector<SVGSVGElement>(":scope > svg");
  if (!svg || !state.width || !state.height) return;
  const fit = String(state.ctx.props.fit ?? "contain");
  const box = state.stage.getBoundingClientRect();
  const wider = box.width / Math.max(box.height, 1) > state.width / state.height;
  const natural =
    fit === "none" ||
    (fit === "scaleDown" && box.width >= state.width && box.height >= state.height);
  const aspect =
    fit === "fill"
      ? "none"
      : fit === "cover" || (fit === "fitWidth" && wider) || (fit === "fitHeight" && !wider)
        ? "xMidYMid slice"
        : "xMidYMid meet";
  svg.setAttribute("preserveAspectRatio", aspect);
  svg.style.width = natural ? `${state.width}px` : "100%";
  svg.style.height = natural ? `${state.height}px` : "100%";
  svg.style.flex = "none";
}

/** Sizes the stage: the control's width/height when set, else the composition's size. */
function applySize(element: HTMLElement, state: State): void {
  const p = state.ctx.props;
  const s = state.stage.style;
  s.width =
    typeof p.width === "number" || p.expand ? "100%" : state.width ? `${state.width}px` : "";
  s.height =
    typeof p.height === "number" || p.expand ? "100%" : state.height ? `${state.height}px` : "";
  s.imageRendering = p.filterQuality === "none" ? "pixelated" : "";
  element.dataset.backgroundLoading = String(p.backgroundLoading === true);
  applyFit(state);
}

/** Loads the composition of the current source (the newest load wins) and plays it. */
async function load(element: HTMLElement, state: State): Promise<void> {
  const ticket = ++state.load;
  state.anim?.destroy();
  state.anim = undefined;
  state.done = false;
  state.direction = 1;
  state.stage.replaceChildren();
  element.dataset.state = "loading";
  let data: unknown;
  try {
    data = await fetchComposition(state.ctx.props);
  } catch (error) {
    if (ticket !== state.load) return;
    element.dataset.state = "error";
    state.ctx.send("error", (error as Error).message);
    return;
  }
  if (ticket !== state.load) return;
  const { w, h: height } = data as { w: number; h: number };
  state.width = w;
  state.height = height;
  let anim: AnimationItem;
  try {
    anim = player.loadAnimation({
      container: state.stage,
      renderer: "svg",
      loop: false,
      autoplay: false,
      animationData: data,
      rendererSettings: { preserveAspectRatio: "xMidYMid meet", progressiveLoad: false },
    });
  } catch (error) {
    state.stage.replaceChildren();
    element.dataset.state = "error";
    state.ctx.send("error", `Could not play the animation: ${(error as Error).message}`);
    return;
  }
  state.anim = anim;
  anim.addEventListener("complete", () => onComplete(element, state));
  anim.addEventListener("error", () => state.ctx.send("error", "The animation failed to render."));
  const svg = state.stage.querySelector("svg");
  svg?.setAttribute("aria-hidden", "true");
  svg?.setAttribute("focusable", "false");
  element.dataset.state = "ready";
  applySize(element, state);
  applyPlayback(element, state);
}

/**
 * Draws `lottie`: a `role="img"` box named by the tooltip (else "Animation") holding the
 * player's SVG. `src`/`srcBase64` changes load anew; `repeat`, `reverse`, `animate` and
 * the user's `prefers-reduced-motion` take effect at once (`data-playback` tells which:
 * loop, alternate, once, done, paused or still).
 */
export const lottieRenderer: MaterialRenderer<HTMLElement> = {
  tooltip: false,
  create(ctx) {
    const stage = h("div", "flet-lottie-stage");
    const element = h("div", "", { role: "img" });
    element.append(stage);
    const state: State = {
      ctx,
      stage,
      load: 0,
      width: 0,
      height: 0,
      direction: 1,
      done: false,
    };
    if (typeof matchMedia === "function") {
      state.reduced = matchMedia(REDUCE);
      state.onMotion = () => applyPlayback(element, state);
      state.reduced.addEventListener("change", state.onMotion);
    }
    if (typeof ResizeObserver === "function") {
      state.resize = new ResizeObserver(() => applyFit(state));
      state.resize.observe(stage);
    }
    states.set(element, state);
    return element;
  },
  update(element, ctx, changed) {
    const state = states.get(element)!;
    state.ctx = ctx;
    const p = ctx.props;
    const tooltip = typeof p.tooltip === "string" && p.tooltip !== "" ? p.tooltip : undefined;
    if (changed.has("tooltip") || changed.has("*")) setTooltip(element, tooltip, ctx.id, true);
    element.setAttribute("aria-label", tooltip ?? DEFAULT_NAME);
    const source = `${String(p.srcBase64 ?? "")}\n${String(p.src ?? "")}`;
    if (source !== state.source) {
      state.source = source;
      void load(element, state);
    }
    applySize(element, state);
    applyPlayback(element, state);
  },
  destroy(element) {
    const state = states.get(element);
    if (!state) return;
    state.load++;
    state.anim?.destroy();
    state.resize?.disconnect();
    if (state.onMotion) state.reduced?.removeEventListener("change", state.onMotion);
    states.delete(element);
  },
  styles: `.flet-lottie{display:inline-flex;max-width:100%;overflow:hidden}
.flet-lottie>.flet-lottie-stage{display:flex;align-items:center;justify-content:center;overflow:hidden;max-width:100%}`,
};
