/**
 * `cupertinotextfield`: the iOS rounded text box with placeholder, prefix/suffix and a
 * clear button (`TextField` in adaptive mode).
 * @module
 */
import {
  cssColor,
  focusControlElement,
  type RenderContext,
  type Renderer,
  syncValue,
} from "flet-ts/browser";
import { el, glyph, num, put, str } from "./dom.js";
import { applyTextStyle, radiusCss, styleField } from "./field-style.js";

type Field = HTMLDivElement & {
  box: HTMLElement;
  input: HTMLInputElement | HTMLTextAreaElement;
  clear: HTMLButtonElement;
  reveal: HTMLButtonElement;
  revealed: boolean;
  help: HTMLElement;
};

const INPUT_MODES: Record<string, string> = {
  number: "decimal",
  phone: "tel",
  email: "email",
  url: "url",
  none: "none",
};

function visible(mode: unknown, editing: boolean): boolean {
  if (mode === "never") return false;
  if (mode === "editing") return editing;
  if (mode === "notEditing") return !editing;
  return true;
}

/** The whole-value `pattern` of Flet's per-character input filter (allow or deny). */
function filterPattern(filter: unknown): string {
  const f = filter as { regexString?: string; allow?: boolean } | undefined;
  if (!f?.regexString) return "";
  return f.allow === false ? `(?:(?!${f.regexString})[\\s\\S])*` : `(?:${f.regexString})*`;
}

/** Flutter's TextAlignVertical(y): -1 top, 0 centre, 1 bottom of the field's box. */
function verticalAlign(y: unknown): string {
  if (typeof y !== "number") return "";
  return y < 0 ? "flex-start" : y > 0 ? "flex-end" : "center";
}

// As Flet's textfield.dart: shiftEnter makes a field multiline.
const isMultiline = (p: Readonly<Record<string, unknown>>) =>
  p.multiline === true || p.shiftEnter === true;

function makeInput(field: Field, ctx: RenderContext, multiline: boolean): void {
  const input = multiline ? el("textarea") : el("input");
  input.addEventListener("input", () => {
    const filter = ctx.props.inputFilter as { regexString?: string; allow?: boolean } | undefined;
    if (filter?.regexString) {
      const pattern = new RegExp(filter.regexString);
      const kept = [...input.value].filter((c) => pattern.test(c) === (filter.allow !== false));
      if (kept.join("") !== input.value) input.value = kept.join("");
    }
    ctx.send("change", input.value, { value: input.value });
    refresh(field, ctx);
  });
  input.addEventListener("keydown", (event) => {
    const e = event as KeyboardEvent;
    if (e.key !== "Enter" || (multiline && (ctx.props.shiftEnter !== true || e.shiftKey))) return;
    if (multiline) e.preventDefault();
    ctx.send("submit", input.value);
  });
  input.addEventListener("focus", () => {
    ctx.send("focus");
    refresh(field, ctx);
  });
  input.addEventListener("blur", () => {
    ctx.send("blur");
    refresh(field, ctx);
  });
  field.input?.replaceWith(input);
  field.input = input;
}

function refresh(field: Field, ctx: RenderContext): void {
  const editing = field.ownerDocument.activeElement === field.input;
  const p = ctx.props;
  const hasSuffix = ctx.child("suffix") || p.suffixIcon || p.suffixText;
  field.clear.hidden =
    Boolean(hasSuffix) ||
    (p.password === true && p.canRevealPassword === true) ||
    field.input.value === "" ||
    !visible(p.suffixVisibilityMode ?? "editing", editing) ||
    p.readOnly === true;
}

/**
 * Draws `cupertinotextfield`: a `textbox` named by `label`, `placeholderText` or
 * `hintText`; `change` (two-way `value`) on input, `submit` on Enter, a clear button.
 *
 * @example
 * ```ts
 * cupertino("cupertinotextfield", textFieldRenderer);
 * ```
 */
