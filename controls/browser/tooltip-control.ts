/**
 * `tooltip`: the Tooltip control, a layout-transparent box around its content whose
 * message shows in the shared tooltip bubble with the control's own look and timing.
 * @module
 */
import { cssColor, passesConstraints } from "flet-ts/browser";
import { borderCss, gradientCss, radiusCss, sidesCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, num, place } from "./dom.js";
import { setTooltip } from "./tooltip.js";
import { textStyleCss } from "./typography.js";

/** Elements a keyboard reaches: the one inside the content that the message describes. */
const FOCUSABLE = "a[href],button,input,select,textarea,[tabindex]:not([tabindex='-1'])";

/** What the message describes: the content's focusable element, else the content. */
function described(content: Element | undefined): HTMLElement | undefined {
  if (!(content instanceof HTMLElement)) return undefined;
  if (content.matches(FOCUSABLE)) return content;
  return content.querySelector<HTMLElement>(FOCUSABLE) ?? content;
}

/** The four sides of a Flet margin (a number or `{ left, top, right, bottom }`), in px. */
function marginSides(value: unknown): [number, number, number, number] | undefined {
  if (typeof value === "number") return [value, value, value, value];
  if (typeof value !== "object" || value === null) return undefined;
  const side = (name: string) => num((value as Record<string, unknown>)[name], 0);
  return [side("left"), side("top"), side("right"), side("bottom")];
}

/** The bubble's CSS from the control's props (only what they set; the rest is the theme's). */
function bubbleStyle(p: Readonly<Record<string, unknown>>): Record<string, string> {
  const style: Record<string, string> = {};
  const set = (name: string, value: string | undefined) => {
    if (value) style[name] = value;
  };
  set("background-color", cssColor(p.bgcolor));
  set("background-image", gradientCss(p.gradient));
  const border = borderCss(p.border);
  set("border-left", border.borderLeft);
  set("border-top", border.borderTop);
  set("border-right", border.borderRight);
  set("border-bottom", border.borderBottom);
  set("border-radius", p.shape === "circle" ? "50%" : radiusCss(p.borderRadius));
  if (p.shape === "circle") style["aspect-ratio"] = "1";
  set("padding", sidesCss(p.padding));
  if (typeof p.height === "number") {
    style["min-height"] = `${p.height}px`;
    style.display = "flex";
    style["flex-direction"] = "column";
    style["justify-content"] = "center";
  }
  const text = textStyleCss(p.textStyle);
  set("font-size", text.fontSize);
  set("line-height", text.lineHeight);
  set("font-weight", text.fontWeight);
  set("font-style", text.fontStyle);
  set("font-family", text.fontFamily);
  set("letter-spacing", text.letterSpacing);
  set("color", text.color);
  set("text-decoration", text.textDecoration);
  set("text-shadow", text.textShadow);
  set("text-align", typeof p.textAlign === "string" && p.textAlign !== "none" ? p.textAlign : "");
  // A styled bubble may be wider than the plain one, but never wider than the window.
  style["max-width"] = "calc(100vw - 16px)";
  return style;
}

/**
 * Draws `tooltip`: its content, unchanged in layout (it passes its constraints on), and
 * its own bubble (a `popover`, so no ancestor clips it) shown on hover, focus and long
 * press. The message describes the content's first focusable element
 * (`aria-describedby`), or the content itself.
 */
export const tooltipRenderer: MaterialRenderer<HTMLElement> = {
  tooltip: false,
  create() {
    const box = h("div");
    box.style.display = "flex";
    box.style.flexDirection = "column";
    passesConstraints(box, true);
    return box;
  },
  update(box, ctx) {
    const p = ctx.props;
    const bubble =
      box.querySelector<HTMLElement>(":scope > .flet-tooltip-own") ??
      h("div", "flet-tooltip-bubble flet-tooltip-own", {
        popover: "manual",
        "aria-hidden": "true",
      });
    const content = ctx.child("content");
    place(box, [content, bubble]);
    const message = typeof p.message === "string" && p.message !== "" ? p.message : p.tooltip;
    const text = typeof message === "string" && message !== "" ? message : undefined;
    bubble.textContent = text ?? "";
    bubble.style.cssText = "";
    for (const [name, value] of Object.entries(bubbleStyle(p)))
      bubble.style.setProperty(name, value);
    setTooltip(box, text, ctx.id, false, {
      waitMs: num(p.waitDuration),
      showMs: num(p.showDuration),
      preferBelow: p.preferBelow !== false,
      verticalOffset: num(p.verticalOffset),
      margin: marginSides(p.margin),
      feedback: p.enableFeedback === true,
      bubble,
      describes: described(content ?? undefined) ?? box,
    });
  },
};
