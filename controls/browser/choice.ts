/**
 * The labelled wrapper shared by checkbox, radio and switch: `<label>` around the
 * Material Web control and its text, so clicking the text toggles the control.
 * @module
 */
import type { RenderContext } from "flet-ts/browser";
import { h, type MdElement, place } from "./dom.js";
import { textStyleCss } from "./typography.js";

/** Creates the `<label class="flet-choice">` wrapper around a new `tag` element. */
export function choice(tag: string): { label: HTMLLabelElement; control: MdElement } {
  const label = h("label", "flet-choice");
  const control = h(tag) as MdElement;
  label.append(control);
  return { label, control };
}

/** Shows the `label` prop beside the control (left with `labelPosition: "left"`) and names the control by it. */
export function labelChoice(label: HTMLElement, control: MdElement, ctx: RenderContext): void {
  const text = typeof ctx.props.label === "string" ? ctx.props.label : "";
  let span = label.querySelector<HTMLElement>(":scope > .flet-choice-text");
  if (text) {
    span ??= h("span", "flet-choice-text");
    if (span.textContent !== text) span.textContent = text;
    Object.assign(span.style, textStyleCss(ctx.props.labelStyle));
  } else span = null;
  place(label, [control, span]);
  label.classList.toggle("flet-label-left", ctx.props.labelPosition === "left");
  if (text) control.setAttribute("aria-label", text);
  else control.removeAttribute("aria-label");
}

/** The control inside a choice wrapper. */
export function controlOf(label: HTMLElement, tag: string): MdElement {
  return label.querySelector<MdElement>(`:scope > ${tag}`)!;
}
