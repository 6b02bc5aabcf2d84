/**
 * The time picker's clock dial: a WAI-ARIA slider whose numbers sit on a circle; a drag
 * or a click picks by angle (24-hour locales: hours 12–23 on an inner ring), arrows step.
 * @module
 */
import { h } from "./date-picker-calendar.js";
import type { TimeState } from "./time-picker.js";

const SIZE = 256;
const OUTER = 104;
const INNER = 68;

/** Sets the hour or minute the dial points at (an hour keeps AM/PM in 12-hour locales). */
export function dialValue(s: TimeState, value: number): void {
  if (s.phase === "minute") s.minute = ((value % 60) + 60) % 60;
  else if (s.twelve) s.hour = (((value % 12) + 12) % 12) + (s.hour >= 12 ? 12 : 0);
  else s.hour = ((value % 24) + 24) % 24;
}

/** Where `value` sits on the dial: [x, y] from the centre, in px. */
function spot(s: TimeState, value: number): [number, number] {
  const steps = s.phase === "minute" ? 60 : 12;
  const angle = ((value % steps) / steps) * 2 * Math.PI;
  const inner = s.phase === "hour" && !s.twelve && (value === 0 || value > 12);
  const r = inner ? INNER : OUTER;
  return [Math.sin(angle) * r, -Math.cos(angle) * r];
}

/** The dial for `s`'s phase; `pick(value, done)` is called as arrow keys turn it. */
export function dialFace(s: TimeState, pick: (value: number, done: boolean) => void): HTMLElement {
  const minute = s.phase === "minute";
  const current = minute ? s.minute : s.twelve ? s.hour % 12 : s.hour;
  const shown = minute
    ? String(s.minute).padStart(2, "0")
    : String(s.twelve && s.hour % 12 === 0 ? 12 : s.twelve ? s.hour % 12 : s.hour);
  const dial = h("div", "flet-tp-dial", {
    role: "slider",
    tabindex: "0",
    "aria-label": minute ? "Minute" : "Hour",
    "aria-valuemin": minute ? "0" : s.twelve ? "1" : "0",
    "aria-valuemax": minute ? "59" : s.twelve ? "12" : "23",
    "aria-valuenow": minute ? String(s.minute) : shown,
    "aria-valuetext": shown,
  });
  const [x, y] = spot(s, current);
  const length = Math.hypot(x, y);
  const hand = h("div", "flet-tp-hand");
  hand.style.height = `${length}px`;
  hand.style.rotate = `${Math.atan2(x, -y)}rad`;
  const selector = h("div", "flet-tp-selector");
  selector.style.translate = `${x}px ${y}px`;
  dial.append(hand, h("div", "flet-tp-center"), selector);
  const labels: [number, string][] = minute
    ? Array.from({ length: 12 }, (_, i) => [i * 5, String(i * 5).padStart(2, "0")])
    : s.twelve
      ? Array.from({ length: 12 }, (_, i) => [i, String(i === 0 ? 12 : i)])
      : Array.from({ length: 24 }, (_, i) => [i, i === 0 ? "00" : String(i)]);
  for (const [value, label] of labels) {
    const [lx, ly] = spot(s, value);
    const number = h(
      "span",
      `flet-tp-number${value === current ? " flet-tp-on" : ""}`,
      { "aria-hidden": "true" },
      label,
    );
    if (!s.twelve && !minute && (value === 0 || value > 12)) number.classList.add("flet-tp-inner");
    number.style.translate = `${lx}px ${ly}px`;
    dial.append(number);
  }
  dial.addEventListener("keydown", (event) => {
    const step = { ArrowUp: 1, ArrowRight: 1, ArrowDown: -1, ArrowLeft: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    pick((minute ? s.minute : s.hour) + step, false);
  });
  dial.style.width = dial.style.height = `${SIZE}px`;
  return dial;
}

/** The value under the pointer on `dial` for `s`'s phase. */
export function pointedValue(dial: HTMLElement, s: TimeState, event: PointerEvent): number {
  const box = dial.getBoundingClientRect();
  const dx = event.clientX - (box.left + box.width / 2);
  const dy = event.clientY - (box.top + box.height / 2);
  const turn = (Math.atan2(dx, -dy) / (2 * Math.PI) + 1) % 1;
  if (s.phase === "minute") return Math.round(turn * 60) % 60;
  const value = Math.round(turn * 12) % 12;
  if (s.twelve) return value;
  if (Math.hypot(dx, dy) < (OUTER + INNER) / 2) return value === 0 ? 0 : value + 12;
  return value === 0 ? 12 : value;
}
