/**
 * What a `semantics` control's props mean in ARIA: a role, an accessible name and
 * description, and `aria-*` states. Pure, so it can be reasoned about (and tested) apart
 * from the DOM.
 * @module
 */

/**
 * The ARIA of one `semantics` node.
 *
 * @example
 * ```ts
 * const { role, attributes } = ariaOf({ label: "Wi-Fi", toggled: true });
 * // role "switch", attributes["aria-checked"] "true"
 * ```
 */
export interface Aria {
  /** The role, or `undefined` for none (a plain wrapper). */
  role: string | undefined;
  /** Attributes to set; `undefined` removes one. */
  attributes: Record<string, string | undefined>;
  /** The text the `aria-describedby` element holds (hint and action hints). */
  hint: string;
  /** Whether the node takes the keyboard focus (`tabindex="0"`). */
  focusable: boolean;
}

/**
 * The attributes the renderer manages (all others on the element are left alone).
 *
 * @example
 * ```ts
 * for (const name of MANAGED) element.removeAttribute(name);
 * ```
 */
export const MANAGED = [
  "role",
  "aria-label",
  "aria-description",
  "aria-level",
  "aria-valuenow",
  "aria-valuetext",
  "aria-checked",
  "aria-pressed",
  "aria-selected",
  "aria-current",
  "aria-expanded",
  "aria-hidden",
  "aria-disabled",
  "aria-multiline",
  "aria-readonly",
  "aria-roledescription",
  "aria-live",
  "aria-atomic",
] as const;

const SELECTABLE = new Set(["tab", "option", "row", "gridcell", "treeitem"]);
const EXPANDABLE = new Set(["button", "link", "checkbox", "switch", "tab", "treeitem", "row"]);
const READONLY = new Set(["textbox", "slider", "checkbox"]);
const INTERACTIVE = new Set(["button", "link", "slider", "textbox", "checkbox", "switch"]);
/** Events that only make sense on something the keyboard can reach. */
const ACTIONS = ["onTap", "onIncrease", "onDecrease", "onLongPress", "onDismiss", "onDoubleTap"];

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;
const flag = (value: unknown): string | undefined =>
  typeof value === "boolean" ? String(value) : undefined;

function roleOf(p: Readonly<Record<string, unknown>>): string | undefined {
  if (p.slider === true) return "slider";
  if (p.textfield === true) return "textbox";
  if (typeof p.toggled === "boolean") return "switch";
  if (p.button === true) return "button";
  if (p.link === true) return "link";
  if (typeof p.checked === "boolean") return "checkbox";
  if (p.header === true) return "heading";
  if (p.image === true) return "img";
  if (typeof p.expanded === "boolean") return "button";
  if (p.container === true || text(p.label) !== undefined) return "group";
  return undefined;
}

/**
 * The number a slider's `value` text starts with, else 0 (for `aria-valuenow`).
 *
 * @example
 * ```ts
 * sliderNumber("50%"); // 50
 * sliderNumber("loud"); // 0
 * ```
 */
export function sliderNumber(value: unknown): number {
  const number = Number.parseFloat(String(value ?? ""));
  return Number.isFinite(number) ? number : 0;
}

/**
 * The ARIA of a `semantics` node with props `p`.
 *
 * @example
 * ```ts
 * ariaOf({ label: "Volume", slider: true, value: "5" }).role; // "slider"
 * ```
 */
export function ariaOf(p: Readonly<Record<string, unknown>>): Aria {
  const role = roleOf(p);
  const label = text(p.label);
  const value = text(p.value);
  const a: Record<string, string | undefined> = {};
  a.role = role;
  if (role === "slider") {
    a["aria-label"] = label;
    a["aria-valuenow"] = String(sliderNumber(value));
    a["aria-valuetext"] = value;
  } else if (role === "textbox") {
    a["aria-label"] = label;
    a["aria-multiline"] = p.multiline === true ? "true" : undefined;
    if (p.obscured === true) a["aria-roledescription"] = "password field";
  } else {
    a["aria-label"] = [label, value].filter(Boolean).join(", ") || undefined;
  }
  if (role === "heading") a["aria-level"] = "2";
  if (role === "switch") a["aria-checked"] = flag(p.toggled);
  else if (role === "checkbox") a["aria-checked"] = flag(p.checked);
  else if (role === "button" && typeof p.checked === "boolean") a["aria-pressed"] = flag(p.checked);
  if (typeof p.selected === "boolean") {
    if (role !== undefined && SELECTABLE.has(role)) a["aria-selected"] = flag(p.selected);
    else a["aria-current"] = p.selected ? "true" : undefined;
  }
  if (role !== undefined && EXPANDABLE.has(role)) a["aria-expanded"] = flag(p.expanded);
  if (role !== undefined && READONLY.has(role) && p.readOnly === true) a["aria-readonly"] = "true";
  if (p.hidden === true) a["aria-hidden"] = "true";
  if (p.disabled === true) a["aria-disabled"] = "true";
  if (p.liveRegion === true) {
    a["aria-live"] = "polite";
    a["aria-atomic"] = "true";
  }
  a["aria-description"] = text(p.tooltip);
  // Flutter's slider node tells what an adjustment leads to; ARIA has no such state, so the
  // description says it after the hints.
  const adjust =
    role === "slider"
      ? [
          text(p.increasedValue) && `Increases to ${p.increasedValue}`,
          text(p.decreasedValue) && `Decreases to ${p.decreasedValue}`,
        ]
      : [];
  const hint = [p.hintText, p.onTapHintText, p.onLongPressHintText, ...adjust]
    .map(text)
    .filter(Boolean)
    .join(". ");
  const acts = ACTIONS.some((name) => p[name] === true);
  const focusable =
    p.hidden !== true &&
    p.focusable !== false &&
    (p.focusable === true ||
      p.focused === true ||
      acts ||
      (role !== undefined && INTERACTIVE.has(role)));
  return { role, attributes: a, hint, focusable };
}
