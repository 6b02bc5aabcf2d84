/**
 * `textfield`: a Material 3 text field (`md-outlined-text-field`, or
 * `md-filled-text-field` when `filled` or `border: "underline"`).
 * @module
 */
import { cssColor, focusable, type RenderContext } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, type MdElement, place } from "./dom.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";

const INPUT_TYPES: Record<string, string> = {
  email: "email",
  number: "number",
  phone: "tel",
  url: "url",
  datetime: "text",
};
const INPUT_MODES: Record<string, string> = {
  number: "decimal",
  phone: "tel",
  email: "email",
  url: "url",
  none: "none",
};

/** The Material Web field tag for a Flet border and `filled` flag. */
export function fieldTag(props: Readonly<Record<string, unknown>>): string {
  return props.filled === true || props.border === "underline"
    ? "md-filled-text-field"
    : "md-outlined-text-field";
}

function slotIcon(name: unknown, slot: string, existing: HTMLElement | null): HTMLElement | null {
  if (typeof name !== "string") return null;
  const glyph = iconGlyph(name, existing ?? undefined);
  glyph.slot = slot;
  return glyph;
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
    ctx.send("change", value, { value });
  });
  field.addEventListener("keydown", (event: KeyboardEvent) => {
    if (event.key !== "Enter" || event.isComposing) return;
    const multiline = ctx.props.multiline === true;
    if (multiline && !(ctx.props.shiftEnter === true && !event.shiftKey)) return;
    if (multiline) event.preventDefault();
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
    field.autocapitalize =
      p.capitalization === "characters"
        ? "characters"
        : p.capitalization === "words"
          ? "words"
          : "";
    const multiline = p.multiline === true;
    const password = p.password === true;
    const wantType = multiline
      ? "textarea"
      : password
        ? "password"
        : (INPUT_TYPES[String(p.keyboardType)] ?? "text");
    if (!(password && field.type === "text" && field.dataset.revealed !== undefined))
      field.type = wantType;
    field.inputMode = INPUT_MODES[String(p.keyboardType)] ?? "";
    if (multiline)
      field.rows =
        typeof p.minLines === "number"
          ? p.minLines
          : typeof p.maxLines === "number"
            ? p.maxLines
            : 2;
    const value = String(p.value ?? "");
    if (field.value !== value) field.value = value;
    const leading =
      ctx.child("prefix") ??
      slotIcon(p.prefixIcon, "leading-icon", field.querySelector(":scope > [slot=leading-icon]"));
    if (leading) leading.slot = "leading-icon";
    let trailing =
      ctx.child("suffix") ??
      slotIcon(
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
    place(wrapper, [outer, field]);
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
    if (typeof p.textSize === "number")
      field.style.setProperty(`${tokens}-input-text-size`, `${p.textSize}px`);
    field.style.textAlign = typeof p.textAlign === "string" ? p.textAlign : "";
    focusable(field, p.disabled === true);
    if (p.autofocus === true && wrapper.dataset.fletAutofocused === undefined) {
      wrapper.dataset.fletAutofocused = "";
      requestAnimationFrame(() => field.focus());
    }
  },
};
