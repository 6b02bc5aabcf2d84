/**
 * `draggable` and `dragtarget`: drag and drop between them by mouse, pen, touch (pointer
 * capture) and keyboard (Space or Enter picks up, arrows or Tab choose a target of the
 * group, Enter or Space drops, Escape cancels), announced through a live region.
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
import { current, type DraggableParts, DragSession, targets } from "./drag-session.js";

const c = (role: string) => `var(--md-sys-color-${role})`;

/** CSS of `draggable` and `dragtarget`. */
const DRAG_CSS = `
.flet-draggable{position:relative;display:flex;flex-direction:column;flex:none;cursor:grab;user-select:none;-webkit-user-select:none;-webkit-touch-callout:none;outline:none;border-radius:4px}
.flet-draggable[data-dragging]{cursor:grabbing}
.flet-draggable:focus-visible{outline:2px solid ${c("primary")};outline-offset:2px}
.flet-draggable.flet-disabled{cursor:default}
.flet-drag-slot{display:flex;flex-direction:column}
.flet-drag-slot[hidden]{display:none}
.flet-drag-feedback{position:fixed;left:0;top:0;z-index:1000;pointer-events:none;cursor:grabbing}
.flet-drag-feedback-faded{opacity:.5}
.flet-dragtarget{display:flex;flex-direction:column;flex:none}
.flet-dragtarget[data-drag-over]{outline:none}
body:has(.flet-draggable[data-drag-keyboard]) .flet-dragtarget[data-drag-over=accept]{outline:2px dashed ${c("primary")};outline-offset:2px}
`;

/** What a Draggable element keeps. */
type DraggableElement = HTMLElement & { fletDrag: DraggableParts };

/** True when the Draggable can be picked up now. */
function draggable(element: HTMLElement, ctx: RenderContext): boolean {
  return !isDisabled(element) && ctx.props.maxSimultaneousDrags !== 0 && current() === undefined;
}

/** Pixels a pointer moves before a drag starts (Flutter's precise and touch slops, about). */
const slop = (kind: string) => (kind === "touch" ? 8 : 3);

/** Listens for pointer drags on a Draggable. */
function listenPointer(parts: DraggableParts): void {
  const { element, ctx } = parts;
  let down: { id: number; x: number; y: number; kind: string } | undefined;
  let session: DragSession | undefined;
  element.addEventListener("dragstart", (event) => event.preventDefault());
  element.addEventListener("pointerdown", (event) => {
    if (event.button !== 0 || down || !draggable(element, ctx)) return;
    down = { id: event.pointerId, x: event.clientX, y: event.clientY, kind: event.pointerType };
    element.setPointerCapture(event.pointerId);
  });
  element.addEventListener("pointermove", (event) => {
    if (!down || event.pointerId !== down.id) return;
    if (!session) {
      const dx = event.clientX - down.x;
      const dy = event.clientY - down.y;
      if (Math.hypot(dx, dy) < slop(down.kind)) return;
      const affinity = ctx.props.affinity;
      if (
        (affinity === "horizontal" && Math.abs(dy) > Math.abs(dx)) ||
        (affinity === "vertical" && Math.abs(dx) > Math.abs(dy)) ||
        current() !== undefined
      ) {
        down = undefined;
        return;
      }
      session = new DragSession(parts, down.x, down.y);
    }
    event.preventDefault();
    session.moveTo(event.clientX, event.clientY);
  });
  const finish = (event: PointerEvent, drop: boolean) => {
    if (!down || event.pointerId !== down.id) return;
    down = undefined;
    const ending = session;
    session = undefined;
    if (ending) {
      if (drop) ending.moveTo(event.clientX, event.clientY);
      drop ? ending.drop() : ending.cancel();
    }
  };
  element.addEventListener("pointerup", (event) => finish(event, true));
  element.addEventListener("pointercancel", (event) => finish(event, false));
  element.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && session) {
      event.preventDefault();
      const ending = session;
      session = undefined;
      down = undefined;
      ending.cancel();
    }
  });
}

const PICK = new Set([" ", "Enter"]);

