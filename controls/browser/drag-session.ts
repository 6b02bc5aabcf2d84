/**
 * One drag of a Draggable at a time, by pointer or keyboard: the feedback follows the
 * pointer (or jumps to the chosen target), targets under it hear `willAccept`, `move`,
 * `leave`, and the one it is dropped on `accept` (Flet's payload: `{src_id, x, y}`).
 * @module
 */
import { isDisabled, type RenderContext } from "flet-ts/browser";

/** The render context of each DragTarget element (read when a drag meets it). */
export const targets = new WeakMap<HTMLElement, RenderContext>();

/** The parts of a Draggable element the session shows and hides. */
export interface DraggableParts {
  readonly element: HTMLElement;
  readonly ctx: RenderContext;
  readonly content: HTMLElement;
  readonly whenDragging: HTMLElement;
  readonly feedback: HTMLElement;
  readonly live: HTMLElement;
}

const group = (props: Readonly<Record<string, unknown>>) =>
  typeof props.group === "string" ? props.group : "";

/** True when `target` can take drops now: on the page, shown, not disabled. */
export function usable(target: HTMLElement): boolean {
  return target.isConnected && target.getClientRects().length > 0 && !isDisabled(target);
}

/** A short name of a target for announcements: its text, else its position. */
function nameOf(target: HTMLElement, index: number, count: number): string {
  const label = target.getAttribute("aria-label") ?? target.textContent?.trim() ?? "";
  const place = `drop target ${index + 1} of ${count}`;
  return label ? `${label.slice(0, 60)}, ${place}` : place;
}

/** The accepting targets in document order, for the keyboard. */
function keyboardTargets(source: DraggableParts): HTMLElement[] {
  const mine = group(source.ctx.props);
  return [...document.querySelectorAll<HTMLElement>(".flet-dragtarget")].filter((target) => {
    const ctx = targets.get(target);
    return ctx !== undefined && usable(target) && group(ctx.props) === mine;
  });
}

let active: DragSession | undefined;

/** The drag in progress, if any. */
export function current(): DragSession | undefined {
  return active;
}

/** A drag of one Draggable, from pick-up to drop or cancel. */
export class DragSession {
  #over: HTMLElement | undefined;
  #accepts = false;
  #offset = { x: 0, y: 0 };
  #start = { x: 0, y: 0 };
  #at = { x: 0, y: 0 };
  #keyboard: HTMLElement[] | undefined;

  /**
   * Picks `source` up at a pointer position (client coordinates), or from the keyboard
   * (`x`, `y` undefined), and sends `dragStart`.
   */
  constructor(
    readonly source: DraggableParts,
    x?: number,
    y?: number,
  ) {
    active = this;
    const { element, ctx, content, whenDragging, feedback } = source;
    const box = content.getBoundingClientRect();
    const own = feedback.firstElementChild !== null && feedback.dataset.clone === undefined;
    if (!own) {
      feedback.replaceChildren(content.cloneNode(true));
      feedback.dataset.clone = "";
      for (const node of feedback.querySelectorAll("[id]")) node.removeAttribute("id");
    }
    feedback.classList.toggle("flet-drag-feedback-faded", !own);
    if (whenDragging.firstElementChild) {
      content.hidden = true;
      whenDragging.hidden = false;
    }
    element.dataset.dragging = "";
    feedback.hidden = false;
    this.#start = { x: x ?? box.left, y: y ?? box.top };
    this.#offset = x === undefined ? { x: 0, y: 0 } : { x: x - box.left, y: (y ?? 0) - box.top };
    ctx.send("dragStart");
    if (x === undefined) this.#keyboard = keyboardTargets(source);
    this.#place(this.#start.x, this.#start.y);
    if (this.#keyboard) {
      const list = this.#keyboard;
      element.dataset.dragKeyboard = "";
      if (list.length === 0)
        this.announce("Picked up. No drop target accepts it; press Escape to put it back.");
      else this.step(0, "Picked up. ");
    }
  }

  /** Says `text` through the Draggable's live region. */
  announce(text: string): void {
    this.source.live.textContent = text;
  }

