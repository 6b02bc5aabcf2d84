/**
 * Tracked prop values: what a prop getter hands out for an array or a plain object.
 *
 * `chart.points.push(p); chart.update()` is Flet's habit (`data_points.append(p);
 * page.update()`). The getter therefore returns a proxy of the stored value that records
 * every write (index, `length`, key, delete, at any depth) as a change of the prop, on every
 * control that holds that value. The reconciler then sends the difference from what the
 * browser has as minimal operations (see `src/tree/value-diff.ts`), so one appended point
 * costs one `add`, not the whole array. Decision: `docs/decisions/0011-live-list-props.md`.
 *
 * Values of other classes (a `Date`, your own class) are handed out as they are: assign a new
 * one to send a change.
 *
 * @internal
 * @module
 */
import type { Control } from "./control.js";

/** A prop that holds a value: the control and the prop's name. */
type Owner = readonly [control: Control, name: string];

/** Who holds each stored root value (usually one control; a shared style object, more). */
const owners = new WeakMap<object, Owner[]>();
/** The proxy of each tracked object, and the root value it belongs to. */
const proxies = new WeakMap<object, object>();
const targets = new WeakMap<object, object>();

/** Whether `value` is data a getter tracks: an array or a plain object. */
function isTrackable(value: unknown): value is object {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === Object.prototype || proto === null;
}

/**
 * The stored object behind a tracked proxy (or `value` itself). Setters store this, so a
 * control never holds another control's proxy.
 */
export function untracked<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  return (targets.get(value) as T | undefined) ?? value;
}

/** Records that prop `name` of `control` now holds `value` (an object a getter may hand out). */
export function holdValue(control: Control, name: string, value: unknown): void {
  if (!isTrackable(value)) return;
  const list = owners.get(value);
  if (list === undefined) owners.set(value, [[control, name]]);
  else if (!list.some(([c, n]) => c === control && n === name)) list.push([control, name]);
}

/**
 * What a getter hands out for `value`, stored under prop `name` of `control`: a tracked
 * proxy for arrays and plain objects, `value` itself otherwise. `mark` records a change of
 * one holder's prop.
 */
export function trackedValue<T>(
  control: Control,
  name: string,
  value: T,
  mark: (control: Control, name: string) => void,
): T {
  if (!isTrackable(value)) return value;
  holdValue(control, name, value);
  return proxyOf(value, value, mark) as T;
}

function proxyOf(
  target: object,
  root: object,
  mark: (control: Control, name: string) => void,
): object {
  const known = proxies.get(target);
  if (known !== undefined) return known;
  const changed = (): void => {
    const list = owners.get(root);
    if (list === undefined) return;
    for (const [control, name] of list) mark(control, name);
  };
  const proxy = new Proxy(target, {
    get(object, key) {
      const value = Reflect.get(object, key) as unknown;
      return isTrackable(value) ? proxyOf(value, root, mark) : value;
    },
    set(object, key, value) {
      const ok = Reflect.set(object, key, untracked(value));
      changed();
      return ok;
    },
    defineProperty(object, key, descriptor) {
      const stored =
        "value" in descriptor ? { ...descriptor, value: untracked(descriptor.value) } : descriptor;
      const ok = Reflect.defineProperty(object, key, stored);
      changed();
      return ok;
    },
    deleteProperty(object, key) {
      const ok = Reflect.deleteProperty(object, key);
      changed();
      return ok;
    },
  });
  proxies.set(target, proxy);
  targets.set(proxy, target);
  return proxy;
}