/** Listens for keyboard drags on a Draggable (it keeps the focus throughout). */
function listenKeyboard(parts: DraggableParts): void {
  const { element, ctx } = parts;
  let session: DragSession | undefined;
  element.addEventListener("keydown", (event) => {
    if (event.target !== element || event.altKey || event.ctrlKey || event.metaKey) return;
    if (!session) {
      if (!PICK.has(event.key) || !draggable(element, ctx)) return;
      event.preventDefault();
      session = new DragSession(parts);
      return;
    }
    const moves: Record<string, number> = {
      ArrowDown: 1,
      ArrowRight: 1,
      ArrowUp: -1,
      ArrowLeft: -1,
    };
    if (event.key in moves) session.next(moves[event.key]!);
    else if (event.key === "Tab") {
      // With no target to go to, Tab leaves (and the blur puts the Draggable back).
      if (session.targetCount === 0) return;
      session.next(event.shiftKey ? -1 : 1);
    } else if (PICK.has(event.key)) {
      session.drop();
      session = undefined;
    } else if (event.key === "Escape") {
      session.cancel();
      session = undefined;
    } else return;
    event.preventDefault();
  });
  element.addEventListener("blur", () => {
    session?.cancel();
    session = undefined;
  });
}

/**
 * Draws `draggable`: its content (or `contentWhenDragging` while dragged), a fixed
 * feedback layer that follows the pointer, and a live region for keyboard announcements.
 * It is a focusable `button` with the role description "draggable".
 */
export const draggableRenderer: MaterialRenderer<DraggableElement> = {
  styles: DRAG_CSS,
  create(ctx) {
    const element = h("div", "", {
      role: "button",
      tabindex: "0",
      "aria-roledescription": "draggable",
    }) as HTMLElement as DraggableElement;
    const content = h("div", "flet-drag-slot");
    const whenDragging = h("div", "flet-drag-slot");
    const feedback = h("div", "flet-drag-feedback", { "aria-hidden": "true" });
    const live = h("span", "flet-sr-only", { "aria-live": "assertive" });
    const hint = h("span", "flet-sr-only", { id: `flet-drag-hint-${ctx.id}` });
    hint.textContent = "Press Space or Enter to pick up.";
    element.setAttribute("aria-describedby", hint.id);
    whenDragging.hidden = true;
    feedback.hidden = true;
    element.append(content, whenDragging, feedback, live, hint);
    passesConstraints(element, true);
    linesChildren(content, "y");
    linesChildren(whenDragging, "y");
    element.fletDrag = { element, ctx, content, whenDragging, feedback, live };
    listenPointer(element.fletDrag);
    listenKeyboard(element.fletDrag);
    return element;
  },
  update(element, ctx) {
    const { content, whenDragging, feedback } = element.fletDrag;
    const p = ctx.props;
    place(content, [ctx.child("content")]);
    place(whenDragging, [ctx.child("contentWhenDragging")]);
    const own = ctx.child("contentFeedback");
    if (own) {
      delete feedback.dataset.clone;
      place(feedback, [own]);
    } else if (feedback.dataset.clone === undefined) place(feedback, []);
    const off = p.maxSimultaneousDrags === 0;
    element.dataset.group = typeof p.group === "string" ? p.group : "";
    element.style.touchAction = off
      ? ""
      : p.affinity === "horizontal"
        ? "pan-y"
        : p.affinity === "vertical"
          ? "pan-x"
          : "none";
    element.style.cursor = off ? "default" : "";
    if (p.axis === "horizontal" || p.axis === "vertical") element.dataset.axis = p.axis;
    else delete element.dataset.axis;
    focusable(element, p.disabled === true || off, (disabled) => {
      element.tabIndex = disabled ? -1 : 0;
      if (disabled) element.setAttribute("aria-disabled", "true");
      else element.removeAttribute("aria-disabled");
    });
  },
  destroy(element) {
    const session = current();
    if (session?.source.element === element) session.cancel();
  },
};

/**
 * Draws `dragtarget`: its content; a drag over it reads its `group` (see drag-session.ts).
 * While a keyboard drag is over it, it shows a dashed outline.
 */
export const dragTargetRenderer: MaterialRenderer<HTMLElement> = {
  styles: DRAG_CSS,
  create(ctx) {
    const element = h("div");
    passesConstraints(element, true);
    targets.set(element, ctx);
    return element;
  },
  update(element, ctx) {
    const p = ctx.props;
    element.dataset.group = typeof p.group === "string" ? p.group : "";
    place(element, [ctx.child("content")]);
  },
};
