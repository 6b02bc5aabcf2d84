/**
 * The decoration TextField and Dropdown share (Flet's form_field.dart
 * `buildInputDecoration`), drawn on a Material Web field through its CSS tokens: text,
 * label, hint, helper, counter, error, prefix and suffix styles, `border: "none"`,
 * `contentPadding`, `dense`, `focusedBgcolor`, and the caret and selection colours.
 * @module
 */
import { cssColor } from "flet-ts/browser";
import { setToken } from "./state.js";
import { type TextCss, textStyleCss } from "./typography.js";

/** The four token parts a Material Web field has for one text (font, size, weight, colour). */
function styleTokens(
  field: HTMLElement,
  prefix: string,
  names: readonly string[],
  style: unknown,
  parts: readonly ("font" | "size" | "weight" | "color" | "line-height")[],
): void {
  const css: TextCss = textStyleCss(style);
  const values: Record<string, string | undefined> = {
    font: css.fontFamily,
    size: css.fontSize,
    weight: css.fontWeight || undefined,
    color: css.color,
    "line-height": css.lineHeight ? `${css.lineHeight}em` : undefined,
  };
  for (const name of names)
    for (const part of parts) setToken(field, `${prefix}-${name}-${part}`, values[part]);
}

/** Styles the supporting-text line of `field` (its colour in every state, its font). */
export function styleSupporting(field: HTMLElement, prefix: string, style: unknown): void {
  styleTokens(
    field,
    prefix,
    ["supporting-text", "focus-supporting-text", "hover-supporting-text"],
    style,
    ["color"],
  );
  styleTokens(field, prefix, ["supporting-text"], style, ["font", "size", "weight"]);
}

function sides(value: unknown): Record<"top" | "right" | "bottom" | "left", string> | undefined {
  if (typeof value === "number") {
    const px = `${value}px`;
    return { top: px, right: px, bottom: px, left: px };
  }
  if (value === null || typeof value !== "object") return undefined;
  const all = value as Record<string, unknown>;
  const px = (name: string) => `${typeof all[name] === "number" ? all[name] : 0}px`;
  return { top: px("top"), right: px("right"), bottom: px("bottom"), left: px("left") };
}

/**
 * Draws the shared decoration props on `field` (an `md-outlined-text-field`,
 * `md-filled-text-field` or `md-outlined-select`/`md-filled-select`), whose tokens start
 * with `prefix` (`--md-outlined-text-field`). Helper and counter text share Material
 * Web's supporting-text line, so `helperStyle` styles it when set; `counterStyle` styles
 * the `maxLength` counter (and a `counterText` shown there without helper text).
 */
export function decorateField(
  field: HTMLElement,
  prefix: string,
  p: Readonly<Record<string, unknown>>,
): void {
  const all = ["font", "size", "weight", "color", "line-height"] as const;
  if (p.textStyle !== undefined) {
    styleTokens(field, prefix, ["input-text"], p.textStyle, all);
    const color = textStyleCss(p.textStyle).color;
    if (color) {
      setToken(field, `${prefix}-focus-input-text-color`, color);
      setToken(field, `${prefix}-hover-input-text-color`, color);
    }
  }
  styleTokens(field, prefix, ["label-text", "focus-label-text", "hover-label-text"], p.labelStyle, [
    "color",
  ]);
  styleTokens(field, prefix, ["label-text"], p.labelStyle, ["font", "size", "weight"]);
  // counterText shows on the supporting line when there is no helper text.
  const supporting = p.helperStyle ?? (p.helperText === undefined ? p.counterStyle : undefined);
  const counter = textStyleCss(p.counterStyle);
  for (const [name, value] of [
    ["color", counter.color],
    ["size", counter.fontSize],
    ["weight", counter.fontWeight],
    ["font", counter.fontFamily],
  ] as const)
    setToken(field, `--flet-field-counter-${name}`, value || undefined);
  if (p.counterStyle !== undefined) adoptCounter(field);
  styleTokens(field, prefix, ["input-text-placeholder"], p.hintStyle, ["color"]);
  styleSupporting(field, prefix, supporting);
  styleTokens(
    field,
    prefix,
    ["error-supporting-text", "error-focus-supporting-text", "error-hover-supporting-text"],
    p.errorStyle,
    ["color"],
  );
  styleTokens(field, prefix, ["input-text-prefix"], p.prefixStyle, ["color"]);
  styleTokens(field, prefix, ["input-text-suffix"], p.suffixStyle, ["color"]);
  // InputBorder.none: no outline or indicator in any state.
  if (p.border === "none")
    for (const token of [
      "outline-width",
      "hover-outline-width",
      "focus-outline-width",
      "disabled-outline-width",
      "active-indicator-height",
      "hover-active-indicator-height",
      "focus-active-indicator-height",
    ])
      setToken(field, `${prefix}-${token}`, "0px");
  // contentPadding replaces the default insets; dense (Flutter's isDense) makes the
  // field 8px shorter.
  const padding = sides(p.contentPadding);
  const dense = p.dense === true ? "12px" : undefined;
  setToken(field, `${prefix}-top-space`, padding?.top ?? dense);
  setToken(field, `${prefix}-bottom-space`, padding?.bottom ?? dense);
  setToken(field, `${prefix}-with-label-top-space`, padding?.top ?? (dense ? "4px" : undefined));
  setToken(
    field,
    `${prefix}-with-label-bottom-space`,
    padding?.bottom ?? (dense ? "4px" : undefined),
  );
  if (padding) {
    setToken(field, `${prefix}-leading-space`, padding.left);
    setToken(field, `${prefix}-trailing-space`, padding.right);
  }
  // The fill while focused (Flutter: focusedBgcolor ?? bgcolor), switched by a
  // :focus-within rule in the field styles.
  const focusedFill = cssColor(p.focusedBgcolor);
  if (focusedFill) field.style.setProperty("--flet-field-focused-bgcolor", focusedFill);
  else field.style.removeProperty("--flet-field-focused-bgcolor");
  field.toggleAttribute("data-focused-bgcolor", focusedFill !== undefined);
}

