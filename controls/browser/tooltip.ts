/**
 * Material 3 plain tooltips: one floating bubble shared by the page, shown after a short
 * hover, on keyboard focus or on a touch long press, plus a hidden description per control
 * for screen readers (`aria-describedby`). The `tooltip` prop of every control and the
 * `Tooltip` control both draw through here; the control adds a {@link TooltipLook}.
 * @module
 */
import { h } from "./dom.js";

/** How long a hover or a touch must last before the bubble shows (ms). */
const WAIT_MS = 500;
/** How long the bubble stays after a touch long press ends (Flutter's 1.5 s). */
const SHOW_MS = 1500;
/** The least room kept between the bubble and the window's edges (px). */
const EDGE = 4;

/** How one control's tooltip looks and behaves (the `Tooltip` control's props). */
export interface TooltipLook {
  /** Hover (or touch) time before it shows, in ms. Default 500. */
  readonly waitMs?: number;
  /** How long it stays after a touch long press ends, in ms. Default 1 500. */
  readonly showMs?: number;
  /** Below the control when it fits (true, the default), else above; false: the other way. */
  readonly preferBelow?: boolean;
  /** Distance from the control's centre to the bubble, in px. Default half its height + 4. */
  readonly verticalOffset?: number;
  /** Least room between the bubble and the window's left, top, right and bottom edges. */
  readonly margin?: readonly [number, number, number, number];
  /**
   * The control's own bubble (a `popover` element it styles and fills), instead of the
   * page's shared one.
   */
  readonly bubble?: HTMLElement;
  /** Vibrate briefly (`navigator.vibrate`) when a long press shows it. */
  readonly feedback?: boolean;
  /** The element that gets `aria-describedby` (default the element itself). */
  readonly describes?: HTMLElement;
}

interface Tip {
  readonly text: string;
  readonly look: TooltipLook;
}

let shared: HTMLElement | undefined;
let descriptions: HTMLElement | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let showing: { readonly target: HTMLElement; readonly bubble: HTMLElement } | undefined;
const tips = new WeakMap<HTMLElement, Tip>();

function show(target: HTMLElement): void {
  const tip = tips.get(target);
  if (!tip || !target.isConnected) return;
  const { look } = tip;
  if (showing && showing.target !== target) hide();
  let bubble = look.bubble;
  if (bubble) {
    if (!bubble.matches(":popover-open")) bubble.showPopover();
  } else {
    shared ??= document.body.appendChild(
      h("div", "flet-tooltip-bubble", { "aria-hidden": "true" }),
    );
    bubble = shared;
    bubble.textContent = tip.text;
  }
  bubble.classList.add("flet-open");
  showing = { target, bubble };
  const [left = EDGE, top = EDGE, right = EDGE, bottom = EDGE] = look.margin ?? [];
  const box = target.getBoundingClientRect();
  const width = bubble.offsetWidth;
  const height = bubble.offsetHeight;
  const x = Math.max(
    left,
    Math.min(window.innerWidth - width - right, box.left + box.width / 2 - width / 2),
  );
  const offset = look.verticalOffset ?? box.height / 2 + EDGE;
  const centre = box.top + box.height / 2;
  const belowTop = centre + offset;
  const aboveTop = centre - offset - height;
  const fitsBelow = belowTop + height <= window.innerHeight - bottom;
  const fitsAbove = aboveTop >= top;
  const below = look.preferBelow === false ? !fitsAbove && fitsBelow : fitsBelow || !fitsAbove;
  bubble.style.left = `${x}px`;
  bubble.style.top = `${below ? belowTop : aboveTop}px`;
}

function hide(): void {
  clearTimeout(timer);
  const bubble = showing?.bubble;
  showing = undefined;
  if (!bubble) return;
  bubble.classList.remove("flet-open");
  if (bubble !== shared && bubble.matches(":popover-open")) bubble.hidePopover();
}

function waitThenShow(target: HTMLElement, then?: () => void): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    show(target);
    then?.();
  }, tips.get(target)?.look.waitMs ?? WAIT_MS);
}

function onPointerEnter(this: HTMLElement, event: PointerEvent): void {
  if (event.pointerType !== "touch") waitThenShow(this);
}

function onPointerLeave(event: PointerEvent): void {
  if (event.pointerType !== "touch") hide();
}

// A touch shows the tooltip after a long press and hides it `showMs` after the finger
// lifts, as Flutter does on phones.
function onPointerDown(this: HTMLElement, event: PointerEvent): void {
  if (event.pointerType !== "touch") return;
  waitThenShow(this, () => {
    if (tips.get(this)?.look.feedback) navigator.vibrate?.(10);
  });
  const release = () => {
    this.removeEventListener("pointerup", release);
    this.removeEventListener("pointercancel", release);
    clearTimeout(timer);
    if (showing?.target === this) timer = setTimeout(hide, tips.get(this)?.look.showMs ?? SHOW_MS);
  };
  this.addEventListener("pointerup", release);
  this.addEventListener("pointercancel", release);
}

// Focus shows the tooltip when it is keyboard focus (`:focus-visible`), looking through
// shadow roots for the element that really has it (a Material button's inner button).
function onFocus(this: HTMLElement): void {
  const outer = document.activeElement;
  if (!outer || !this.contains(outer)) return;
  let focused: Element = outer;
  while (focused.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  if (focused.matches(":focus-visible")) show(this);
}

function onKey(event: KeyboardEvent): void {
  if (event.key === "Escape") hide();
}

function describe(element: HTMLElement, text: string, id: string, look: TooltipLook): void {
  descriptions ??= document.body.appendChild(h("div", "flet-sr-only", { "aria-hidden": "false" }));
  const tipId = `flet-tip-${id}`;
  const description =
    document.getElementById(tipId) ?? descriptions.appendChild(h("span", "", { id: tipId }));
  description.textContent = text;
  const target = look.describes ?? element;
  if (target !== element) element.removeAttribute("aria-describedby");
  target.setAttribute("aria-describedby", tipId);
}

/**
 * Gives `element` a tooltip, or removes it when `text` is empty. With `asName`, the text
 * is the element's accessible name (`aria-label`, for icon-only buttons); otherwise it is
 * its description. `look` styles and times this element's bubble (the `Tooltip` control).
 *
 * @example
 * ```ts
 * setTooltip(button, "Delete", "c12", true);
 * setTooltip(wrapper, "Saved 2 min ago", "c13", false, { waitMs: 0, preferBelow: false });
 * ```
 */
export function setTooltip(
  element: HTMLElement,
  text: string | undefined,
  id: string,
  asName = false,
  look: TooltipLook = {},
): void {
  const had = tips.get(element);
  if (!text) {
    if (!had) return;
    tips.delete(element);
    (had.look.describes ?? element).removeAttribute("aria-describedby");
    document.getElementById(`flet-tip-${id}`)?.remove();
    if (showing?.target === element) hide();
    return;
  }
  if (had?.look.describes && had.look.describes !== look.describes)
    had.look.describes.removeAttribute("aria-describedby");
  tips.set(element, { text, look });
  if (asName) element.setAttribute("aria-label", text);
  else describe(element, text, id, look);
  if (showing?.target === element) show(element);
  if (had) return;
  element.addEventListener("pointerenter", onPointerEnter);
  element.addEventListener("pointerleave", onPointerLeave);
  element.addEventListener("pointerdown", onPointerDown);
  element.addEventListener("focusin", onFocus);
  element.addEventListener("focusout", hide);
  element.addEventListener("keydown", onKey);
}
