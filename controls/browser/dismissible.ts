/**
 * `dismissible`: content swiped away by mouse, pen or touch along `dismissDirection`, or
 * dismissed from the keyboard (Delete, Backspace, or an arrow key along its axis). The
 * swipe slides the content out, waits for `confirm_dismiss` when the app listens to
 * `confirmDismiss`, shrinks its place (`resize` per frame) and sends `dismiss`.
 * @module
 */
import {
  focusable,
  isDisabled,
  linesChildren,
  passesConstraints,
  type RenderContext,
} from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";

/** CSS of `dismissible`. */
const DISMISS_CSS = `
.flet-dismissible{position:relative;display:flex;flex-direction:column;overflow:hidden;outline:none;user-select:none;-webkit-user-select:none}
.flet-dismissible:focus-visible{outline:2px solid var(--md-sys-color-primary);outline-offset:-2px}
.flet-dismiss-bg{position:absolute;inset:0;display:flex;flex-direction:column;visibility:hidden}
.flet-dismiss-bg>*{flex:1 1 auto}
.flet-dismiss-bg[data-shown]{visibility:visible}
.flet-dismiss-content{position:relative;display:flex;flex-direction:column;transition:transform var(--flet-dismiss-move,200ms) ease-out}
.flet-dismissible[data-swiping] .flet-dismiss-content{transition:none}
.flet-dismissible[data-dismissed]{visibility:hidden}
`;

type Direction = "startToEnd" | "endToStart" | "up" | "down";

interface DismissState {
  readonly ctx: RenderContext;
  readonly background: HTMLElement;
  readonly secondary: HTMLElement;
  readonly content: HTMLElement;
  /** Answers a swipe waiting in `confirmDismiss`. */
  answer?: (dismiss: boolean) => void;
  busy: boolean;
  reached: boolean;
}

type DismissElement = HTMLElement & { fletDismiss: DismissState };

const HORIZONTAL = new Set(["horizontal", "startToEnd", "endToStart"]);

function directionProp(ctx: RenderContext): string {
  const value = ctx.props.dismissDirection;
  return typeof value === "string" ? value : "horizontal";
}

function allows(ctx: RenderContext, direction: Direction): boolean {
  const prop = directionProp(ctx);
  if (prop === "none") return false;
  if (prop === "horizontal") return direction === "startToEnd" || direction === "endToStart";
  if (prop === "vertical") return direction === "up" || direction === "down";
  return prop === direction;
}

function threshold(ctx: RenderContext, direction: Direction): number {
  const map = ctx.props.dismissThresholds as Record<string, unknown> | undefined;
  const value = map?.[direction];
  return typeof value === "number" ? value : 0.4;
}

const ms = (value: unknown, fallback: number) =>
  typeof value === "number" && value >= 0 ? value : fallback;

/** The direction of an offset along the axis (`rtl` flips start and end). */
function directionOf(horizontal: boolean, offset: number, rtl: boolean): Direction {
  if (!horizontal) return offset < 0 ? "up" : "down";
  return offset > 0 !== rtl ? "startToEnd" : "endToStart";
}

/** Shows the background of `direction` behind the content (or none at rest). */
function showBackground(state: DismissState, direction: Direction | undefined): void {
  const end = direction === "startToEnd" || direction === "down";
  if (direction && end) state.background.dataset.shown = "";
  else delete state.background.dataset.shown;
  if (direction && !end) state.secondary.dataset.shown = "";
  else delete state.secondary.dataset.shown;
}

function moveContent(state: DismissState, x: number, y: number): void {
  state.content.style.transform = x === 0 && y === 0 ? "" : `translate(${x}px,${y}px)`;
}

/** Waits for the content's slide (its CSS transition lasts `duration` ms). */
function afterMove(duration: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, duration + 20));
}

