/**
 * `snackbar`: a Material 3 snackbar, closed after `duration`.
 * @module
 */

import { cssColor } from "flet-ts/browser";
import { elevationCss, sidesCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, type MdElement, place, px } from "./dom.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";
import { swipeToDismiss, swipeTouchAction } from "./swipe.js";

type SnackElement = HTMLElement & {
  fletTimer?: ReturnType<typeof setTimeout>;
  fletShownAt?: number;
};

function close(
  element: SnackElement,
  ctx: Parameters<MaterialRenderer<HTMLElement>["create"]>[0],
): void {
  clearTimeout(element.fletTimer);
  element.classList.remove("flet-open");
  ctx.send("dismiss", undefined, { open: false });
}

/**
 * Draws `snackbar` (`role="status"`, announced politely): content, an optional action
 * (sends `action`) and close icon. It closes itself after `duration` ms (4 s), sending
 * `dismiss` with `open: false`.
 */
export const snackBarRenderer: MaterialRenderer<SnackElement> = {
  create(ctx) {
    need("button");
    const element = h("div", "", { role: "status", "aria-live": "polite" }) as SnackElement;
    const action = h("md-text-button", "flet-snackbar-action") as MdElement;
    action.addEventListener("click", () => {
      ctx.send("action");
      close(element, ctx);
    });
    const closer = h("md-icon-button", "flet-snackbar-close", { "aria-label": "Close" });
    closer.append(iconGlyph("close"));
    closer.addEventListener("click", () => close(element, ctx));
    element.append(h("div", "flet-snackbar-content"), action, closer);
    element.addEventListener("keydown", (event) => event.key === "Escape" && close(element, ctx));
    swipeToDismiss(
      element,
      () => String(ctx.props.dismissDirection ?? "down"),
      () => close(element, ctx),
    );
    return element;
  },
  update(element, ctx) {
    const p = ctx.props;
    const [content, action, closer] = [...element.children] as HTMLElement[];
    place(content!, [ctx.child("content")]);
    action!.textContent = typeof p.action === "string" ? p.action : "";
    action!.classList.toggle("flet-hidden", typeof p.action !== "string");
    const actionColor = cssColor(p.actionColor);
    if (actionColor) action!.style.setProperty("--md-text-button-label-text-color", actionColor);
    closer!.classList.toggle("flet-hidden", p.showCloseIcon !== true);
    const closeColor = cssColor(p.closeIconColor);
    if (closeColor) closer!.style.setProperty("--md-icon-button-icon-color", closeColor);
    else closer!.style.removeProperty("--md-icon-button-icon-color");
    element.style.backgroundColor = cssColor(p.bgcolor) ?? "";
    element.style.padding = sidesCss(p.padding);
    // Flutter: fixed (the default) spans the bottom edge; floating floats above it, where
    // `width` and `margin` apply.
    const floating = p.behavior === "floating" || typeof p.width === "number";
    element.classList.toggle("flet-floating", floating);
    element.style.width = px(p.width);
    element.style.margin = floating ? sidesCss(p.margin) : "";
    element.style.boxShadow = typeof p.elevation === "number" ? elevationCss(p.elevation) : "";
    element.style.touchAction = swipeTouchAction(String(p.dismissDirection ?? "down"));
    const open = p.open === true;
    if (open && !element.classList.contains("flet-open")) {
      element.classList.add("flet-open");
      clearTimeout(element.fletTimer);
      const duration = typeof p.duration === "number" ? p.duration : 4000;
      element.fletTimer = setTimeout(() => close(element, ctx), duration);
    } else if (!open) {
      clearTimeout(element.fletTimer);
      element.classList.remove("flet-open");
    }
  },
  destroy(element) {
    clearTimeout(element.fletTimer);
  },
};