export const textFieldRenderer: Renderer<Field> = {
  create(ctx) {
    const field = el("div", "cu-textfield") as Field;
    field.box = el("div", "cu-field");
    field.help = el("div", "cu-field-help");
    field.clear = el("button", "cu-field-clear", { type: "button" });
    field.clear.textContent = "×";
    field.clear.addEventListener("click", () => {
      field.input.value = "";
      ctx.send("change", "", { value: "" });
      field.input.focus();
      refresh(field, ctx);
    });
    // Flutter's CupertinoTextField puts an eye (eye_slash once revealed) in the suffix.
    field.reveal = el("button", "cu-field-reveal", { type: "button" });
    field.revealed = false;
    field.reveal.addEventListener("click", () => {
      field.revealed = !field.revealed;
      textFieldRenderer.update(field, ctx, new Set());
    });
    makeInput(field, ctx, isMultiline(ctx.props));
    field.append(field.box, field.help);
    return field;
  },
  update(field, ctx) {
    const p = ctx.props;
    if ((field.input.tagName === "TEXTAREA") !== isMultiline(p))
      makeInput(field, ctx, isMultiline(p));
    const input = field.input;
    syncValue(input, str(p.value));
    // As Flet: the placeholder falls back to the label (an adaptive TextField's).
    const placeholder = str(p.placeholderText) || str(p.label) || str(p.hintText);
    input.placeholder = placeholder;
    input.setAttribute("aria-label", str(p.label) || placeholder || "Text field");
    const password = p.password === true;
    const canReveal = password && p.canRevealPassword === true;
    if (!canReveal) field.revealed = false;
    input.inputMode = INPUT_MODES[str(p.keyboardType)] ?? "text";
    if (input instanceof HTMLInputElement) {
      input.type = password && !field.revealed ? "password" : "text";
      const pattern = filterPattern(p.inputFilter);
      if (pattern) input.pattern = pattern;
      else input.removeAttribute("pattern");
    } else {
      // Grows with its text from minLines to maxLines (Flutter's minLines/maxLines).
      input.rows = num(p.minLines, 1);
      input.style.setProperty("field-sizing", "content");
      input.style.minHeight = `${num(p.minLines, 1)}lh`;
      input.style.maxHeight = typeof p.maxLines === "number" ? `${p.maxLines}lh` : "";
    }
    input.readOnly = p.readOnly === true;
    input.disabled = p.disabled === true;
    if (typeof p.maxLength === "number") input.maxLength = p.maxLength;
    else input.removeAttribute("maxlength");
    input.autocapitalize = str(p.capitalization) || "off";
    input.spellcheck = p.autocorrect !== false;
    input.style.textAlign = str(p.textAlign);
    input.style.alignSelf = verticalAlign(p.textVerticalAlign);
    const error = str(p.errorText);
    input.setAttribute("aria-invalid", String(error !== ""));
    field.help.textContent = error || str(p.helperText);
    field.help.classList.toggle("cu-error", error !== "");
    field.help.hidden = field.help.textContent === "" && str(p.counterText) === "";
    const prefixIcon = typeof p.prefixIcon === "string" ? glyph(p.prefixIcon) : null;
    const prefixText = p.prefixText
      ? Object.assign(el("span"), { textContent: str(p.prefixText) })
      : null;
    if (prefixText) applyTextStyle(prefixText, p.prefixStyle as never);
    const suffixIcon = typeof p.suffixIcon === "string" ? glyph(p.suffixIcon) : null;
    const suffixText = p.suffixText
      ? Object.assign(el("span"), { textContent: str(p.suffixText) })
      : null;
    if (suffixText) applyTextStyle(suffixText, p.suffixStyle as never);
    const editing = field.ownerDocument.activeElement === input;
    const showPrefix = visible(p.prefixVisibilityMode, editing);
    const showSuffix = visible(p.suffixVisibilityMode, editing);
    const icon =
      typeof p.icon === "string"
        ? glyph(p.icon, field.box.querySelector<HTMLElement>(".cu-field-icon"))
        : null;
    icon?.classList.add("cu-field-icon");
    if (canReveal) {
      const eye = field.revealed ? "cupertino_eye_slash" : "cupertino_eye";
      if (field.reveal.dataset.icon !== eye) {
        field.reveal.dataset.icon = eye;
        field.reveal.replaceChildren(glyph(eye));
      }
      field.reveal.setAttribute("aria-label", field.revealed ? "Hide password" : "Show password");
    }
    put(field.box, [
      icon,
      showPrefix && (ctx.child("prefix") ?? prefixIcon),
      showPrefix && prefixText,
      input,
      showSuffix && suffixText,
      canReveal ? field.reveal : showSuffix && (ctx.child("suffix") ?? suffixIcon),
      field.clear,
    ]);
    field.clear.setAttribute("aria-label", str(p.clearButtonSemanticsLabel) || "Clear");
    field.box.classList.toggle("cu-underline", p.border === "underline");
    field.box.classList.toggle("cu-noborder", p.border === "none");
    const bg = cssColor(p.bgcolor);
    if (bg) field.box.style.setProperty("--cu-fieldbg", bg);
    else field.box.style.removeProperty("--cu-fieldbg");
    const errorColor = (p.errorStyle as { color?: unknown } | undefined)?.color ?? "red";
    field.box.style.borderColor = cssColor(error ? errorColor : p.borderColor) ?? "";
    field.box.style.borderRadius = radiusCss(p.borderRadius);
    field.box.style.color = cssColor(p.color) ?? "";
    styleField(field.box, input, field.help, p);
    refresh(field, ctx);
    if (p.autofocus === true && !field.dataset.focused) {
      field.dataset.focused = "";
      requestAnimationFrame(() => input.focus());
    }
  },
  methods: {
    focus: (field) => focusControlElement(field.input),
  },
};