/** Slides the content out in `direction`, asks the app, then shrinks and dismisses. */
async function dismissOut(element: DismissElement, direction: Direction): Promise<void> {
  const state = element.fletDismiss;
  const { ctx } = state;
  state.busy = true;
  const horizontal = direction === "startToEnd" || direction === "endToStart";
  const rtl = getComputedStyle(element).direction === "rtl";
  const sign = direction === "down" || (direction === "startToEnd") !== rtl ? 1 : -1;
  const box = element.getBoundingClientRect();
  const cross = typeof ctx.props.crossAxisEndOffset === "number" ? ctx.props.crossAxisEndOffset : 0;
  showBackground(state, direction);
  delete element.dataset.swiping;
  const move = ms(ctx.props.movementDuration, 200);
  if (horizontal) moveContent(state, sign * box.width, cross * box.height);
  else moveContent(state, cross * box.width, sign * box.height);
  await afterMove(move);
  if (ctx.listens("confirmDismiss")) {
    const answer = new Promise<boolean>((resolve) => {
      state.answer = resolve;
    });
    ctx.send("confirmDismiss", direction);
    const dismiss = await answer;
    state.answer = undefined;
    if (!dismiss) {
      springBack(element, move);
      return;
    }
  }
  await shrink(element, horizontal, ms(ctx.props.resizeDuration, 300));
  element.dataset.dismissed = "";
  ctx.send("dismiss", direction);
}

/** Slides the content back; a new swipe may grab it meanwhile. */
function springBack(element: DismissElement, duration: number): void {
  const state = element.fletDismiss;
  delete element.dataset.swiping;
  state.busy = false;
  moveContent(state, 0, 0);
  setTimeout(() => {
    if (!state.busy && element.dataset.swiping === undefined) showBackground(state, undefined);
  }, duration);
}

/** Shrinks the element's height (width for a vertical swipe) to 0, `resize` per frame. */
function shrink(element: HTMLElement, horizontal: boolean, duration: number): Promise<void> {
  const state = (element as DismissElement).fletDismiss;
  const size = horizontal ? element.offsetHeight : element.offsetWidth;
  const side = horizontal ? "height" : "width";
  return new Promise((resolve) => {
    const start = performance.now();
    const frame = (now: number) => {
      const t = duration <= 0 ? 1 : Math.min(1, (now - start) / duration);
      element.style[side] = `${size * (1 - t)}px`;
      element.style[horizontal ? "minHeight" : "minWidth"] = "0";
      state.ctx.send("resize");
      if (t < 1) requestAnimationFrame(frame);
      else resolve();
    };
    requestAnimationFrame(frame);
  });
}

/** Tracks a pointer swipe on the element. */
function listenSwipe(element: DismissElement): void {
  const state = element.fletDismiss;
  const { ctx } = state;
  let down: { id: number; x: number; y: number; horizontal: boolean } | undefined;
  let offset = 0;
  let last = { at: 0, offset: 0, velocity: 0 };
  element.addEventListener("pointerdown", (event) => {
    // Another finger is ignored; the same pointer pressing again means its last release
    // never reached the row (a dialog opened over it took the pointerup): start afresh.
    if (event.button !== 0 || (down && down.id !== event.pointerId)) return;
    if (state.busy || isDisabled(element)) return;
    if (directionProp(ctx) === "none") return;
    down = {
      id: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      horizontal: HORIZONTAL.has(directionProp(ctx)),
    };
    offset = 0;
    last = { at: event.timeStamp, offset: 0, velocity: 0 };
  });
  element.addEventListener("pointermove", (event) => {
    if (!down || event.pointerId !== down.id) return;
    const raw = down.horizontal ? event.clientX - down.x : event.clientY - down.y;
    if (element.dataset.swiping === undefined) {
      if (Math.abs(raw) < (event.pointerType === "touch" ? 8 : 3)) return;
      element.dataset.swiping = "";
      element.setPointerCapture(event.pointerId);
    }
    event.preventDefault();
    const rtl = getComputedStyle(element).direction === "rtl";
    const direction = directionOf(down.horizontal, raw, rtl);
    offset = allows(ctx, direction) ? raw : 0;
    const dt = event.timeStamp - last.at;
    if (dt > 0)
      last = { at: event.timeStamp, offset, velocity: ((offset - last.offset) / dt) * 1000 };
    const box = element.getBoundingClientRect();
    const extent = down.horizontal ? box.width : box.height;
    const progress = extent > 0 ? Math.min(1, Math.abs(offset) / extent) : 0;
    const reached = offset !== 0 && progress >= threshold(ctx, direction);
    ctx.send(
      "update",
      JSON.stringify({ direction, progress, reached, previous_reached: state.reached }),
    );
    state.reached = reached;
    showBackground(state, offset === 0 ? undefined : direction);
    moveContent(state, down.horizontal ? offset : 0, down.horizontal ? 0 : offset);
  });
  const end = (event: PointerEvent, cancelled: boolean) => {
    if (!down || event.pointerId !== down.id) return;
    const horizontal = down.horizontal;
    down = undefined;
    if (element.dataset.swiping === undefined) return;
    const rtl = getComputedStyle(element).direction === "rtl";
    const direction = directionOf(horizontal, offset, rtl);
    const fling = Math.abs(last.velocity) > 700 && Math.sign(last.velocity) === Math.sign(offset);
    const go = !cancelled && offset !== 0 && (state.reached || fling);
    state.reached = false;
    if (go) void dismissOut(element, direction);
    else springBack(element, ms(ctx.props.movementDuration, 200));
  };
  element.addEventListener("pointerup", (event) => end(event, false));
  element.addEventListener("pointercancel", (event) => end(event, true));
}