  /** Moves the feedback so the pointer keeps its grip (client coordinates), per `axis`. */
  #place(x: number, y: number): void {
    const axis = this.source.ctx.props.axis;
    const px = axis === "vertical" ? this.#start.x : x;
    const py = axis === "horizontal" ? this.#start.y : y;
    this.#at = { x: px - this.#offset.x, y: py - this.#offset.y };
    this.source.feedback.style.transform = `translate(${this.#at.x}px,${this.#at.y}px)`;
    return;
  }

  /** The pointer moved to (`x`, `y`): the feedback follows; targets hear it. */
  moveTo(x: number, y: number): void {
    this.#place(x, y);
    const axis = this.source.ctx.props.axis;
    const hx = axis === "vertical" ? this.#start.x : x;
    const hy = axis === "horizontal" ? this.#start.y : y;
    this.#enter(this.#targetAt(hx, hy));
    if (this.#over) this.#send(this.#over, "move");
  }

  #targetAt(x: number, y: number): HTMLElement | undefined {
    for (const hit of document.elementsFromPoint(x, y)) {
      if (this.source.feedback.contains(hit)) continue;
      const target = hit.closest<HTMLElement>(".flet-dragtarget");
      if (target && targets.has(target) && usable(target)) return target;
    }
    return undefined;
  }

  #payload(): string {
    return JSON.stringify({ src_id: this.source.ctx.id, x: this.#at.x, y: this.#at.y });
  }

  #send(target: HTMLElement, event: "move" | "accept"): void {
    targets.get(target)?.send(event, this.#payload());
  }

  /** The drag is now over `target` (or none): the old one hears `leave`, the new `willAccept`. */
  #enter(target: HTMLElement | undefined): void {
    if (target === this.#over) return;
    this.#leave();
    this.#over = target;
    if (!target) return;
    const ctx = targets.get(target);
    this.#accepts = ctx !== undefined && group(ctx.props) === group(this.source.ctx.props);
    target.dataset.dragOver = this.#accepts ? "accept" : "reject";
    ctx?.send("willAccept", String(this.#accepts));
  }

  #leave(): void {
    const old = this.#over;
    if (!old) return;
    delete old.dataset.dragOver;
    this.#over = undefined;
    targets.get(old)?.send("leave", this.source.ctx.id);
  }

  /** Keyboard: goes to the accepting target `index` (wrapping), announcing it. */
  step(index: number, prefix = ""): void {
    const list = this.#keyboard ?? [];
    if (list.length === 0) return;
    const i = ((index % list.length) + list.length) % list.length;
    const target = list[i]!;
    const box = target.getBoundingClientRect();
    this.#place(box.left, box.top);
    this.#enter(target);
    this.#send(target, "move");
    this.announce(`${prefix}Over ${nameOf(target, i, list.length)}. Enter drops, Escape cancels.`);
  }

  /** Keyboard: how many targets accept this drag. */
  get targetCount(): number {
    return this.#keyboard?.length ?? 0;
  }

  /** Keyboard: the next (`+1`) or previous (`-1`) accepting target. */
  next(delta: number): void {
    const list = this.#keyboard ?? [];
    const i = this.#over ? list.indexOf(this.#over) : -1;
    this.step(i + delta);
  }

  /** Drops here: an accepting target hears `accept` and the Draggable `dragComplete`. */
  drop(): void {
    const target = this.#over;
    if (target && this.#accepts && usable(target)) {
      delete target.dataset.dragOver;
      this.#over = undefined;
      this.#send(target, "accept");
      this.source.ctx.send("dragComplete");
      this.#end("Dropped.");
    } else this.cancel();
  }

  /** Puts the Draggable back; a target it was over hears `leave`. */
  cancel(): void {
    this.#leave();
    this.#end("Put back.");
  }

  #end(message: string): void {
    const { element, content, whenDragging, feedback } = this.source;
    content.hidden = false;
    whenDragging.hidden = true;
    feedback.hidden = true;
    feedback.style.transform = "";
    if (feedback.dataset.clone !== undefined) {
      feedback.replaceChildren();
      delete feedback.dataset.clone;
    }
    delete element.dataset.dragging;
    if (this.#keyboard) {
      delete element.dataset.dragKeyboard;
      this.announce(message);
    }
    if (active === this) active = undefined;
  }
}
