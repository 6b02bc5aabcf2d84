/**
 * `animatedswitcher`: Flutter's AnimatedSwitcher. The content sits in a slot; when the
 * content becomes another control, a still copy of the old one (inert, hidden from
 * assistive technologies) goes out in its own slot underneath while the new one comes in,
 * both with CSS transitions (`opacity`, `rotate` or `scale`), then the copy is removed.
 * @module
 */
import { type RenderContext, transitionOf } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";

/** The CSS property each transition moves, and its value at the start (0) and end (1). */
const POSES: Readonly<Record<string, readonly [string, (at: 0 | 1) => string]>> = {
  fade: ["opacity", (at) => String(at)],
  rotation: ["rotate", (at) => `${at}turn`],
  scale: ["scale", (at) => String(at)],
};

/** CSS keywords as the cubic Béziers they stand for, to turn them around. */
const KEYWORDS: Readonly<Record<string, number[]>> = {
  ease: [0.25, 0.1, 0.25, 1],
  "ease-in": [0.42, 0, 1, 1],
  "ease-out": [0, 0, 0.58, 1],
  "ease-in-out": [0.42, 0, 0.58, 1],
};

/**
 * A timing function run backwards: Flutter runs the outgoing child's curve from its end
 * to its start (the value is `curve(t)` while `t` falls from 1 to 0), which a CSS
 * transition from 1 to 0 does with the curve flipped, `1 - curve(1 - p)`.
 *
 * @example
 * ```ts
 * reversedTiming("cubic-bezier(0.4, 0, 0.2, 1)"); // "cubic-bezier(0.8, 0, 0.6, 1)"
 * ```
 */
export function reversedTiming(timing: string): string {
  const round = (value: number) => Math.round(value * 10000) / 10000;
  const cubic =
    KEYWORDS[timing] ??
    (timing.startsWith("cubic-bezier(") ? timing.slice(13, -1).split(",").map(Number) : undefined);
  if (cubic?.length === 4) {
    const [x1, y1, x2, y2] = cubic as [number, number, number, number];
    return `cubic-bezier(${[1 - x2, 1 - y2, 1 - x1, 1 - y1].map(round).join(", ")})`;
  }
  if (timing.startsWith("linear(")) {
    // Points are "value" or, as Chromium computes them, "value position%".
    const points = timing
      .slice(7, -1)
      .split(",")
      .map((point) => point.trim().split(/\s+/))
      .reverse()
      .map(([value, ...at]) =>
        [round(1 - Number(value)), ...at.map((p) => `${round(100 - Number.parseFloat(p))}%`)].join(
          " ",
        ),
      );
    return `linear(${points.join(", ")})`;
  }
  return timing;
}

interface State {
  /** The content's control id shown now. */
  id?: string;
  /** The element of that control, to copy when it goes out. */
  shown?: HTMLElement;
  /** The slot of the current content. */
  slot: HTMLElement;
  /** Focus was inside the switcher at its last focus event. */
  focusWithin: boolean;
  /** The incoming and outgoing moves' `transition` timing: "<duration> <curve>". */
  inTiming: string;
  outTiming: string;
}

const states = new WeakMap<HTMLElement, State>();

// Controls registered with `focusable` (Material Web components included) and native ones.
const FOCUSABLE =
  '[data-flet-focusable]:not([disabled]),a[href],button:not([disabled]),input:not([disabled]),select,textarea,[tabindex]:not([tabindex="-1"])';

function timing(ms: unknown, curve: unknown): string {
  const duration = typeof ms === "number" && ms >= 0 ? ms : 1000;
  return transitionOf({ duration, curve: typeof curve === "string" ? curve : "linear" }) ?? "";
}

// Moves `slot` from pose `from` to pose `to` along `transition` ("500ms ease").
function move(slot: HTMLElement, kind: string, from: 0 | 1, to: 0 | 1, transition: string): void {
  const [property, pose] = POSES[kind] ?? POSES.fade!;
  slot.style.transition = "none";
  slot.style.setProperty(property, pose(from));
  // Reading the layout commits the start pose, so the change below is a transition.
  void slot.offsetWidth;
  slot.style.transition = `${property} ${transition}`;
  slot.style.setProperty(property, pose(to));
}

