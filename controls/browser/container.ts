/**
 * `container`: a decorated box around one child, optionally clickable with a ripple.
 * @module
 */

import { cssColor, fills, isDisabled, openUrl, passesConstraints } from "flet-ts/browser";
import {
  alignmentCss,
  borderCss,
  gradientCss,
  positionCss,
  radiusCss,
  shadowCss,
  sidesCss,
} from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, isActivation, place } from "./dom.js";
import { need } from "./lazy.js";

const LONG_PRESS_MS = 500;

function listen(
  element: HTMLElement,
  ctx: Parameters<MaterialRenderer<HTMLElement>["create"]>[0],
): void {
  let pressTimer: ReturnType<typeof setTimeout> | undefined;
  let longPressed = false;
  element.addEventListener("click", (event) => {
    if (longPressed || isDisabled(element)) return;
    const box = element.getBoundingClientRect();
    const local = { localX: event.clientX - box.left, localY: event.clientY - box.top };
    if (ctx.listens("click"))
      ctx.send("click", { ...local, globalX: event.clientX, globalY: event.clientY });
    const url = ctx.props.url;
    if (typeof url === "string") openUrl(url, String(ctx.props.urlTarget ?? "_blank"));
  });
  element.addEventListener("keydown", (event) => {
    if (
      isActivation(event) &&
      event.target === element &&
      element.getAttribute("role") === "button"
    ) {
      event.preventDefault();
      element.click();
    }
  });
  element.addEventListener("pointerdown", () => {
    longPressed = false;
    clearTimeout(pressTimer);
    if (!ctx.listens("longPress")) return;
    pressTimer = setTimeout(() => {
      longPressed = true;
      if (!isDisabled(element)) ctx.send("longPress");
    }, LONG_PRESS_MS);
  });
  for (const type of ["pointerup", "pointerleave", "pointercancel"]) {
    element.addEventListener(type, () => clearTimeout(pressTimer));
  }
  element.addEventListener("pointerenter", () => ctx.listens("hover") && ctx.send("hover", true));
  element.addEventListener("pointerleave", () => ctx.listens("hover") && ctx.send("hover", false));
}

/**
 * Draws `container` as a flex box: padding, margin, colour, gradient, image, border,
 * radius, shadow, blur and alignment. With `onClick` (or `url`) it is a focusable
 * `role="button"`; with `ink` it gets a Material ripple.
 */
export const containerRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    const element = h("div");
    listen(element, ctx);
    return element;
  },
  update(element, ctx) {
    const p = ctx.props;
    const s = element.style;
    s.padding = sidesCss(p.padding);
    s.margin = sidesCss(p.margin);
    const background = [gradientCss(p.gradient)];
    const image =
      typeof p.imageSrcBase64 === "string" ? `data:image;base64,${p.imageSrcBase64}` : p.imageSrc;
    if (typeof image === "string") background.unshift(`url("${image.replaceAll('"', "%22")}")`);
    s.backgroundImage = background.filter(Boolean).join(", ");
    s.backgroundSize = p.imageFit === "cover" ? "cover" : p.imageFit === "contain" ? "contain" : "";
    s.backgroundRepeat = typeof image === "string" && p.imageRepeat !== "repeat" ? "no-repeat" : "";
    s.backgroundPosition = typeof image === "string" ? "center" : "";
    s.backgroundColor = cssColor(p.bgcolor) ?? "";
    Object.assign(s, borderCss(p.border));
    s.borderRadius = p.shape === "circle" ? "50%" : radiusCss(p.borderRadius);
    s.boxShadow = shadowCss(p.shadow);
    const blur = p.blur as number | [number, number] | { sigmaX: number } | undefined;
    const sigma = typeof blur === "number" ? blur : Array.isArray(blur) ? blur[0] : blur?.sigmaX;
    s.backdropFilter = typeof sigma === "number" ? `blur(${sigma}px)` : "";
    s.overflow = p.clipBehavior && p.clipBehavior !== "none" ? "hidden" : "";
    const aligned = alignmentCss(p.alignment);
    element.classList.toggle("flet-aligned", aligned.justifyContent !== "");
    s.justifyContent = aligned.justifyContent;
    s.alignItems = aligned.alignItems;
    if (p.alignment) s.transformOrigin = positionCss(p.alignment);
    const clickable = p.onClick === true || typeof p.url === "string" || p.onLongPress === true;
    element.classList.toggle("flet-clickable", clickable || p.ink === true);
    if (clickable) {
      element.setAttribute("role", "button");
      element.tabIndex = p.disabled ? -1 : 0;
    } else {
      element.removeAttribute("role");
      element.removeAttribute("tabindex");
    }
    const content = ctx.child("content");
    // Flutter's Container: with alignment it expands and loosens its child's constraints;
    // without a child it expands; otherwise it hands its constraints to the child.
    const alignedOrEmpty = aligned.justifyContent !== "" || !content;
    fills(element, {
      x: alignedOrEmpty && typeof p.width !== "number",
      y: alignedOrEmpty && typeof p.height !== "number",
    });
    passesConstraints(element, !alignedOrEmpty);
    const decorations: HTMLElement[] = [];
    if (p.ink === true || clickable) {
      need("ripple");
      let ripple = element.querySelector<HTMLElement>(":scope > md-ripple");
      ripple ??= h("md-ripple");
      ripple.style.setProperty("--md-ripple-pressed-color", cssColor(p.inkColor) ?? "");
      ripple.style.borderRadius = s.borderRadius;
      decorations.push(ripple);
      if (clickable) {
        const ring =
          element.querySelector<HTMLElement>(":scope > md-focus-ring") ?? h("md-focus-ring");
        decorations.push(ring);
      }
    }
    place(element, [...decorations, content]);
  },
};
