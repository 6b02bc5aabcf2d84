/**
 * `Tester.press`: a key pressed in the simulated browser, with what the browser does for
 * it: Enter submits a text field (or adds a line to a multiline one) and presses a focused
 * button, Space presses a focused button or toggle, Escape closes the open menu or the top
 * dialog, sheet or drawer, Tab and Shift+Tab move the focus in page order, arrow keys step
 * a slider, a radio group, a Cupertino segmented button or the focus among tabs; the page
 * then gets `keyboardEvent` while `page.onKeyboardEvent` is set.
 * @module
 */
import type { Control } from "../core/control.js";
import { ErrorCode, FletError } from "../core/errors.js";
import { compiledSchemaOf } from "../core/schema.js";
import { type ActionHost, isTextInput, tapSendsOf, textEntry } from "./actions.js";
import { hiddenBy } from "./hidden.js";
import { describeControl } from "./listening.js";
import { tapSubmenu } from "./menus.js";
import { barrierTap, childrenOf, openModals } from "./modal.js";
import { interactive, type TapSend } from "./reach.js";
import { indexPick } from "./tap-plan.js";
import type { Target } from "./tester-types.js";

/** Options of `Tester.press`. */
export interface PressOptions {
  /** The control that gets the key (it takes the focus first). Default: the focused one. */
  target?: Target;
  /** Shift held (Shift+Tab moves the focus back; Shift+Enter in a `shiftEnter` field adds a line). */
  shift?: boolean;
  /** Control held. */
  ctrl?: boolean;
  /** Alt held. */
  alt?: boolean;
  /** Meta (Command, Windows) held. */
  meta?: boolean;
}

/** Key names as `KeyboardEvent.key` spells them (`"Space"` is `" "`). */
function keyOf(key: string): string {
  if (key === "Space" || key === "Spacebar") return " ";
  if (key === "Esc") return "Escape";
  if (key === "Return") return "Enter";
  return key;
}

const typeOf = (control: Control) => compiledSchemaOf(control.constructor).type;

function listens(control: Control, event: string): boolean {
  const handler = compiledSchemaOf(control.constructor).eventsByName.get(event)?.handler;
  return (
    handler !== undefined &&
    typeof (control as unknown as Record<string, unknown>)[handler] === "function"
  );
}

/** A Cupertino (sliding) segmented button: its segments are buttons a user can focus. */
function segmentedGroup(control: Control): boolean {
  const type = typeOf(control);
  return type.startsWith("cupertino") && type.endsWith("segmentedbutton");
}

/** Controls the browser makes buttons (`role="button"`, `tabindex` 0) while they are clickable. */
const CLICKABLE = new Set(["container", "listtile", "cupertinolisttile"]);

/** A Container or list tile with `onClick`, `onLongPress` or a `url`. */
function clickable(control: Control): boolean {
  const p = control as unknown as { url?: unknown };
  return listens(control, "click") || listens(control, "longPress") || typeof p.url === "string";
}

/** Whether a user can Tab to `control` (it takes focus: an `autofocus` prop or a `focus` event). */
function focusable(control: Control, open: ReadonlySet<string>): boolean {
  const schema = compiledSchemaOf(control.constructor);
  const keyed =
    schema.type === "tab" ||
    schema.type === "expansiontile" ||
    (control.parent && segmentedGroup(control.parent)) ||
    (CLICKABLE.has(schema.type) && clickable(control));
  if (!keyed && !schema.propsByName.has("autofocus") && !schema.eventsByName.has("focus"))
    return false;
  return interactive(control, open) === undefined && hiddenBy(control) === undefined;
}

/** The controls Tab visits, in page order (inside the top open modal overlay if one is open). */
export function focusOrder(host: ActionHost): Control[] {
  const page = host.page() as unknown as Control;
  const modals = openModals(page);
  const root = modals[modals.length - 1] ?? page;
  const order: Control[] = [];
  const walk = (node: Control) => {
    if (focusable(node, host.browser.openMenus)) order.push(node);
    for (const child of childrenOf(node)) walk(child);
  };
  walk(root);
  return order;
}

