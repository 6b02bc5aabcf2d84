/**
 * `dropdown` and `dropdownoption`: a Material 3 select (`md-outlined-select` or
 * `md-filled-select`) and its options (`md-select-option`).
 * @module
 */
import { cssColor, focusable, type RenderContext } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, type MdElement, place } from "./dom.js";
import { decorateField, styleSupporting } from "./field-decoration.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";
import { fieldBorder, setToken } from "./state.js";
import { textStyleCss } from "./typography.js";

const textSizeOf = (style: unknown) => textStyleCss(style).fontSize;

/** CSS text-align of a Flet alignment's x (-1 start, 0 centre, 1 end), or "". */
function alignText(alignment: unknown): string {
  const x = (alignment as { x?: unknown } | undefined)?.x;
  if (typeof x !== "number") return "";
  return x <= -0.5 ? "start" : x >= 0.5 ? "end" : "center";
}

/**
 * The box in a select's icon slot: the prefix (suffix) icon, control and text as Flutter's
 * decoration draws them around the value. The trailing box keeps the drop-down arrow
 * after a suffix. Null when there is nothing to draw (the select's own arrow stays).
 */
function affixBox(
  select: MdElement,
  slot: string,
  icon: unknown,
  control: HTMLElement | undefined,
  text: unknown,
  textStyle: unknown,
  arrow: boolean,
): HTMLElement | null {
  const existing = select.querySelector<HTMLElement>(`:scope > .flet-select-affix[slot=${slot}]`);
  if (typeof icon !== "string" && !control && typeof text !== "string") return null;
  const box = existing ?? h("span", "flet-select-affix", { slot });
  const glyph =
    typeof icon === "string"
      ? iconGlyph(icon, box.querySelector<HTMLElement>(":scope > .flet-affix-icon") ?? undefined)
      : null;
  glyph?.classList.add("flet-affix-icon");
  let label = box.querySelector<HTMLElement>(":scope > .flet-affix-text");
  if (typeof text === "string") {
    label ??= h("span", "flet-affix-text");
    label.textContent = text;
    label.style.color = textStyleCss(textStyle).color ?? "";
  } else label = null;
  const drop = arrow
    ? iconGlyph(
        "arrow_drop_down",
        box.querySelector<HTMLElement>(":scope > .flet-affix-arrow") ?? undefined,
      )
    : null;
  drop?.classList.add("flet-affix-arrow");
  place(box, arrow ? [label, control ?? null, glyph, drop] : [glyph, control ?? null, label]);
  return box;
}

/** The value an option stands for: its `key`, else its `text`. */
export function optionValue(props: Readonly<Record<string, unknown>> | undefined): string {
  return String(props?.key ?? props?.text ?? "");
}

/** Draws `dropdownoption` as `md-select-option` (`role="option"`) with its text as the headline. */
export const dropdownOptionRenderer: MaterialRenderer<MdElement> = {
  create: () => {
    need("select");
    return h("md-select-option") as MdElement;
  },
  update(option, ctx) {
    option.value = optionValue(ctx.props);
    let headline = option.querySelector<HTMLElement>(":scope > [slot=headline]");
    headline ??= option.appendChild(h("div", "", { slot: "headline" }));
    headline.textContent = String(ctx.props.text ?? ctx.props.key ?? "");
    option.disabled = ctx.props.disabled === true;
  },
};

const selectTag = (props: Readonly<Record<string, unknown>>) =>
  props.filled === true || props.border === "underline" ? "md-filled-select" : "md-outlined-select";

function newSelect(ctx: RenderContext): MdElement {
  const select = h(selectTag(ctx.props)) as MdElement;
  select.addEventListener("change", () => {
    const value = String(select.value ?? "");
    ctx.send("change", value, { value });
  });
  select.addEventListener("focus", () => ctx.send("focus"));
  select.addEventListener("blur", () => ctx.send("blur"));
  return select;
}

/**
 * Draws `dropdown`: label, helper/error text, the options. Picking one sends `change`
 * with the new `value` (the option's key or text).
 */
