/**
 * The bodies of the tester's pointer and typing actions (tap, drag, enter text), over an
 * {@link ActionHost} the Tester provides; the Tester keeps each method's signature and docs.
 * @module
 */
import type { ClientConnection } from "../client/client-connection.js";
import type { Control } from "../core/control.js";
import { describeValue, ErrorCode, FletError } from "../core/errors.js";
import { compiledSchemaOf } from "../core/schema.js";
import type { Page } from "../page/page.js";
import { dropGesture, swipePlan, swipeSends } from "./drag-drop.js";
import type { Finders } from "./finder.js";
import { type DragOptions, dragGesture } from "./gestures.js";
import { assertListening, describeControl } from "./listening.js";
import type { MemoryBrowser } from "./memory-browser.js";
import { menuTarget, pickCloses, tapSubmenu } from "./menus.js";
import { autofocused, interactive, type TapSend, tapMenus } from "./reach.js";
import { tapPlan, unheardTap } from "./tap-plan.js";
import type { Target } from "./tester-types.js";

/** What the action helpers need from the Tester. @internal */
export interface ActionHost {
  readonly browser: MemoryBrowser;
  readonly client: ClientConnection;
  /** The one reachable control `target` means (throws as a user would be refused). */
  resolve(target: Target, action: string): Control;
  /** Sends each event in order, settling after each. */
  sendAll(sends: readonly TapSend[]): Promise<void>;
  /** The session's page. */
  page(): Page;
  /** The session's control with this id. */
  control(id: string): Control | undefined;
  /** The control with the keyboard focus. */
  focused(): Control | undefined;
}

/** The events a tap on `tapped` sends (see `Tester.tap`), after menus open or close. */
export function tapSendsOf(host: ActionHost, tapped: Control): readonly TapSend[] {
  const open = host.browser.openMenus;
  const cancelled = tapMenus(tapped, open);
  if (cancelled) return [{ target: cancelled, name: "cancelled" }];
  if (compiledSchemaOf(tapped.constructor).type === "popupmenubutton") return [];
  const menu = menuTarget(tapped);
  const toggled = menu && tapSubmenu(menu, open);
  if (toggled) return toggled;
  // A picked menu item closes its menus after its click (a MenuItemButton has no other action).
  if (menu) return [{ target: menu, name: "click" }, ...pickCloses(menu, open)];
  let from: Control | undefined;
  for (
    let control: Control | undefined = tapped;
    control !== undefined;
    from = control, control = control.parent
  ) {
    const plan = tapPlan(control, from);
    if (plan) return plan;
  }
  return unheardTap(tapped);
}

/** `Tester.tap`. */
export function tapAction(host: ActionHost, target: Target): Promise<void> {
  return host.sendAll(tapSendsOf(host, host.resolve(target, "tap")));
}

/** `Tester.drag`. */
export function dragAction(host: ActionHost, target: Target, options: DragOptions): Promise<void> {
  const control = host.resolve(target, "drag");
  if (options.to) return host.sendAll(dropGesture(control, host.resolve(options.to, "drop onto")));
  const swipe = swipePlan(control, options);
  if (!swipe) return host.sendAll(dragGesture(control, options));
  const later = ({ target, name, data }: TapSend) => host.client.sendEvent(target.uid!, name, data);
  return host.sendAll(swipeSends(swipe, host.browser.answers, later));
}

/** Controls with a two-way string value that a user chooses rather than types, and how. */
const CHOSEN: Readonly<Record<string, string>> = {
  dropdown:
    "a Dropdown, whose value a user picks from its options (t.trigger(dropdown, 'change', key, { value: key }))",
  radiogroup: "a RadioGroup, whose value a user picks by tapping a Radio",
  timepicker: "a TimePicker, whose value a user picks in its dial (t.choose)",
  cupertinodatepicker: "a CupertinoDatePicker, whose value a user picks on its wheels",
};