/** The switch's timings as the element shows them: `[in, out]` ("500ms ease"). */
function timings(ctx: RenderContext): [string, string] {
  const p = ctx.props;
  return [timing(p.duration, p.switchInCurve), timing(p.reverseDuration, p.switchOutCurve)];
}

function switchOut(element: HTMLElement, state: State, old: HTMLElement): void {
  const kind = element.dataset.transition ?? "fade";
  const out = h("div", "flet-switcher-slot flet-switcher-out", { "aria-hidden": "true" });
  out.inert = true;
  out.append(old.cloneNode(true));
  element.insertBefore(out, state.slot);
  // The curve may be a variable of the curve stylesheet: its value is what gets turned round.
  const { outTiming } = state;
  const space = outTiming.indexOf(" ");
  out.style.transitionTimingFunction = outTiming.slice(space + 1);
  const curve = getComputedStyle(out).transitionTimingFunction;
  move(out, kind, 1, 0, `${outTiming.slice(0, space)} ${reversedTiming(curve)}`);
  const done = () => out.remove();
  out.addEventListener("transitionend", (event) => event.target === out && done());
  // No transitionend when the move is cut short (display: none, a zero duration).
  setTimeout(done, Number.parseFloat(outTiming) + 100);
  move(state.slot, kind, 0, 1, state.inTiming);
}

// Focus that was in the old content goes to the new content (or the switcher), not to <body>.
function keepFocus(element: HTMLElement, state: State, old: HTMLElement | undefined): void {
  const active = document.activeElement;
  const lost = active === null || active === document.body || (old?.contains(active) ?? false);
  if (!state.focusWithin || !lost) return;
  // A new Material Web component takes focus once it is defined and has rendered its inner
  // button (its module may still be loading, on a busy machine for a while).
  const target = state.slot.querySelector<HTMLElement>(FOCUSABLE);
  const ready = target?.localName.includes("-")
    ? customElements
        .whenDefined(target.localName)
        .then(() => (target as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete)
    : Promise.resolve();
  void ready.then(() =>
    requestAnimationFrame(() => {
      // The user (or another switch) moved focus meanwhile: leave it there.
      const active = document.activeElement;
      if (active !== null && active !== document.body && !element.contains(active)) return;
      if (target && state.slot.contains(target)) target.focus();
      if (target && element.contains(document.activeElement)) return;
      element.tabIndex = -1;
      element.focus();
    }),
  );
}

/** Draws `animatedswitcher` (see the module comment). */
export const animatedSwitcherRenderer: MaterialRenderer<HTMLElement> = {
  create() {
    const element = h("div");
    const slot = h("div", "flet-switcher-slot flet-switcher-in");
    element.append(slot);
    const state: State = { slot, focusWithin: false, inTiming: "", outTiming: "" };
    states.set(element, state);
    element.addEventListener("focusin", () => {
      state.focusWithin = true;
    });
    // Focus leaves when it goes elsewhere, or nowhere from an element still in the page (a
    // click on the background); an element removed with the old content keeps it "inside".
    // Chromium sends focusout before removing the element: look once the removal is done.
    element.addEventListener("focusout", (event) => {
      const next = event.relatedTarget as Node | null;
      const target = event.target as Node;
      if (next !== null) state.focusWithin = element.contains(next);
      else
        setTimeout(() => {
          if (target.isConnected && !element.contains(document.activeElement))
            state.focusWithin = false;
        });
    });
    return element;
  },
  update(element, ctx) {
    const state = states.get(element)!;
    // The switch's timings act at the next switch: kept until then.
    [state.inTiming, state.outTiming] = timings(ctx);
    const kind = ctx.props.transition;
    element.dataset.transition = typeof kind === "string" && kind in POSES ? kind : "fade";
    const id = ctx.childIds("content")[0];
    const live = ctx.child("content");
    const old = state.shown;
    const switched = id !== state.id && state.id !== undefined;
    const reduce = matchMedia("(prefers-reduced-motion: reduce)").matches;
    if (switched && old && !reduce) switchOut(element, state, old);
    state.id = id;
    state.shown = live;
    place(state.slot, [live]);
    if (switched) keepFocus(element, state, old);
  },
  styles: `.flet-animatedswitcher{display:grid;place-items:center}
.flet-switcher-slot{grid-area:1/1;display:flex;flex-direction:column;min-width:0;min-height:0}
.flet-switcher-out{pointer-events:none}`,
};
