/**
 * `textfield`: a Material 3 text field (`md-outlined-text-field`, or
 * `md-filled-text-field` when `filled` or `border: "underline"`).
 * @module
 */
import { cssColor, focusable, type RenderContext } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, type MdElement, place } from "./dom.js";
import { decorateField, decorateInput } from "./field-decoration.js";
import { capitalize, typingHints } from "./field-typing.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";
import { fieldBorder } from "./state.js";

const INPUT_TYPES: Record<string, string> = {
  email: "email",
  number: "number",
  phone: "tel",
  url: "url",
  datetime: "text",
};
const CAPITALIZE: Record<string, string> = {
  none: "none",
  characters: "characters",
  words: "words",
  sentences: "sentences",
};
const INPUT_MODES: Record<string, string> = {
  number: "decimal",
  phone: "tel",
  email: "email",
  url: "url",
  none: "none",
};

/**
 * The Material Web field tag for a Flet border and `filled` flag. A `bgcolor` with
 * `filled` unset fills the field, as Flet's TextField turns `filled` on for it (Flutter
 * shows a fill colour only on a filled decoration).
 */
export function fieldTag(props: Readonly<Record<string, unknown>>): string {
  const filled = props.filled === true || (props.filled == null && props.bgcolor != null);
  return filled || props.border === "underline" ? "md-filled-text-field" : "md-outlined-text-field";
}

function slotIcon(name: unknown, slot: string, existing: HTMLElement | null): HTMLElement | null {
  if (typeof name !== "string") return null;
  const glyph = iconGlyph(name, existing ?? undefined);
  glyph.slot = slot;
  return glyph;
}

/**
 * Lines of a field as in Flet's textfield.dart: `shiftEnter` makes it multiline; a field
 * grows from `minLines` (default 1) to `maxLines` (default unbounded when multiline, else
 * 1). `area` says whether it needs more than one line (a textarea); only a `multiline`
 * one takes Enter as a new line.
 */
export function fieldLines(props: Readonly<Record<string, unknown>>): {
  multiline: boolean;
  area: boolean;
  min: number;
  max: number;
} {
  const multiline = props.multiline === true || props.shiftEnter === true;
  const min = typeof props.minLines === "number" ? props.minLines : 1;
  const most =
    typeof props.maxLines === "number" ? props.maxLines : multiline ? Number.POSITIVE_INFINITY : 1;
  const max = Math.max(most, min);
  return { multiline, area: multiline || max > 1, min, max };
}

// A multiline field shows as many rows as its text needs, between min and max lines.
function fitRows(field: MdElement, props: Readonly<Record<string, unknown>>): void {
  const { area: multiline, min, max } = fieldLines(props);
  if (!multiline) return;
  const area = field.shadowRoot?.querySelector("textarea");
  if (!area) {
    field.rows = min;
    return;
  }
  // Measure at the least height, then set the rows on both the component and its
  // textarea (the component skips a render when its own value did not change).
  area.rows = min;
  const style = getComputedStyle(area);
  const line = Number.parseFloat(style.lineHeight);
  const padding = Number.parseFloat(style.paddingTop) + Number.parseFloat(style.paddingBottom);
  const needed = line > 0 ? Math.round((area.scrollHeight - padding) / line) : min;
  const rows = Math.min(Math.max(needed, min), max);
  field.rows = rows;
  area.rows = rows;
}

function wireField(field: MdElement, ctx: RenderContext): void {
  field.addEventListener("input", () => {
    let value = String(field.value ?? "");
    const filter = ctx.props.inputFilter as
      | { regexString?: string; allow?: boolean; replacementString?: string }
      | undefined;
    if (filter?.regexString) {
      const pattern = new RegExp(filter.regexString);
      const allowed = filter.allow !== false;
      value = [...value].filter((char) => pattern.test(char) === allowed).join("");
      if (value !== field.value) field.value = value;
    }
    const capitalized = capitalize(value, ctx.props.capitalization);
    if (capitalized !== value) {
      value = capitalized;
      field.value = value;
    }
    ctx.send("change", value, { value });
    fitRows(field, ctx.props);
  });
  field.addEventListener("keydown", (event: KeyboardEvent) => {
    if (event.key !== "Enter" || event.isComposing) return;
    const { multiline, area } = fieldLines(ctx.props);
    // Multiline: Enter adds a line, unless shiftEnter (then Enter submits, Shift+Enter adds one).
    if (multiline && !(ctx.props.shiftEnter === true && !event.shiftKey)) return;
    if (area) event.preventDefault();
    ctx.send("submit", field.value);
  });
  field.addEventListener("focus", () => ctx.send("focus"));
  field.addEventListener("blur", () => ctx.send("blur"));
}