/** The direction a key dismisses to, if it is allowed. */
function keyDirection(ctx: RenderContext, key: string, rtl: boolean): Direction | undefined {
  const start: Direction = "endToStart";
  const candidates: Record<string, Direction[]> = {
    Delete: [start, "startToEnd", "up", "down"],
    Backspace: [start, "startToEnd", "up", "down"],
    ArrowLeft: [rtl ? "startToEnd" : "endToStart"],
    ArrowRight: [rtl ? "endToStart" : "startToEnd"],
    ArrowUp: ["up"],
    ArrowDown: ["down"],
  };
  return candidates[key]?.find((direction) => allows(ctx, direction));
}

/**
 * Draws `dismissible`: the backgrounds under the content, a focusable group named by its
 * content ("dismissible"; Delete dismisses). `confirm_dismiss` answers a waiting swipe.
 */
export const dismissibleRenderer: MaterialRenderer<DismissElement> = {
  styles: DISMISS_CSS,
  create(ctx) {
    const element = h("div", "", {
      role: "group",
      tabindex: "0",
      "aria-roledescription": "dismissible",
      "aria-labelledby": `flet-dismiss-content-${ctx.id}`,
      "aria-describedby": `flet-dismiss-hint-${ctx.id}`,
    }) as HTMLElement as DismissElement;
    const background = h("div", "flet-dismiss-bg", { "aria-hidden": "true" });
    const secondary = h("div", "flet-dismiss-bg", { "aria-hidden": "true" });
    const content = h("div", "flet-dismiss-content", { id: `flet-dismiss-content-${ctx.id}` });
    const hint = h("span", "flet-sr-only", { id: `flet-dismiss-hint-${ctx.id}` });
    element.append(background, secondary, content, hint);
    // Its content spans the width it is given when it spans its own (a ListTile).
    passesConstraints(element, true);
    linesChildren(content, "y");
    element.fletDismiss = { ctx, background, secondary, content, busy: false, reached: false };
    listenSwipe(element);
    element.addEventListener("keydown", (event) => {
      const state = element.fletDismiss;
      if (event.target !== element || state.busy || isDisabled(element)) return;
      const rtl = getComputedStyle(element).direction === "rtl";
      const direction = keyDirection(ctx, event.key, rtl);
      if (!direction) return;
      event.preventDefault();
      ctx.send(
        "update",
        JSON.stringify({ direction, progress: 1, reached: true, previous_reached: false }),
      );
      void dismissOut(element, direction);
    });
    return element;
  },
  update(element, ctx) {
    const { background, secondary, content } = element.fletDismiss;
    const p = ctx.props;
    place(background, [ctx.child("background")]);
    place(secondary, [ctx.child("secondaryBackground")]);
    place(content, [ctx.child("content")]);
    const direction = directionProp(ctx);
    element.dataset.direction = direction;
    focusable(element, p.disabled === true, (disabled) => {
      element.tabIndex = disabled ? -1 : 0;
    });
    element.style.touchAction =
      direction === "none" ? "" : HORIZONTAL.has(direction) ? "pan-y" : "pan-x";
    element.style.setProperty("--flet-dismiss-move", `${ms(p.movementDuration, 200)}ms`);
    const keys =
      direction === "none"
        ? ""
        : HORIZONTAL.has(direction)
          ? "Delete or an arrow key"
          : "Delete or Up or Down";
    const hint = element.querySelector<HTMLElement>(`#flet-dismiss-hint-${ctx.id}`);
    if (hint) hint.textContent = keys ? `Swipe or press ${keys} to dismiss.` : "";
  },
  methods: {
    confirm_dismiss(element, args) {
      element.fletDismiss.answer?.(args.dismiss === true || args.dismiss === "true");
      return null;
    },
  },
};
