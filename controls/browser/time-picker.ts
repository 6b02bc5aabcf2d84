/**
 * `timepicker`: Flutter's Material 3 `TimePickerDialog` on a native modal `<dialog>`: the
 * hour and minute (AM/PM in 12-hour locales) over a clock dial, or two text fields.
 * @module
 */
import type { RenderContext } from "flet-ts/browser";
import { h } from "./date-picker-calendar.js";
import type { MaterialRenderer } from "./define.js";
import { iconGlyph } from "./icon-name.js";
import { syncOpen } from "./modal.js";
import { pickerDialog, pickerState } from "./picker-dialog.js";
import { PICKER_CSS } from "./picker-styles.js";
import { dialFace, dialValue, pointedValue } from "./time-picker-dial.js";

/** What the open dialog holds until it closes. */
export interface TimeState {
  open: boolean;
  hour: number;
  minute: number;
  phase: "hour" | "minute";
  input: boolean;
  twelve: boolean;
  hourText: string;
  minuteText: string;
  error: string;
  /** A pointer is down on the dial (the dial is redrawn under it as it moves). */
  dragging: boolean;
}

/** The props the dialog's state is made from, as last seen. */
const bases = new WeakMap<HTMLDialogElement, string>();
const STARTS_FROM = ["value", "locale", "timePickerEntryMode"];
const states = new WeakMap<HTMLDialogElement, TimeState>();
const pad = (n: number) => String(n).padStart(2, "0");

/** True when the locale writes times with AM/PM. */
export function twelveHour(locale: unknown): boolean {
  try {
    const tag = typeof locale === "string" && locale !== "" ? locale : undefined;
    const cycle = new Intl.DateTimeFormat(tag, { hour: "numeric" }).resolvedOptions().hourCycle;
    return cycle === "h11" || cycle === "h12";
  } catch {
    return false;
  }
}

function fresh(p: Readonly<Record<string, unknown>>): TimeState {
  const match = typeof p.value === "string" ? /^(\d{1,2}):(\d{1,2})$/.exec(p.value) : null;
  const now = new Date();
  const hour = match ? Number(match[1]) % 24 : now.getHours();
  const minute = match ? Number(match[2]) % 60 : now.getMinutes();
  const twelve = twelveHour(p.locale);
  const entry = String(p.timePickerEntryMode ?? "dial");
  return {
    open: false,
    hour,
    minute,
    phase: "hour",
    input: entry === "input" || entry === "inputOnly",
    twelve,
    hourText: shownHour(hour, twelve),
    minuteText: pad(minute),
    error: "",
    dragging: false,
  };
}

function shownHour(hour: number, twelve: boolean): string {
  return twelve ? String(hour % 12 === 0 ? 12 : hour % 12) : pad(hour);
}

function text(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : fallback;
}

function periodToggle(dialog: HTMLDialogElement, ctx: RenderContext, s: TimeState): HTMLElement {
  const group = h("div", "flet-tp-period", { role: "group", "aria-label": "AM or PM" });
  for (const [label, pm] of [
    ["AM", false],
    ["PM", true],
  ] as const) {
    const button = h(
      "button",
      "flet-tp-period-button",
      { type: "button", "aria-pressed": String(s.hour >= 12 === pm) },
      label,
    );
    button.addEventListener("click", () => {
      if (s.hour >= 12 !== pm) s.hour = (s.hour + 12) % 24;
      redraw(dialog, ctx, s, `.flet-tp-period-button[aria-pressed='true']`);
    });
    group.append(button);
  }
  group.hidden = !s.twelve;
  return group;
}

function display(dialog: HTMLDialogElement, ctx: RenderContext, s: TimeState): HTMLElement {
  const part = (phase: "hour" | "minute", label: string) => {
    const button = h(
      "button",
      `flet-tp-box flet-tp-${phase}`,
      { type: "button", "aria-pressed": String(s.phase === phase), "aria-label": label },
      phase === "hour" ? shownHour(s.hour, s.twelve) : pad(s.minute),
    );
    button.addEventListener("click", () => {
      s.phase = phase;
      redraw(dialog, ctx, s, `.flet-tp-${phase}`);
    });
    return button;
  };
  return h(
    "div",
    "flet-tp-display",
    {},
    part("hour", `Select hours, ${shownHour(s.hour, s.twelve)}`),
    h("span", "flet-tp-colon", { "aria-hidden": "true" }, ":"),
    part("minute", `Select minutes, ${pad(s.minute)}`),
    periodToggle(dialog, ctx, s),
  );
}