function revealButton(field: MdElement, existing: HTMLElement | null): HTMLElement {
  if (existing) return existing;
  need("button");
  const button = h("md-icon-button", "", {
    slot: "trailing-icon",
    toggle: "",
    "aria-label": "Show password",
  }) as MdElement;
  button.append(iconGlyph("visibility"));
  const hide = iconGlyph("visibility_off");
  hide.slot = "selected";
  button.append(hide);
  button.addEventListener("click", () => {
    const reveal = field.type === "password";
    field.type = reveal ? "text" : "password";
    if (reveal) field.dataset.revealed = "";
    else delete field.dataset.revealed;
    button.setAttribute("aria-label", reveal ? "Hide password" : "Show password");
  });
  return button;
}

/**
 * Draws `textfield`: label, hint (placeholder), helper, error, counter (`maxLength`),
 * prefix/suffix text and icons, an icon outside the field, password with a reveal
 * button, multiline rows and keyboard types. Typing sends `change` with the new `value`
 * (two-way); Enter sends `submit`.
 */
export const textFieldRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    need("field");
    const wrapper = h("div", "flet-field");
    const field = h(fieldTag(ctx.props)) as MdElement;
    wireField(field, ctx);
    wrapper.append(field);
    return wrapper;
  },
  update(wrapper, ctx) {
    const p = ctx.props;
    let field = wrapper.querySelector<MdElement>(
      ":scope > md-outlined-text-field, :scope > md-filled-text-field",
    )!;
    if (field.localName !== fieldTag(p)) {
      const replacement = h(fieldTag(p)) as MdElement;
      wireField(replacement, ctx);
      field.replaceWith(replacement);
      field = replacement;
    }
    field.label = String(p.label ?? "");
    field.placeholder = String(p.hintText ?? "");
    field.supportingText = String(p.helperText ?? p.counterText ?? "");
    field.error = typeof p.errorText === "string" && p.errorText !== "";
    field.errorText = String(p.errorText ?? "");
    field.prefixText = String(p.prefixText ?? "");
    field.suffixText = String(p.suffixText ?? "");
    field.maxLength = typeof p.maxLength === "number" ? p.maxLength : -1;
    field.readOnly = p.readOnly === true;
    field.autocapitalize = CAPITALIZE[String(p.capitalization)] ?? "";
    typingHints(field, p);
    const { area: multiline } = fieldLines(p);
    const password = p.password === true;
    const wantType = multiline
      ? "textarea"
      : password
        ? "password"
        : (INPUT_TYPES[String(p.keyboardType)] ?? "text");
    if (!(password && field.type === "text" && field.dataset.revealed !== undefined))
      field.type = wantType;
    field.inputMode = INPUT_MODES[String(p.keyboardType)] ?? "";
    const value = String(p.value ?? "");
    if (field.value !== value) field.value = value;
    if (multiline) {
      field.rows = fieldLines(p).min;
      // The inner textarea exists once the component rendered its value.
      void (field as MdElement & { updateComplete?: Promise<unknown> }).updateComplete?.then(() =>
        fitRows(field, ctx.props),
      );
    }
    const leading = slotIcon(
      p.prefixIcon,
      "leading-icon",
      field.querySelector(":scope > [slot=leading-icon]"),
    );
    if (leading) leading.slot = "leading-icon";
    const prefix = ctx.child("prefix") ?? null;
    prefix?.classList.add("flet-field-affix");
    const suffix = ctx.child("suffix") ?? null;
    suffix?.classList.add("flet-field-affix", "flet-field-suffix");
    let trailing = slotIcon(
      p.suffixIcon,
      "trailing-icon",
      field.querySelector(":scope > .flet-glyph[slot=trailing-icon]"),
    );
    if (password && p.canRevealPassword === true)
      trailing = revealButton(field, field.querySelector(":scope > md-icon-button"));
    if (trailing) trailing.slot = "trailing-icon";
    field.hasLeadingIcon = leading !== null && leading !== undefined;
    field.hasTrailingIcon = trailing !== null && trailing !== undefined;
    place(field, [leading, trailing]);
    const outer =
      typeof p.icon === "string"
        ? iconGlyph(
            p.icon,
            wrapper.querySelector<HTMLElement>(":scope > .flet-field-icon") ?? undefined,
          )
        : null;
    outer?.classList.add("flet-field-icon");
    place(wrapper, [outer, field, prefix, suffix]);
    if (prefix) fitAffix(wrapper, field, prefix, "leading", leading !== null);
    else field.style.removeProperty(`${tokenPrefix(field)}-leading-space`);
    if (suffix) fitAffix(wrapper, field, suffix, "trailing", trailing !== null);
    else field.style.removeProperty(`${tokenPrefix(field)}-trailing-space`);
    const tokens =
      field.localName === "md-filled-text-field"
        ? "--md-filled-text-field"
        : "--md-outlined-text-field";
    const set = (name: string, color: unknown) => {
      const css = cssColor(color);
      if (css) field.style.setProperty(`${tokens}-${name}`, css);
      else field.style.removeProperty(`${tokens}-${name}`);
    };
    set("input-text-color", p.color);
    set("focus-input-text-color", p.focusedColor ?? p.color);
    set("outline-color", p.borderColor);
    set("focus-outline-color", p.focusedBorderColor);
    set("active-indicator-color", p.borderColor);
    set("focus-active-indicator-color", p.focusedBorderColor);
    set("container-color", p.bgcolor);
    fieldBorder(field, tokens, p);
    decorateField(field, tokens, p);
    decorateInput(field, tokens, p);
    if (typeof p.textSize === "number")
      field.style.setProperty(`${tokens}-input-text-size`, `${p.textSize}px`);
    field.style.textAlign = typeof p.textAlign === "string" ? p.textAlign : "";
    focusable(field, p.disabled === true);
    // A modal <dialog> opening around the field focuses its [autofocus] element, not itself.
    field.toggleAttribute("autofocus", p.autofocus === true);
    if (p.autofocus === true && wrapper.dataset.fletAutofocused === undefined) {
      wrapper.dataset.fletAutofocused = "";
      autofocusSoon(field, 30);
    }
  },
};

