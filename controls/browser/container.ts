/**
 * `container`: a decorated box around one child, optionally clickable with a ripple.
 * @module
 */

import {
  applySubtreeTheme,
  cssColor,
  fills,
  isDisabled,
  openUrl,
  passesConstraints,
  transitionOf,
} from "flet-ts/browser";
import { alignmentCss, borderCss, positionCss, radiusCss, shadowCss, sidesCss } from "./box.js";
import { paintBackground } from "./container-background.js";
import type { MaterialRenderer } from "./define.js";
import { h, isActivation, place } from "./dom.js";
import { need } from "./lazy.js";

const LONG_PRESS_MS = 500;
/** What `animate` moves, as AnimatedContainer does (the layers' colours are not). */
const ANIMATED = [
  "width",
  "height",
  "padding",
  "margin",
  "background-color",
  "border-color",
  "border-width",
  "border-radius",
  "box-shadow",
];

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
  // AnimatedContainer's onEnd: "container" once per finished move of its own props.
  let lastEnd = -Infinity;
  element.addEventListener("transitionend", (event) => {
    if (event.target !== element || !ANIMATED.includes(event.propertyName)) return;
    if (transitionOf(ctx.props.animate) === undefined || event.timeStamp - lastEnd < 16) return;
    lastEnd = event.timeStamp;
    ctx.send("animationEnd", "container");
  });
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
  // Flutter's AnimatedContainer: size, spacing and decoration move to new values.
  transition(ctx) {
    const timing = transitionOf(ctx.props.animate);
    return timing ? ANIMATED.map((name) => `${name} ${timing}`).join(", ") : "";
  },
  update(element, ctx) {
    const p = ctx.props;
    const s = element.style;
    element.classList.toggle("flet-animated-own", transitionOf(p.animate) !== undefined);
    s.padding = sidesCss(p.padding);
    s.margin = sidesCss(p.margin);
    const layers = paintBackground(element, p);
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
    const decorations: HTMLElement[] = [...layers];
    // Flutter 0.21 draws the ink only with `ink` and a handler; a clickable box without
    // it just gets the focus ring.
    if (p.ink === true && (clickable || p.onHover === true)) {
      need("ripple");
      let ripple = element.querySelector<HTMLElement>(":scope > md-ripple");
      ripple ??= h("md-ripple");
      ripple.style.setProperty("--md-ripple-pressed-color", cssColor(p.inkColor) ?? "");
      ripple.style.borderRadius = s.borderRadius;
      decorations.push(ripple);
    }
    if (clickable) {
      need("ripple"); // defines md-focus-ring too: a clickable box shows where focus is
      decorations.push(
        element.querySelector<HTMLElement>(":scope > md-focus-ring") ?? h("md-focus-ring"),
      );
    }
    applySubtreeTheme(element, p.theme, p.themeMode);
    place(element, [...decorations, content]);
  },
};
