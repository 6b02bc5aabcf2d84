/**
 * `textspan`: an inline run of a Text, drawn as a `<span>` inside its Text's element. A
 * span with a `url` or an `onClick` handler is a link for every user: pointer, keyboard
 * (Tab, Enter) and screen readers (`role="link"`).
 * @module
 */
import { isDisabled, openUrl } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h } from "./dom.js";
import { type TextCss, textStyleCss } from "./typography.js";

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

/** Draws a TextSpan: its text, then its own spans' elements. */
export const textSpanRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    const span = h("span", "flet-span");
    const activate = () => {
      if (isDisabled(span)) return;
      if (ctx.listens("click")) ctx.send("click");
      if (typeof ctx.props.url === "string")
        openUrl(ctx.props.url, String(ctx.props.urlTarget ?? "_blank"));
    };
    span.addEventListener("click", (event) => {
      // The innermost span acts; its parents do not act again for the same click.
      event.stopPropagation();
      if (span.classList.contains("flet-link")) activate();
    });
    span.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" || event.target !== span) return;
      if (!span.classList.contains("flet-link")) return;
      event.preventDefault();
      activate();
    });
    span.addEventListener("mouseenter", () => {
      if (ctx.listens("enter")) ctx.send("enter");
    });
    span.addEventListener("mouseleave", () => {
      if (ctx.listens("exit")) ctx.send("exit");
    });
    return span;
  },
  update(span, ctx) {
    const p = ctx.props;
    const css = textStyleCss(p.style);
    for (const name of TEXT_CSS) {
      const value = css[name] ?? "";
      if (span.style[name] !== value) span.style[name] = value;
    }
    const link = typeof p.url === "string" || ctx.listens("click");
    span.classList.toggle("flet-link", link);
    if (link) {
      span.setAttribute("role", "link");
      span.tabIndex = isDisabled(span) ? -1 : 0;
    } else {
      span.removeAttribute("role");
      span.removeAttribute("tabindex");
    }
    const text = typeof p.text === "string" ? p.text : "";
    span.replaceChildren(text, ...ctx.children("spans"));
  },
};