function tokenPrefix(field: MdElement): string {
  return field.localName === "md-filled-text-field"
    ? "--md-filled-text-field"
    : "--md-outlined-text-field";
}

/**
 * A prefix (suffix) control sits on the text's line, before (after) it and as wide as its
 * content (Flutter's InputDecorator): drawn over the field's start (end), with the
 * input's leading (trailing) space widened by its width. Material Web has no slot for it
 * (its icon slots are 24px wide).
 */
function fitAffix(
  wrapper: HTMLElement,
  field: MdElement,
  affix: HTMLElement,
  side: "leading" | "trailing",
  icon: boolean,
): void {
  const place = () => {
    const inset = icon ? 52 : 16;
    if (side === "leading") affix.style.left = `${field.offsetLeft + inset}px`;
    else affix.style.right = `${inset}px`;
    field.style.setProperty(
      `${tokenPrefix(field)}-${side}-space`,
      `${inset + affix.offsetWidth + 4}px`,
    );
  };
  place();
  const observed = affix as HTMLElement & { fletAffixObserver?: ResizeObserver };
  if (!observed.fletAffixObserver && typeof ResizeObserver !== "undefined") {
    observed.fletAffixObserver = new ResizeObserver(() => {
      if (wrapper.contains(affix)) place();
    });
    observed.fletAffixObserver.observe(affix);
  }
}

// Focuses the field on the next frames until the focus stays there: the field may not be
// on the page yet, and a dialog opening around it (showModal focuses the dialog) may take
// it, so wait for the dialog to be open.
function autofocusSoon(field: MdElement, frames: number): void {
  requestAnimationFrame(() => {
    const dialog = field.closest("dialog");
    if (field.isConnected && (dialog === null || dialog.open)) {
      field.focus();
      if (field.ownerDocument.activeElement === field) return;
    }
    if (frames > 0) autofocusSoon(field, frames - 1);
  });
}