const INNER_CSS = `
input::selection, textarea::selection { background: var(--flet-field-selection-color, highlight); }
.input-wrapper { align-items: var(--flet-field-text-vertical-align, initial); }
`;

/**
 * Draws TextField's own caret, selection and vertical text alignment: Material Web's
 * caret tokens (`showCursor: false` hides the caret), and a small style sheet adopted by
 * the field's shadow root for `::selection` and the text's vertical place.
 */
export function decorateInput(
  field: HTMLElement,
  prefix: string,
  p: Readonly<Record<string, unknown>>,
): void {
  const caret = p.showCursor === false ? "transparent" : cssColor(p.cursorColor);
  setToken(field, `${prefix}-caret-color`, caret);
  setToken(field, `${prefix}-focus-caret-color`, caret);
  const selection = cssColor(p.selectionColor);
  if (selection) field.style.setProperty("--flet-field-selection-color", selection);
  else field.style.removeProperty("--flet-field-selection-color");
  const align = p.textVerticalAlign;
  const place =
    typeof align === "number" ? (align <= -0.5 ? "start" : align >= 0.5 ? "end" : "center") : "";
  if (place) field.style.setProperty("--flet-field-text-vertical-align", place);
  else field.style.removeProperty("--flet-field-text-vertical-align");
  if ((selection || place) && typeof CSSStyleSheet !== "undefined") adoptInner(field);
}

// The shadow root exists once the component first rendered.
function adoptInner(field: HTMLElement): void {
  const root = field.shadowRoot as (ShadowRoot & { fletFieldSheet?: boolean }) | null;
  if (!root) {
    whenRendered(field, () => field.shadowRoot !== null && adoptInner(field));
    return;
  }
  if (root.fletFieldSheet) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(INNER_CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  root.fletFieldSheet = true;
}

const COUNTER_CSS = `.counter {
  color: var(--flet-field-counter-color, inherit);
  font-size: var(--flet-field-counter-size, inherit);
  font-weight: var(--flet-field-counter-weight, inherit);
  font-family: var(--flet-field-counter-font, inherit);
}`;

// The maxLength counter lives in the md-*-field inside the component's shadow root.
function adoptCounter(field: HTMLElement): void {
  const inner = field.shadowRoot?.querySelector<HTMLElement>("md-outlined-field, md-filled-field");
  const root = inner?.shadowRoot as (ShadowRoot & { fletCounterSheet?: boolean }) | undefined;
  if (!root) {
    whenRendered(field, () => {
      const ready = field.shadowRoot?.querySelector("md-outlined-field, md-filled-field");
      if (ready?.shadowRoot) adoptCounter(field);
    });
    return;
  }
  if (root.fletCounterSheet || typeof CSSStyleSheet === "undefined") return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(COUNTER_CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  root.fletCounterSheet = true;
}

/**
 * Calls `then` once the (maybe lazily loaded) component is defined and has rendered.
 */
export function whenRendered(field: HTMLElement, then: () => unknown): void {
  void customElements
    .whenDefined(field.localName)
    .then(() => (field as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete)
    .then(() => (field as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete)
    .then(then);
}
