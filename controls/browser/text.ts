/**
 * `text`: a run of text in one style, with optional inline spans.
 * @module
 */
import { cssColor } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h } from "./dom.js";
import { fontWeight, type TextCss, textStyleCss, themeStyleCss } from "./typography.js";

const TEXT_CSS: (keyof TextCss)[] = [
  "fontSize",
  "lineHeight",
  "fontWeight",
  "letterSpacing",
  "fontStyle",
  "fontFamily",
  "color",
  "backgroundColor",
  "textDecoration",
  "textShadow",
];

/** Draws `text` as `<span class="flet-text">`; its spans' elements follow the value. */
export const textRenderer: MaterialRenderer<HTMLElement> = {
  create: () => h("span"),
  update(element, ctx) {
    const p = ctx.props;
    const css: TextCss = { ...themeStyleCss(p.themeStyle), ...textStyleCss(p.style) };
    if (typeof p.size === "number") css.fontSize = `${p.size}px`;
    if (p.weight) css.fontWeight = fontWeight(p.weight);
    if (p.italic === true) css.fontStyle = "italic";
    if (typeof p.fontFamily === "string") css.fontFamily = p.fontFamily;
    const color = cssColor(p.color);
    if (color) css.color = color;
    const bgcolor = cssColor(p.bgcolor);
    if (bgcolor) css.backgroundColor = bgcolor;
    for (const name of TEXT_CSS) element.style[name] = css[name] ?? "";
    element.style.textAlign = typeof p.textAlign === "string" ? p.textAlign : "";
    const lines = typeof p.maxLines === "number" ? p.maxLines : 0;
    const ellipsis = p.overflow === "ellipsis";
    element.style.whiteSpace = p.noWrap ? "nowrap" : "";
    element.style.overflow = lines || p.noWrap || ellipsis ? "hidden" : "";
    element.style.textOverflow = ellipsis ? "ellipsis" : "";
    element.style.display = lines ? "-webkit-box" : "";
    element.style.webkitLineClamp = lines ? String(lines) : "";
    element.style.webkitBoxOrient = lines ? "vertical" : "";
    element.classList.toggle("flet-selectable", p.selectable === true);
    const value =
      typeof p.value === "string" ? p.value : p.value === undefined ? "" : String(p.value);
    const spans = ctx.children("spans");
    const label = typeof p.semanticsLabel === "string" ? p.semanticsLabel : undefined;
    if (spans.length === 0 && !label) {
      if (element.childNodes.length !== 1 || element.firstChild?.nodeType !== Node.TEXT_NODE) {
        element.textContent = value;
      } else if (element.firstChild.nodeValue !== value) element.firstChild.nodeValue = value;
      return;
    }
    const visible = h("span", "", label ? { "aria-hidden": "true" } : {});
    visible.append(value, ...spans);
    element.replaceChildren(visible, ...(label ? [h("span", "flet-sr-only")] : []));
    if (label) element.lastElementChild!.textContent = label;
  },
};