function inputs(dialog: HTMLDialogElement, ctx: RenderContext, s: TimeState): HTMLElement {
  const p = ctx.props;
  const field = (phase: "hour" | "minute", label: string) => {
    const id = `flet-tp-${phase}-${ctx.id}`;
    const input = h("input", `flet-tp-box flet-tp-input flet-tp-${phase}-input`, {
      id,
      type: "text",
      inputmode: "numeric",
      maxlength: "2",
      autocomplete: "off",
      "aria-describedby": `flet-tp-error-${ctx.id}`,
    });
    input.value = phase === "hour" ? s.hourText : s.minuteText;
    if (s.error) input.setAttribute("aria-invalid", "true");
    input.addEventListener("input", () => {
      if (phase === "hour") s.hourText = input.value;
      else s.minuteText = input.value;
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        confirm(dialog, ctx, s);
      }
    });
    return h("div", "flet-tp-field", {}, input, h("label", "flet-tp-label", { for: id }, label));
  };
  return h(
    "div",
    "flet-tp-inputs",
    {},
    h(
      "div",
      "flet-tp-display",
      {},
      field("hour", text(p.hourLabelText, "Hour")),
      h("span", "flet-tp-colon", { "aria-hidden": "true" }, ":"),
      field("minute", text(p.minuteLabelText, "Minute")),
      periodToggle(dialog, ctx, s),
    ),
    h("div", "flet-tp-error", { id: `flet-tp-error-${ctx.id}`, role: "alert" }, s.error),
  );
}

function draw(dialog: HTMLDialogElement, ctx: RenderContext, s: TimeState): void {
  const p = ctx.props;
  const entry = String(p.timePickerEntryMode ?? "dial");
  const help = text(p.helpText, s.input ? "Enter time" : "Select time");
  const helpId = `flet-tp-help-${ctx.id}`;
  const toggle = h("button", "flet-dp-icon-button flet-tp-toggle", {
    type: "button",
    "aria-label": s.input ? "Switch to dial picker mode" : "Switch to text input mode",
  });
  toggle.append(iconGlyph(s.input ? "schedule" : "keyboard"));
  toggle.hidden = entry === "dialOnly" || entry === "inputOnly";
  toggle.addEventListener("click", () => switchEntry(dialog, ctx, s));
  const cancel = h("button", "flet-dp-action", { type: "button" }, text(p.cancelText, "Cancel"));
  cancel.addEventListener("click", () => close(dialog, ctx, s, "dismiss"));
  const ok = h("button", "flet-dp-action", { type: "button" }, text(p.confirmText, "OK"));
  ok.addEventListener("click", () => confirm(dialog, ctx, s));
  const main = s.input
    ? [inputs(dialog, ctx, s)]
    : [display(dialog, ctx, s), dialFace(s, (value, done) => dialed(dialog, ctx, s, value, done))];
  dialog.replaceChildren(
    h("div", "flet-tp-help", { id: helpId }, help),
    h("div", "flet-tp-main", {}, ...main),
    h("div", "flet-dp-actions", {}, toggle, h("span", "flet-dp-spacer"), cancel, ok),
  );
  dialog.setAttribute("aria-labelledby", helpId);
  dialog.classList.toggle("flet-tp-input-mode", s.input);
  dialog.classList.toggle("flet-tp-landscape", p.orientation === "landscape" && !s.input);
}

/** The dial moved (`done` when the pointer or key let go): hour first, then minute. */
function dialed(
  dialog: HTMLDialogElement,
  ctx: RenderContext,
  s: TimeState,
  value: number,
  done: boolean,
): void {
  dialValue(s, value);
  if (done && s.phase === "hour") s.phase = "minute";
  redraw(dialog, ctx, s, ".flet-tp-dial");
}

function redraw(dialog: HTMLDialogElement, ctx: RenderContext, s: TimeState, focus: string): void {
  draw(dialog, ctx, s);
  dialog.querySelector<HTMLElement>(focus)?.focus();
}

