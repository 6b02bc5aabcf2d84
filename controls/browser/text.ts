/**
 * `text`: a run of text in one style, with optional inline spans.
 * @module
 */
import { cssColor, type RenderContext } from "flet-ts/browser";
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

/** Props that feed the font, colour and decoration styles. */
const STYLE_PROPS: ReadonlySet<string> = new Set([
  "themeStyle",
  "style",
  "size",
  "weight",
  "italic",
  "fontFamily",
  "color",
  "bgcolor",
]);
/** Props that decide wrapping, clipping and line clamping. */
const CLAMP_PROPS: ReadonlySet<string> = new Set(["maxLines", "overflow", "noWrap"]);
/** Props (and the slot) that make up the content. */
const CONTENT_PROPS: ReadonlySet<string> = new Set(["value", "spans", "semanticsLabel"]);

/**
 * Draws `text` as `<span class="flet-text">`; its spans' elements follow the value. An
 * update does only the work of the names in `changed`: a new value touches the text node
 * alone, never the styles.
 */
export const textRenderer: MaterialRenderer<HTMLElement> = {
  create: () => h("span"),
  update(element, ctx, changed) {
    let styles = false;
    let clamp = false;
    let content = false;
    let align = false;
    let selectable = false;
    for (const name of changed) {
      if (name === "value") content = true;
      else if (STYLE_PROPS.has(name)) styles = true;
      else if (CLAMP_PROPS.has(name)) clamp = true;
      else if (CONTENT_PROPS.has(name)) content = true;
      else if (name === "textAlign") align = true;
      else if (name === "selectable") selectable = true;
      else if (name === ALL) styles = clamp = content = align = selectable = true;
    }
    const p = ctx.props;
    if (styles) applyTextStyles(element, p);
    if (align) element.style.textAlign = typeof p.textAlign === "string" ? p.textAlign : "";
    if (clamp) {
      const lines = typeof p.maxLines === "number" ? p.maxLines : 0;
      // Flutter's default is clip: cut text is hidden unless `visible` lets it spill out.
      const ellipsis = p.overflow === "ellipsis";
      const cut = lines > 0 || p.noWrap === true || ellipsis;
      element.style.whiteSpace = p.noWrap ? "nowrap" : "";
      element.style.overflow = cut && (p.overflow !== "visible" || lines > 0) ? "hidden" : "";
      element.style.textOverflow = ellipsis ? "ellipsis" : "";
      element.style.maskImage = p.overflow === "fade" ? fadeMask(lines, p.noWrap === true) : "";
      element.style.display = lines ? "-webkit-box" : "";
      element.style.webkitLineClamp = lines ? String(lines) : "";
      element.style.webkitBoxOrient = lines ? "vertical" : "";
    }
    if (selectable) element.classList.toggle("flet-selectable", p.selectable === true);
    if (content) applyContent(element, ctx);
  },
};

/**
 * Flutter's `TextOverflow.fade`: the end of a single line (or the last of several) fades
 * to transparent.
 */
function fadeMask(lines: number, noWrap: boolean): string {
  return noWrap || lines === 1
    ? "linear-gradient(to right, #000 calc(100% - 2em), transparent)"
    : "linear-gradient(to bottom, #000 calc(100% - 1lh), transparent)";
}

/** `"*"`: every name changed (a renderer may be asked to redraw everything). */
const ALL = "*";

function applyTextStyles(element: HTMLElement, p: Readonly<Record<string, unknown>>): void {
  const css: TextCss = { ...themeStyleCss(p.themeStyle), ...textStyleCss(p.style) };
  if (typeof p.size === "number") css.fontSize = `${p.size}px`;
  if (p.weight) css.fontWeight = fontWeight(p.weight);
  if (p.italic === true) css.fontStyle = "italic";
  if (typeof p.fontFamily === "string") css.fontFamily = p.fontFamily;
  const color = cssColor(p.color);
  if (color) css.color = color;
  const bgcolor = cssColor(p.bgcolor);
  if (bgcolor) css.backgroundColor = bgcolor;
  const style = element.style;
  for (const name of TEXT_CSS) {
    const value = css[name] ?? "";
    // Reading an inline longhand is cheap; writing one invalidates style even when equal.
    if (style[name] !== value) style[name] = value;
  }
}

function applyContent(element: HTMLElement, ctx: RenderContext): void {
  const p = ctx.props;
  const value =
    typeof p.value === "string" ? p.value : p.value === undefined ? "" : String(p.value);
  const spans = ctx.children("spans");
  const label = typeof p.semanticsLabel === "string" ? p.semanticsLabel : undefined;
  if (spans.length === 0 && !label) {
    const first = element.firstChild;
    if (element.childNodes.length !== 1 || first?.nodeType !== Node.TEXT_NODE) {
      element.textContent = value;
    } else if (first.nodeValue !== value) first.nodeValue = value;
    return;
  }
  const visible = h("span", "", label ? { "aria-hidden": "true" } : {});
  visible.append(value, ...spans);
  element.replaceChildren(visible, ...(label ? [h("span", "flet-sr-only")] : []));
  if (label) element.lastElementChild!.textContent = label;
}