/** Moves the focus to `next` (undefined: nowhere), sending `blur` and `focus` where listened. */
export function moveFocus(host: ActionHost, next: Control | undefined): TapSend[] {
  const before = host.focused();
  host.browser.focusedId = next?.uid;
  if (before === next) return [];
  const sends: TapSend[] = [];
  if (before && listens(before, "blur")) sends.push({ target: before, name: "blur" });
  if (next && listens(next, "focus")) sends.push({ target: next, name: "focus" });
  return sends;
}

/** Enter or Space in a text input: submit, a new line, or a typed space. */
function inField(field: Control, key: string, shift: boolean): TapSend[] {
  const p = field as unknown as { value?: string; multiline?: boolean; shiftEnter?: boolean };
  const value = p.value ?? "";
  if (key === " ") return [textEntry(field, `${value} `)];
  const multiline = p.multiline === true || p.shiftEnter === true;
  // Multiline: Enter adds a line, unless shiftEnter (then Enter submits, Shift+Enter adds one).
  if (multiline && !(p.shiftEnter === true && !shift)) return [textEntry(field, `${value}\n`)];
  return [{ target: field, name: "submit", data: value }];
}

const TOGGLES = new Set(["checkbox", "radio", "cupertinocheckbox", "cupertinoradio"]);
const STEP: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
};
const NEXT: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};

/** A slider's key step: `changeStart`, `change`, `changeEnd` (nothing at its bound). */
function sliderStep(slider: Control, key: string): TapSend[] {
  const p = slider as unknown as { value?: number; min?: number; max?: number; divisions?: number };
  const min = p.min ?? 0;
  const max = p.max ?? 1;
  const step = p.divisions && p.divisions > 0 ? (max - min) / p.divisions : (max - min) / 100;
  const value = p.value ?? min;
  const next =
    key === "Home"
      ? min
      : key === "End"
        ? max
        : Math.min(max, Math.max(min, value + (STEP[key] ?? 0) * step));
  const rounded = Math.round(next * 1e9) / 1e9;
  if (rounded === value || (STEP[key] === undefined && key !== "Home" && key !== "End")) return [];
  return [
    { target: slider, name: "changeStart", data: value },
    { target: slider, name: "change", data: rounded, props: { value: rounded } },
    { target: slider, name: "changeEnd", data: rounded },
  ];
}

/** The item after (or before) `item` among `items`, wrapping. */
function neighbour<T>(items: readonly T[], item: T, dir: number): T | undefined {
  const index = items.indexOf(item);
  return index < 0 ? undefined : items[(index + dir + items.length) % items.length];
}

/** Arrow keys on a radio, a tab or a segment: the next one (wrapping), as the browser does. */
function arrowInGroup(host: ActionHost, control: Control, key: string): TapSend[] | undefined {
  const dir = NEXT[key];
  if (dir === undefined) return undefined;
  const parent = control.parent;
  const type = typeOf(control);
  if (type === "radio") {
    let group = control.parent;
    while (group && typeOf(group) !== "radiogroup") group = group.parent;
    if (!group) return undefined;
    const radios: Control[] = [];
    const walk = (n: Control) => {
      if (typeOf(n) === "radio" && interactive(n, host.browser.openMenus) === undefined)
        radios.push(n);
      for (const c of childrenOf(n)) walk(c);
    };
    walk(group);
    const next = neighbour(radios, control, dir);
    if (!next || next === control) return [];
    const value = (next as unknown as { value?: unknown }).value;
    return [
      ...moveFocus(host, next),
      { target: group, name: "change", data: value, props: { value } },
    ];
  }
  if (parent && typeOf(parent) === "tabs") {
    // md-tabs moves the focus between tabs; Enter or Space picks the focused one.
    const next = neighbour((parent as unknown as { tabs: Control[] }).tabs, control, dir);
    return moveFocus(host, next);
  }
  const group = segmentedGroup(control) ? control : parent;
  if (group && segmentedGroup(group)) {
    const items = (group as unknown as { controls: Control[] }).controls;
    const current = items[(group as unknown as { selectedIndex?: number }).selectedIndex ?? 0];
    const next = current && neighbour(items, current, dir);
    return next ? (indexPick(next) ?? []) : [];
  }
  return undefined;
}

