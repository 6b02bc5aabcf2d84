/**
 * The Cupertino buttons: `cupertinobutton` (plain or filled), and the action rows of
 * alerts, action sheets and context menus. All are native `<button>`s.
 * @module
 */
import { cssColor, cssSides, openUrl, type RenderContext, type Renderer } from "flet-ts/browser";
import { isOff } from "./define.js";
import { el, glyph, num, put, str } from "./dom.js";
import { applyTextStyle } from "./field-style.js";

function content(button: HTMLButtonElement, ctx: RenderContext, icon?: unknown, trailing = false) {
  const child = ctx.child("content");
  let text = button.querySelector<HTMLElement>(":scope > .cu-text");
  if (!child) {
    text ??= el("span", "cu-text");
    text.textContent = str(ctx.props.text);
  }
  const glyphEl =
    typeof icon === "string" && !child
      ? glyph(icon, button.querySelector<HTMLElement>(":scope > .cu-glyph"))
      : null;
  put(button, trailing ? [child ?? text, glyphEl] : [glyphEl, child ?? text]);
}

function wireClick(button: HTMLButtonElement, ctx: RenderContext, after?: () => void): void {
  button.addEventListener("click", () => {
    if (isOff(button)) return;
    ctx.send("click");
    const url = ctx.props.url;
    if (typeof url === "string") openUrl(url, str(ctx.props.urlTarget) || "_blank");
    after?.();
  });
}

/**
 * Draws `cupertinobutton` (and Material buttons in adaptive mode): blue text, or a filled
 * rounded button with `bgcolor`; dims while pressed (`opacityOnClick`).
 *
 * @example
 * ```ts
 * cupertino("cupertinobutton", buttonRenderer);
 * ```
 */
export const buttonRenderer: Renderer<HTMLButtonElement> = {
  create(ctx) {
    const button = el("button", "cu-button", { type: "button" });
    wireClick(button, ctx);
    return button;
  },
  update(button, ctx) {
    const p = ctx.props;
    content(button, ctx, p.icon);
    const bg = cssColor(p.bgcolor);
    button.classList.toggle("cu-filled", bg !== undefined);
    button.style.background = bg ?? "";
    // Flutter fills a disabled button with disabledColor (the stylesheet reads the variable).
    const disabledBg = cssColor(p.disabledColor);
    if (disabledBg) button.style.setProperty("--cu-disabled-bg", disabledBg);
    else button.style.removeProperty("--cu-disabled-bg");
    // Flutter's Align(alignment) around the content: x → main axis, y → cross axis.
    const align = p.alignment as { x?: number; y?: number } | undefined;
    const place = (v: number | undefined) =>
      v === undefined ? "" : v < 0 ? "flex-start" : v > 0 ? "flex-end" : "center";
    button.style.justifyContent = place(align?.x);
    button.style.alignItems = place(align?.y);
    // A button that opens a URL is a link for assistive technology.
    if (typeof p.url === "string") button.setAttribute("role", "link");
    else button.removeAttribute("role");
    button.style.color = cssColor(p.color) ?? "";
    const glyphEl = button.querySelector<HTMLElement>(".cu-glyph");
    if (glyphEl) glyphEl.style.color = cssColor(p.iconColor) ?? "";
    button.style.setProperty("--cu-press", String(num(p.opacityOnClick, 0.4)));
    button.style.minHeight = button.style.minWidth = `${num(p.minSize, 44)}px`;
    button.style.padding = cssSides(p.padding) ?? "";
    const r = p.borderRadius;
    button.style.borderRadius = typeof r === "number" ? `${r}px` : "";
    button.disabled = p.disabled === true;
    const label = str(p.text) || (typeof p.tooltip === "string" ? p.tooltip : "") || str(p.icon);
    if (!ctx.child("content") && !str(p.text) && label) button.setAttribute("aria-label", label);
    else button.removeAttribute("aria-label");
    if (p.autofocus === true && !button.dataset.focused) {
      button.dataset.focused = "";
      requestAnimationFrame(() => button.focus());
    }
  },
};

/**
 * The renderer of an action row (`cupertinodialogaction`, `cupertinoactionsheetaction`,
 * `cupertinocontextmenuaction`): bold when default, red when destructive.
 *
 * @example
 * ```ts
 * cupertino("cupertinodialogaction", actionRenderer("menuitem"));
 * ```
 */
export function actionRenderer(role?: string): Renderer<HTMLButtonElement> {
  return {
    create(ctx) {
      const button = el("button", "cu-action", { type: "button", ...(role ? { role } : {}) });
      wireClick(button, ctx, () => {
        button.dispatchEvent(new CustomEvent("cu-action", { bubbles: true }));
      });
      return button;
    },
    update(button, ctx) {
      const p = ctx.props;
      content(button, ctx, p.trailingIcon, true);
      button.classList.toggle("cu-default", p.isDefaultAction === true);
      button.classList.toggle("cu-destructive", p.isDestructiveAction === true);
      button.disabled = p.disabled === true;
      applyTextStyle(button, p.textStyle as Parameters<typeof applyTextStyle>[1]);
    },
  };
}
