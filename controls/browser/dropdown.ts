/**
 * `dropdown` and `dropdownoption`: a Material 3 select (`md-outlined-select` or
 * `md-filled-select`) and its options (`md-select-option`).
 * @module
 */
import { cssColor, focusable } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, type MdElement, place } from "./dom.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";
import { fieldBorder } from "./state.js";

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

/**
 * Draws `dropdown`: label, helper/error text, the options. Picking one sends `change`
 * with the new `value` (the option's key or text).
 */
export const dropdownRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    need("select");
    const wrapper = h("div", "flet-field");
    const select = h(selectTag(ctx.props)) as MdElement;
    select.addEventListener("change", () => {
      const value = String(select.value ?? "");
      ctx.send("change", value, { value });
    });
    select.addEventListener("focus", () => ctx.send("focus"));
    select.addEventListener("blur", () => ctx.send("blur"));
    wrapper.append(select);
    return wrapper;
  },
  update(wrapper, ctx) {
    const p = ctx.props;
    const select = wrapper.querySelector<MdElement>(
      ":scope > md-outlined-select, :scope > md-filled-select",
    )!;
    select.label = String(p.label ?? "");
    select.supportingText = String(p.helperText ?? p.hintText ?? "");
    select.error = typeof p.errorText === "string" && p.errorText !== "";
    select.errorText = String(p.errorText ?? "");
    const prefix = typeof p.prefixIcon === "string" ? iconGlyph(p.prefixIcon) : null;
    if (prefix) prefix.slot = "leading-icon";
    select.hasLeadingIcon = prefix !== null;
    const options = ctx.children("options");
    place(select, [prefix, ...options]);
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
    fieldBorder(select, `--md-${select.localName.slice(3)}-text-field`, p);
    focusable(select, p.disabled === true);
    if (p.autofocus === true) requestAnimationFrame(() => select.focus());
  },
};
