/**
 * What the tester's drags send for a Draggable dropped on a DragTarget, and for a swipe
 * of a Dismissible, as the browser sends them; they fail where a user could not do it
 * (another group, a Draggable that cannot be dragged, a direction the Dismissible refuses).
 * @module
 */
import type { Control } from "../core/control.js";
import { ErrorCode, FletError } from "../core/errors.js";
import { compiledSchemaOf } from "../core/schema.js";
import type { DragOptions } from "./gestures.js";
import type { TapSend } from "./reach.js";

const typeOf = (control: Control) => compiledSchemaOf(control.constructor).type;
const prop = (control: Control, name: string) =>
  (control as unknown as Record<string, unknown>)[name];

/** `control` or its nearest ancestor of wire type `type`. */
function around(control: Control, type: string): Control | undefined {
  for (let node: Control | undefined = control; node; node = node.parent)
    if (typeOf(node) === type) return node;
  return undefined;
}

function refuse(message: string): never {
  throw new FletError(ErrorCode.TESTER_NOT_INTERACTIVE, message);
}

const groupOf = (control: Control) => String(prop(control, "group") ?? "");

/**
 * The events of dropping the Draggable around `from` on the DragTarget around `onto`:
 * `dragStart`, the target's `willAccept` ("true"), `move`, `accept` (`{src_id, x, y}`),
 * then `dragComplete`. Throws where the browser would not drop it.
 */
export function dropGesture(from: Control, onto: Control): TapSend[] {
  const source = around(from, "draggable");
  const target = around(onto, "dragtarget");
  if (!source)
    refuse(
      `Expected to drag a Draggable (or a control inside one), but ${from.constructor.name} is in none.`,
    );
  if (!target)
    refuse(
      `Expected to drop onto a DragTarget (or a control inside one), but ${onto.constructor.name} is in none.`,
    );
  if (prop(source, "maxSimultaneousDrags") === 0)
    refuse("Expected a Draggable that can be dragged, but its maxSimultaneousDrags is 0.");
  if (groupOf(source) !== groupOf(target))
    refuse(
      `Expected the DragTarget to accept the Draggable, but its group ${JSON.stringify(groupOf(target))} is not the Draggable's ${JSON.stringify(groupOf(source))}: the browser sends willAccept "false" and no accept.`,
    );
  const at = JSON.stringify({ src_id: source.uid, x: 0, y: 0 });
  return [
    { target: source, name: "dragStart" },
    { target, name: "willAccept", data: "true" },
    { target, name: "move", data: at },
    { target, name: "accept", data: at },
    { target: source, name: "dragComplete" },
  ];
}

/** A planned swipe of a Dismissible: its updates, and whether it goes past the threshold. */
export interface SwipePlan {
  readonly dismissible: Control;
  readonly direction: string;
  readonly updates: TapSend[];
  readonly dismisses: boolean;
}

/** The directions `dismissDirection` allows. */
function allowed(value: unknown): string[] {
  const all: Record<string, string[]> = {
    none: [],
    horizontal: ["startToEnd", "endToStart"],
    vertical: ["up", "down"],
  };
  const name = typeof value === "string" ? value : "horizontal";
  return all[name] ?? [name];
}

/**
 * A swipe by `dx`/`dy` of the Dismissible around `control`, or undefined when there is
 * none. Its extent is its `width` (`height` vertically), else 400 px; it dismisses past the
 * direction's threshold (0.4) or with a fling over 700 px/s. Throws for a refused direction.
 */
export function swipePlan(control: Control, options: DragOptions): SwipePlan | undefined {
  const dismissible = around(control, "dismissible");
  if (!dismissible) return undefined;
  const { dx = 0, dy = 0, velocity = { x: 0, y: 0 } } = options;
  const horizontal = Math.abs(dx) >= Math.abs(dy);
  const d = horizontal ? dx : dy;
  const direction = horizontal ? (d > 0 ? "startToEnd" : "endToStart") : d < 0 ? "up" : "down";
  const ok = allowed(prop(dismissible, "dismissDirection"));
  if (d === 0 || !ok.includes(direction))
    refuse(
      `Expected a swipe the Dismissible allows (${ok.join(", ") || "none"}), but it was swiped ${d === 0 ? "nowhere" : direction}: in the browser it does not move.`,
    );
  const extent = Number(prop(dismissible, horizontal ? "width" : "height") ?? 400) || 400;
  const thresholds = (prop(dismissible, "dismissThresholds") ?? {}) as Record<string, number>;
  const threshold = thresholds[direction] ?? 0.4;
  const steps = Math.max(1, Math.round(options.steps ?? 4));
  const updates: TapSend[] = [];
  let previous = false;
  for (let i = 1; i <= steps; i++) {
    const progress = Math.min(1, (Math.abs(d) * i) / steps / extent);
    const reached = progress >= threshold;
    const data = JSON.stringify({ direction, progress, reached, previous_reached: previous });
    updates.push({ target: dismissible, name: "update", data });
    previous = reached;
  }
  const speed = horizontal ? velocity.x : velocity.y;
  const fling = Math.abs(speed) > 700 && Math.sign(speed) === Math.sign(d);
  return { dismissible, direction, updates, dismisses: previous || fling };
}

/** The events after the slide out: one `resize`, then `dismiss` with the direction. */
export function dismissSends(plan: SwipePlan): TapSend[] {
  const { dismissible: target, direction } = plan;
  return [
    { target, name: "resize" },
    { target, name: "dismiss", data: direction },
  ];
}

/**
 * What the tester sends for a swipe: its updates, then (past the threshold) `resize` and
 * `dismiss`, or `confirmDismiss` when the app listens; then the app's
 * `confirmDismiss(true)` (now or later, through `answers`) sends `resize` and `dismiss`.
 */
export function swipeSends(
  plan: SwipePlan,
  answers: Map<string, (dismiss: boolean) => void>,
  sendEvent: (send: TapSend) => void,
): TapSend[] {
  if (!plan.dismisses) return plan.updates;
  const { dismissible: target, direction } = plan;
  if (typeof prop(target, "onConfirmDismiss") !== "function")
    return [...plan.updates, ...dismissSends(plan)];
  answers.set(target.uid!, (dismiss) => {
    if (dismiss) for (const send of dismissSends(plan)) sendEvent(send);
  });
  return [...plan.updates, { target, name: "confirmDismiss", data: direction }];
}
