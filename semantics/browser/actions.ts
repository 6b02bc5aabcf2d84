/**
 * The actions of a `semantics` node, from the events a browser user produces: `tap` from
 * a click, Enter or Space; `increase`/`decrease` from the arrow keys of a slider;
 * `dismiss` from Escape; `longPress` from a held pointer or the context-menu key;
 * `copy`/`cut`/`paste` from the clipboard; scrolls from the wheel; cursor moves from the
 * arrow keys of a text field; focus events when focus enters or leaves the node.
 * @module
 */
import type { RenderContext } from "flet-ts/browser";

const LONG_PRESS_MS = 500;
const INCREASE = new Set(["ArrowUp", "ArrowRight", "PageUp"]);
const DECREASE = new Set(["ArrowDown", "ArrowLeft", "PageDown"]);
const FLIP: Record<string, string> = { ArrowLeft: "ArrowRight", ArrowRight: "ArrowLeft" };

/** Events an inner node already turned into an action: outer nodes leave them alone. */
const handled = new WeakSet<Event>();

/** Sends `name` for `event` unless a nested node did; true when sent. */
function fire(ctx: RenderContext, event: Event, name: string, data?: unknown): boolean {
  if (handled.has(event) || !ctx.listens(name)) return false;
  handled.add(event);
  ctx.send(name, data);
  return true;
}

/** The current role of the node (the renderer keeps it up to date). */
const roleOf = (element: HTMLElement) => element.getAttribute("role");

function onKey(element: HTMLElement, ctx: RenderContext, event: KeyboardEvent): void {
  const own = event.target === element;
  const role = roleOf(element);
  // Right to left, Arrow Left increases a slider.
  const rtl = getComputedStyle(element).direction === "rtl";
  const key = rtl ? (FLIP[event.key] ?? event.key) : event.key;
  let name: string | undefined;
  if (own && (event.key === "Enter" || event.key === " ") && role !== "textbox") name = "tap";
  else if (own && role === "slider" && INCREASE.has(key)) name = "increase";
  else if (own && role === "slider" && DECREASE.has(key)) name = "decrease";
  else if (event.key === "Escape") name = "dismiss";
  else if (event.key === "ContextMenu" || (event.shiftKey && event.key === "F10"))
    name = "longPress";
  else if (role === "textbox" && event.key === "ArrowRight") name = "moveCursorForwardByCharacter";
  else if (role === "textbox" && event.key === "ArrowLeft") name = "moveCursorBackwardByCharacter";
  if (name === undefined || !fire(ctx, event, name)) return;
  if (name !== "moveCursorForwardByCharacter" && name !== "moveCursorBackwardByCharacter")
    event.preventDefault();
}

/** Sends `longPress` on a held pointer; returns whether the last press was a long one. */
function watchLongPress(element: HTMLElement, ctx: RenderContext): () => boolean {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let long = false;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  element.addEventListener("pointerdown", (event) => {
    long = false;
    if (handled.has(event) || !ctx.listens("longPress") || event.button !== 0) return;
    handled.add(event);
    cancel();
    timer = setTimeout(() => {
      timer = undefined;
      long = true;
      ctx.send("longPress");
    }, LONG_PRESS_MS);
  });
  for (const type of ["pointerup", "pointerleave", "pointercancel", "pointermove"] as const) {
    element.addEventListener(type, (event) => {
      if (type !== "pointermove" || (event as PointerEvent).movementX ** 2 > 16) cancel();
    });
  }
  element.addEventListener("contextmenu", (event) => {
    if (fire(ctx, event, "longPress")) event.preventDefault();
  });
  return () => long;
}

function onWheel(ctx: RenderContext, event: WheelEvent): void {
  if (handled.has(event)) return;
  // Flutter's "scroll up" moves the content up (reveals what is below): a wheel turned down.
  const vertical = Math.abs(event.deltaY) >= Math.abs(event.deltaX);
  const name = vertical
    ? event.deltaY > 0
      ? "scrollUp"
      : "scrollDown"
    : event.deltaX > 0
      ? "scrollLeft"
      : "scrollRight";
  fire(ctx, event, name);
}

/**
 * Wires the user's events of `element` to the node's actions. Events are sent only when
 * the server listens to them.
 *
 * @example
 * ```ts
 * wireActions(element, ctx);
 * ```
 */
export function wireActions(element: HTMLElement, ctx: RenderContext): void {
  const longPressed = watchLongPress(element, ctx);
  element.addEventListener("click", (event) => {
    if (!longPressed()) fire(ctx, event, "tap");
  });
  element.addEventListener("dblclick", (event) => fire(ctx, event, "doubleTap"));
  element.addEventListener("keydown", (event) => onKey(element, ctx, event));
  element.addEventListener("wheel", (event) => onWheel(ctx, event), { passive: true });
  for (const name of ["copy", "cut"] as const) {
    element.addEventListener(name, (event) =>
      fire(ctx, event, name, document.getSelection()?.toString()),
    );
  }
  element.addEventListener("paste", (event) =>
    fire(ctx, event, "paste", event.clipboardData?.getData("text/plain") ?? ""),
  );
  element.addEventListener("focusin", (event) => {
    if (!element.contains(event.relatedTarget as Node | null))
      ctx.send("didGainAccessibilityFocus");
  });
  element.addEventListener("focusout", (event) => {
    if (!element.contains(event.relatedTarget as Node | null))
      ctx.send("didLoseAccessibilityFocus");
  });
}
