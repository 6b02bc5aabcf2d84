/**
 * What the tester's gestures send, as a browser sends them for a control that detects
 * gestures (a GestureDetector): the nearest control (the target or an ancestor) with a
 * handler for the gesture gets its events, in the browser's order, with positions.
 * @module
 */
import type { Control } from "../core/control.js";
import { compiledSchemaOf } from "../core/schema.js";
import type { TapSend } from "./reach.js";
import type { Target } from "./tester-types.js";

/** Options of `Tester.drag`. */
export interface DragOptions {
  /** Horizontal distance, in logical pixels (positive: right). Default 0. */
  dx?: number;
  /** Vertical distance, in logical pixels (positive: down). Default 0. */
  dy?: number;
  /** Where the drag starts, inside the control. Default its top-left corner. */
  from?: { x: number; y: number };
  /** How many update events the move makes. Default 4. */
  steps?: number;
  /** The speed when the pointer is lifted, in px/s (a fling). Default 0. */
  velocity?: { x: number; y: number };
  /** A DragTarget (or a control in one) to drop the dragged Draggable on. */
  to?: Target;
}

function listening(control: Control, event: string): boolean {
  const schema = compiledSchemaOf(control.constructor);
  const handler = schema.eventsByName.get(event)?.handler;
  return (
    handler !== undefined &&
    typeof (control as unknown as Record<string, unknown>)[handler] === "function"
  );
}

/** The nearest of `control` and its ancestors that listens to one of `events`. */
function nearest(control: Control, events: readonly string[]): Control | undefined {
  for (let node: Control | undefined = control; node !== undefined; node = node.parent)
    if (events.some((event) => listening(node, event))) return node;
  return undefined;
}

/** `events` that `target` listens to, each with its data, as sends. */
function sends(target: Control, events: readonly [string, unknown?][]): TapSend[] {
  return events
    .filter(([name]) => listening(target, name))
    .map(([name, data]) => (data === undefined ? { target, name } : { target, name, data }));
}

const AT = { localX: 0, localY: 0, globalX: 0, globalY: 0 };
const TAP = { ...AT, kind: "touch" };

/**
 * A tap's down, up and tap events (primary or secondary) for the nearest control that
 * listens (only `control` itself unless `climb`), or undefined.
 */
export function tapGesture(
  control: Control,
  secondary = false,
  climb = true,
): TapSend[] | undefined {
  const prefix = secondary ? "secondaryTap" : "tap";
  const events = [`${prefix}Down`, `${prefix}Up`, prefix];
  const target = climb
    ? nearest(control, events)
    : events.some((event) => listening(control, event))
      ? control
      : undefined;
  if (target === undefined) return undefined;
  return sends(target, [[`${prefix}Down`, TAP], [`${prefix}Up`, TAP], [prefix]]);
}

/** A double tap's events, or undefined when nothing listens (then it is two taps). */
export function doubleTapGesture(control: Control): TapSend[] | undefined {
  const target = nearest(control, ["doubleTapDown", "doubleTap"]);
  if (target === undefined) return undefined;
  return sends(target, [["doubleTapDown", TAP], ["doubleTap"]]);
}

/** A long press's events (a GestureDetector's start and end, or a plain `longPress`). */
export function longPressGesture(control: Control, secondary = false): TapSend[] {
  const prefix = secondary ? "secondaryLongPress" : "longPress";
  const target = nearest(control, [
    `${prefix}Start`,
    `${prefix}End`,
    ...(secondary ? [] : ["longPress"]),
  ]);
  if (target === undefined) return [];
  return sends(target, [
    [`${prefix}Start`, AT],
    [`${prefix}End`, { ...AT, velocityX: 0, velocityY: 0 }],
    ...(secondary ? [] : ([["longPress"]] as [string][])),
  ]);
}

const PHASES = ["Start", "Update", "End"] as const;
const AXES = ["horizontalDrag", "verticalDrag", "pan", "scale"] as const;

/**
 * A drag's events: the axis that wins as in the browser (a horizontal drag when mostly
 * horizontal, a vertical one when mostly vertical, else a pan, else a one-finger scale).
 * Nothing when no control listens to a drag that way.
 */
export function dragGesture(control: Control, options: DragOptions): TapSend[] {
  const { dx = 0, dy = 0, from = { x: 0, y: 0 }, velocity = { x: 0, y: 0 } } = options;
  const steps = Math.max(1, Math.round(options.steps ?? 4));
  for (let node: Control | undefined = control; node !== undefined; node = node.parent) {
    const has = (axis: string) => PHASES.some((phase) => listening(node, `${axis}${phase}`));
    const axis = AXES.find(
      (a) =>
        has(a) &&
        (a === "horizontalDrag"
          ? Math.abs(dx) >= Math.abs(dy) && dx !== 0
          : a === "verticalDrag"
            ? Math.abs(dy) >= Math.abs(dx) && dy !== 0
            : dx !== 0 || dy !== 0),
    );
    if (axis === undefined) continue;
    const at = (x: number, y: number) => ({ localX: x, localY: y, globalX: x, globalY: y });
    if (axis === "scale") return scaleSends(node, from, dx, dy, steps, velocity, at);
    const along = (x: number, y: number) => (axis === "horizontalDrag" ? x : y);
    const events: [string, unknown?][] = [
      [`${axis}Start`, { ...at(from.x, from.y), kind: "touch", timestamp: 0 }],
    ];
    const sx = axis === "verticalDrag" ? 0 : dx / steps;
    const sy = axis === "horizontalDrag" ? 0 : dy / steps;
    for (let i = 1; i <= steps; i++)
      events.push([
        `${axis}Update`,
        {
          deltaX: sx,
          deltaY: sy,
          ...(axis !== "pan" && { primaryDelta: along(sx, sy) }),
          ...at(from.x + sx * i, from.y + sy * i),
          timestamp: i * 16,
        },
      ]);
    const vx = axis === "verticalDrag" ? 0 : velocity.x;
    const vy = axis === "horizontalDrag" ? 0 : velocity.y;
    events.push([
      `${axis}End`,
      { ...(axis !== "pan" && { primaryVelocity: along(vx, vy) }), velocityX: vx, velocityY: vy },
    ]);
    return sends(node, events);
  }
  return [];
}

function scaleSends(
  target: Control,
  from: { x: number; y: number },
  dx: number,
  dy: number,
  steps: number,
  velocity: { x: number; y: number },
  at: (x: number, y: number) => Record<string, number>,
): TapSend[] {
  const focal = (x: number, y: number) => {
    const p = at(x, y);
    return {
      focalPointX: p.globalX,
      focalPointY: p.globalY,
      localFocalPointX: p.localX,
      localFocalPointY: p.localY,
      pointerCount: 1,
    };
  };
  const events: [string, unknown?][] = [["scaleStart", focal(from.x, from.y)]];
  for (let i = 1; i <= steps; i++)
    events.push([
      "scaleUpdate",
      {
        ...focal(from.x + (dx * i) / steps, from.y + (dy * i) / steps),
        focalPointDeltaX: dx / steps,
        focalPointDeltaY: dy / steps,
        scale: 1,
        horizontalScale: 1,
        verticalScale: 1,
        rotation: 0,
      },
    ]);
  events.push(["scaleEnd", { pointerCount: 0, velocityX: velocity.x, velocityY: velocity.y }]);
  return sends(target, events);
}