/** Escape: closes the last open menu, else dismisses the top modal overlay (if it may). */
function onEscape(host: ActionHost): TapSend[] {
  const menus = [...host.browser.openMenus];
  const last = menus[menus.length - 1];
  const menu = last === undefined ? undefined : host.control(last);
  if (last !== undefined) {
    if (menu && typeOf(menu) === "submenubutton")
      return tapSubmenu(menu, host.browser.openMenus) ?? [];
    host.browser.openMenus.delete(last);
    if (menu && typeOf(menu) === "popupmenubutton") return [{ target: menu, name: "cancelled" }];
    return [];
  }
  const page = host.page() as unknown as Control;
  const modals = openModals(page);
  const top = modals[modals.length - 1];
  if (!top) return [];
  // Escape in a Cupertino action sheet presses its cancel button.
  const sheet = (top as unknown as { content?: Control }).content;
  const cancel = sheet && (sheet as unknown as { cancel?: Control }).cancel;
  if (cancel) return [...tapSendsOf(host, cancel)];
  return barrierTap(page, top);
}

/** `Tester.press`. */
export async function pressKey(
  host: ActionHost,
  name: string,
  options: PressOptions,
): Promise<void> {
  const key = keyOf(name);
  if (key.length === 0) {
    throw new FletError(
      ErrorCode.TESTER_OPTIONS,
      'Expected a key name as KeyboardEvent.key spells it ("Enter", "Tab", "a"), but got "".',
    );
  }
  const shift = options.shift === true;
  let sends: TapSend[] = [];
  if (options.target !== undefined) {
    const pressed = host.resolve(options.target, `press ${JSON.stringify(name)} on`);
    // A key on a part of a control (a label, an icon) goes to the control that has the focus.
    let target: Control | undefined = pressed;
    while (target && !focusable(target, host.browser.openMenus) && !isTextInput(target))
      target = target.parent;
    if (target === undefined) {
      throw new FletError(
        ErrorCode.TESTER_NOT_INTERACTIVE,
        `Expected a control that takes the keyboard focus to press ${JSON.stringify(name)} on, but neither ${describeControl(pressed)} nor an ancestor takes it; a user cannot focus it.`,
      );
    }
    sends = moveFocus(host, target);
  }
  const focused = host.focused();
  const page = host.page() as unknown as Control;
  const pageKey = listens(page, "keyboardEvent")
    ? [
        {
          target: page,
          name: "keyboardEvent",
          data: {
            key,
            shift,
            ctrl: options.ctrl === true,
            alt: options.alt === true,
            meta: options.meta === true,
          },
        },
      ]
    : [];
  await host.sendAll(sends);
  if (key === "Tab") {
    // The page sees the key before the browser moves the focus.
    await host.sendAll(pageKey);
    const order = focusOrder(host);
    const at = focused ? order.indexOf(focused) : -1;
    const next =
      order.length === 0
        ? undefined
        : at < 0
          ? order[shift ? order.length - 1 : 0]
          : neighbour(order, focused!, shift ? -1 : 1);
    return host.sendAll(moveFocus(host, next));
  }
  await host.sendAll([...onFocused(host, focused, key, shift)]);
  return host.sendAll(pageKey);
}

/** What `key` does to the focused control (or to the page, for Escape). */
function onFocused(
  host: ActionHost,
  focused: Control | undefined,
  key: string,
  shift: boolean,
): readonly TapSend[] {
  if (key === "Escape") return onEscape(host);
  if (!focused) return [];
  if (isTextInput(focused))
    return key === "Enter" || key === " " ? inField(focused, key, shift) : [];
  if (typeOf(focused) === "slider") return sliderStep(focused, key);
  const arrow = arrowInGroup(host, focused, key);
  if (arrow) return arrow;
  if (key === " " || (key === "Enter" && !TOGGLES.has(typeOf(focused))))
    return tapSendsOf(host, focused);
  return [];
}
