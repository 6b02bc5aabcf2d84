/**
 * Handing a lost session's input to the new one: the browser kept what the user typed and
 * the events the old session never confirmed (`register.restore`); once `main` has built
 * the new page, each value is set into the control at the same place and of the same type,
 * and `page.onRestore` gets the rest. Everything from the client is checked as an event's
 * values are: only two-way properties, only values of their declared kind.
 *
 * @module
 */
import type { Control } from "../core/control.js";
import { compiledSchemaOf } from "../core/schema.js";
import {
  PageRestoreEvent,
  type RestoredEvent,
  type RestoredValue,
  type UnplacedInput,
} from "../page/page-events.js";
import type { RestoreData, TreePath } from "../protocol/messages.js";
import { NODE_SLOTS, NODE_TYPE, PAGE_ID, type WireNode } from "../protocol/wire.js";
import { clientValueProblem } from "./client-values.js";

/** Most values or events taken from one restore (the rest are dropped). */
const MAX_ENTRIES = 1_000;
/** Deepest path followed. */
const MAX_DEPTH = 128;

/** What a restore needs of a session. */
export interface RestoreTarget {
  readonly page: Control;
  node(id: string): WireNode | undefined;
  control(id: string): Control | undefined;
}

/** The id of the node at `path` (slot names and list indexes from the page down). */
export function resolvePath(target: RestoreTarget, path: unknown): string | undefined {
  if (!Array.isArray(path) || path.length > MAX_DEPTH) return undefined;
  let id = PAGE_ID;
  for (let i = 0; i < path.length; i++) {
    const slot = path[i];
    const slots = target.node(id)?.[NODE_SLOTS];
    if (typeof slot !== "string" || slots === undefined || !Object.hasOwn(slots, slot))
      return undefined;
    const child = slots[slot];
    if (Array.isArray(child)) {
      const index = path[++i];
      if (typeof index !== "number" || !Number.isInteger(index)) return undefined;
      const next = child[index];
      if (next === undefined) return undefined;
      id = next;
    } else if (typeof child === "string") {
      id = child;
    } else {
      return undefined;
    }
  }
  return id;
}

/** The control at `path`, if it is of `type`. */
function placed(target: RestoreTarget, path: TreePath, type: unknown): Control | undefined {
  const id = resolvePath(target, path);
  if (id === undefined || target.node(id)?.[NODE_TYPE] !== type) return undefined;
  return target.control(id);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Sets the restored values into the new page and builds the event for `page.onRestore`.
 * Call it inside a handler run, so the changes are sent after it.
 */
export function applyRestore(target: RestoreTarget, data: RestoreData): PageRestoreEvent {
  const values: RestoredValue[] = [];
  const events: RestoredEvent[] = [];
  const unplaced: UnplacedInput[] = [];
  for (const entry of data.values.slice(0, MAX_ENTRIES)) {
    if (!isRecord(entry) || !Array.isArray(entry.path) || !isRecord(entry.props)) continue;
    const type = String(entry.type);
    const control = placed(target, entry.path, type);
    const left: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(entry.props)) {
      const declared = control && compiledSchemaOf(control.constructor).propsByName.get(name);
      if (control === undefined || !declared?.twoWay || clientValueProblem(declared, value)) {
        left[name] = value;
        continue;
      }
      try {
        (control as unknown as Record<string, unknown>)[name] = value;
        values.push({ control, name, value });
      } catch {
        left[name] = value;
      }
    }
    if (Object.keys(left).length > 0) unplaced.push({ path: entry.path, type, props: left });
  }
  for (const entry of data.events.slice(0, MAX_ENTRIES)) {
    if (!isRecord(entry) || !Array.isArray(entry.path) || typeof entry.name !== "string") continue;
    const type = String(entry.type);
    const control = placed(target, entry.path, type);
    const event = { name: entry.name, ...(entry.data !== undefined ? { data: entry.data } : {}) };
    if (control === undefined) unplaced.push({ path: entry.path, type, ...event });
    else events.push({ control, ...event });
  }
  return new PageRestoreEvent(target.page, values, events, unplaced);
}