export const dropdownRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    need("select");
    const wrapper = h("div", "flet-field");
    wrapper.append(newSelect(ctx));
    return wrapper;
  },
  update(wrapper, ctx) {
    const p = ctx.props;
    let select = wrapper.querySelector<MdElement>(
      ":scope > md-outlined-select, :scope > md-filled-select",
    )!;
    // filled (or an underline border) draws the filled select: swap the element.
    if (select.localName !== selectTag(p)) {
      const replacement = newSelect(ctx);
      select.replaceWith(replacement);
      select = replacement;
    }
    select.label = String(p.label ?? "");
    select.supportingText = String(p.helperText ?? p.hintText ?? p.counterText ?? "");
    select.error = typeof p.errorText === "string" && p.errorText !== "";
    select.errorText = String(p.errorText ?? "");
    const leading = affixBox(
      select,
      "leading-icon",
      p.prefixIcon,
      ctx.child("prefix"),
      p.prefixText,
      p.prefixStyle,
      false,
    );
    const trailing = affixBox(
      select,
      "trailing-icon",
      p.suffixIcon,
      ctx.child("suffix"),
      p.suffixText,
      p.suffixStyle,
      true,
    );
    select.hasLeadingIcon = leading !== null;
    select.hasTrailingIcon = trailing !== null;
    const options = ctx.children("options");
    place(select, [leading, trailing, ...options]);
    // Flutter's alignment places each item's text. (The chosen one in the closed field
    // stays at the start: Material Web's select clips its text when aligned to the end.)
    const align = alignText(p.alignment);
    for (const option of options) option.style.textAlign = align;
    const value = typeof p.value === "string" ? p.value : "";
    for (const option of options as MdElement[]) option.selected = option.value === value;
    if (select.value !== value) select.value = value;
    const outer =
      typeof p.icon === "string"
        ? iconGlyph(
            p.icon,
            wrapper.querySelector<HTMLElement>(":scope > .flet-field-icon") ?? undefined,
          )
        : null;
    outer?.classList.add("flet-field-icon");
    place(wrapper, [outer, select]);
    const color = cssColor(p.bgcolor);
    if (color) select.style.setProperty("--md-filled-select-text-field-container-color", color);
    else select.style.removeProperty("--md-filled-select-text-field-container-color");
    const tokens = `--md-${select.localName.slice(3)}-text-field`;
    fieldBorder(select, tokens, p);
    setToken(select, `${tokens}-outline-color`, cssColor(p.borderColor));
    setToken(select, `${tokens}-focus-outline-color`, cssColor(p.focusedBorderColor));
    setToken(select, `${tokens}-active-indicator-color`, cssColor(p.borderColor));
    setToken(select, `${tokens}-focus-active-indicator-color`, cssColor(p.focusedBorderColor));
    // The select's own tokens for its texts, and its inner field's for what it does not map.
    const field =
      select.localName === "md-filled-select" ? "--md-filled-field" : "--md-outlined-field";
    decorateField(select, tokens, p);
    decorateField(select, field, p);
    // The one supporting line shows helperText, else hintText, else counterText: it takes
    // the style of the text it shows.
    const line =
      p.helperText !== undefined
        ? p.helperStyle
        : p.hintText !== undefined
          ? p.hintStyle
          : p.counterText !== undefined
            ? p.counterStyle
            : p.helperStyle;
    styleSupporting(select, tokens, line);
    styleSupporting(select, field, line);
    const px = (value: unknown) => (typeof value === "number" ? `${value}px` : undefined);
    setToken(select, `${tokens}-input-text-size`, px(p.textSize) ?? textSizeOf(p.textStyle));
    setToken(
      select,
      `${tokens}-input-text-color`,
      cssColor(p.color) ?? textStyleCss(p.textStyle).color,
    );
    setToken(select, `${tokens}-focus-input-text-color`, cssColor(p.focusedColor ?? p.color));
    // borderRadius rounds the open menu too (DropdownButtonFormField.borderRadius).
    setToken(select, "--md-menu-container-shape", px(p.borderRadius));
    focusable(select, p.disabled === true);
    if (p.autofocus === true) requestAnimationFrame(() => select.focus());
  },
};