/** Whether `control` takes typed text: a two-way string value that is not chosen. */
export function isTextInput(control: Control): boolean {
  const schema = compiledSchemaOf(control.constructor);
  const value = schema.propsByName.get("value");
  return value?.twoWay === true && value.kind === "string" && !(schema.type in CHOSEN);
}

function capitalize(value: string, mode: unknown): string {
  if (mode === "characters") return value.toUpperCase();
  if (mode === "words")
    return value.replace(/(^|\s)(\p{L})/gu, (_, gap, c: string) => gap + c.toUpperCase());
  if (mode === "sentences")
    return value.replace(/(^\s*|[.!?]\s+)(\p{L})/gu, (_, gap, c: string) => gap + c.toUpperCase());
  return value;
}

/**
 * The `change` typing `text` into `control` sends, with the value the browser's field
 * keeps (cut at `maxLength`; filtered by `inputFilter`; capitalized by `capitalization`).
 * Refuses what a user cannot type into: no text value, a chosen value, `readOnly`.
 */
export function textEntry(control: Control, text: string): TapSend {
  const type = compiledSchemaOf(control.constructor).type;
  if (!isTextInput(control)) {
    const why = CHOSEN[type] ?? "a control without a two-way string value";
    throw new FletError(
      ErrorCode.TESTER_NOT_INTERACTIVE,
      `Expected a text input (a control with a two-way string value), but ${describeControl(control)} is ${why}; a user cannot type into it.`,
    );
  }
  const p = control as unknown as {
    readOnly?: boolean;
    maxLength?: number;
    capitalization?: string;
    inputFilter?: { regexString?: string; allow?: boolean };
  };
  if (p.readOnly === true) {
    throw new FletError(
      ErrorCode.TESTER_NOT_INTERACTIVE,
      `Expected to enter text into ${describeControl(control)}, but it is read-only (readOnly: true); a user cannot type into it.`,
    );
  }
  let value =
    typeof p.maxLength === "number" && p.maxLength > 0 ? text.slice(0, p.maxLength) : text;
  if (p.inputFilter?.regexString) {
    const pattern = new RegExp(p.inputFilter.regexString);
    const allowed = p.inputFilter.allow !== false;
    value = [...value].filter((char) => pattern.test(char) === allowed).join("");
  }
  value = capitalize(value, p.capitalization);
  return { target: control, name: "change", data: value, props: { value } };
}

/** `Tester.trigger`: the event `event` (a name or a handler name) of `target`, checked. */
export function triggerSend(
  host: ActionHost,
  target: Target,
  event: string,
  data: unknown,
  props: Record<string, unknown> | undefined,
): TapSend {
  const control = host.resolve(target, `trigger "${event}" on`);
  const schema = compiledSchemaOf(control.constructor);
  const name = schema.eventsByName.has(event) ? event : schema.eventsByHandler.get(event)?.name;
  if (name === undefined) {
    throw new FletError(
      ErrorCode.EVENT_UNKNOWN_EVENT,
      `Expected one of the events of ${describeControl(control)} (${[...schema.eventsByName.keys()].join(", ") || "none"}), but got ${describeValue(event)}.`,
    );
  }
  // A change of two-way values (`props`) the browser always sends; others only if listened.
  if (props === undefined) assertListening(host.client.replica.tree, control, name);
  return { target: control, name, data, ...(props && { props }) };
}

/** `Tester.focused`: the focused control, else the first reachable `autofocus` one. */
export function focusedControl(
  browser: MemoryBrowser,
  find: Finders,
  control: (id: string) => Control | undefined,
): Control | undefined {
  const id = browser.focusedId;
  const explicit = id === undefined ? undefined : control(id);
  if (explicit?.mounted && interactive(explicit, browser.openMenus) === undefined) return explicit;
  for (const c of find.where((c) => autofocused(c)).all)
    if (interactive(c, browser.openMenus) === undefined) return c;
  return undefined;
}