/** The fields' time, or sets the error. */
function readInputs(ctx: RenderContext, s: TimeState): boolean {
  const hour = /^\d{1,2}$/.test(s.hourText.trim()) ? Number(s.hourText) : Number.NaN;
  const minute = /^\d{1,2}$/.test(s.minuteText.trim()) ? Number(s.minuteText) : Number.NaN;
  const hourOk = s.twelve ? hour >= 1 && hour <= 12 : hour >= 0 && hour <= 23;
  if (!hourOk || !(minute >= 0 && minute <= 59)) {
    s.error = text(ctx.props.errorInvalidText, "Enter a valid time");
    return false;
  }
  s.error = "";
  s.hour = s.twelve ? (hour % 12) + (s.hour >= 12 ? 12 : 0) : hour;
  s.minute = minute;
  return true;
}

function switchEntry(dialog: HTMLDialogElement, ctx: RenderContext, s: TimeState): void {
  if (s.input && !readInputs(ctx, s)) {
    redraw(dialog, ctx, s, ".flet-tp-hour-input");
    return;
  }
  s.input = !s.input;
  s.hourText = shownHour(s.hour, s.twelve);
  s.minuteText = pad(s.minute);
  redraw(dialog, ctx, s, s.input ? ".flet-tp-hour-input" : ".flet-tp-dial");
  ctx.send("entryModeChange", s.input ? "input" : "dial");
}

function close(dialog: HTMLDialogElement, ctx: RenderContext, s: TimeState, name: string): void {
  s.open = false;
  dialog.close();
  if (name === "dismiss") {
    ctx.send(name, ctx.props.value, { open: false });
    return;
  }
  const value = `${pad(s.hour)}:${pad(s.minute)}`;
  ctx.send(name, value, { value, open: false });
}

function confirm(dialog: HTMLDialogElement, ctx: RenderContext, s: TimeState): void {
  if (s.input && !readInputs(ctx, s)) {
    redraw(dialog, ctx, s, ".flet-tp-hour-input");
    return;
  }
  close(dialog, ctx, s, "change");
}

/** Draws `timepicker`: closed, nothing; open, the dialog (reset each time it opens). */
export const timePickerRenderer: MaterialRenderer<HTMLDialogElement> = {
  styles: PICKER_CSS,
  create(ctx) {
    const dialog = pickerDialog(ctx, states, bases, fresh);
    // On the dialog, not the dial: the dial is redrawn while the pointer moves on it.
    const point = (event: PointerEvent, phase: "down" | "move" | "up") => {
      const s = states.get(dialog);
      const dial = dialog.querySelector<HTMLElement>(".flet-tp-dial");
      if (!s || !dial) return;
      if (phase === "down") {
        if (!dial.contains(event.target as Node)) return;
        s.dragging = true;
      } else if (!s.dragging) return;
      if (phase === "up") s.dragging = false;
      event.preventDefault();
      dialed(dialog, ctx, s, pointedValue(dial, s, event), phase === "up");
    };
    dialog.addEventListener("pointerdown", (event) => point(event, "down"));
    dialog.addEventListener("pointermove", (event) => point(event, "move"));
    dialog.addEventListener("pointerup", (event) => point(event, "up"));
    dialog.addEventListener("keydown", (event) => {
      const s = states.get(dialog);
      if (event.key === "Enter" && s && (event.target as HTMLElement).matches(".flet-tp-dial")) {
        event.preventDefault();
        confirm(dialog, ctx, s);
      }
    });
    return dialog;
  },
  update(dialog, ctx) {
    const open = ctx.props.open === true;
    // Opening starts afresh; so does the app changing what the dialog starts from.
    const s = pickerState(dialog, ctx, states, bases, fresh, STARTS_FROM);
    const hadFocus = dialog.contains(document.activeElement);
    draw(dialog, ctx, s);
    const start = dialog.querySelector<HTMLElement>(
      s.input ? ".flet-tp-hour-input" : ".flet-tp-dial",
    );
    start?.setAttribute("autofocus", "");
    if (hadFocus) start?.focus();
    if (open) dialog.dataset.fletOpen = "";
    else delete dialog.dataset.fletOpen;
    syncOpen(dialog, open);
  },
};
