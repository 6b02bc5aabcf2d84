/**
 * How the Cupertino pack registers its renderers: each element gets the `cu` classes, the
 * theme (light/dark) and the generic props (visible, disabled, tooltip, size, expand,
 * opacity), all on the public `flet-ts/browser` API.
 * @module
 */
import { defineRenderer, type RenderContext, type Renderer } from "flet-ts/browser";
import { installCupertinoStyles } from "./styles.js";

/**
 * Applies the generic props of a control to its element.
 *
 * @example
 * ```ts
 * applyGeneric(element, ctx);
 * ```
 */
export function applyGeneric(element: HTMLElement, ctx: RenderContext): void {
  const p = ctx.props;
  element.classList.toggle("cu-hidden", p.visible === false);
  element.classList.toggle("cu-disabled", p.disabled === true);
  element.classList.toggle("cu-dark", ctx.dark);
  if (p.disabled === true) element.setAttribute("aria-disabled", "true");
  else element.removeAttribute("aria-disabled");
  if (typeof p.tooltip === "string") element.title = p.tooltip;
  else element.removeAttribute("title");
  const expand = p.expand === true ? 1 : typeof p.expand === "number" ? p.expand : 0;
  element.style.flex = expand > 0 ? `${expand} 1 0%` : "";
  element.style.opacity = typeof p.opacity === "number" ? String(p.opacity) : "";
  for (const side of ["width", "height"] as const) {
    const value = p[side];
    if (typeof value === "number") element.style[side] = `${value}px`;
  }
}

/**
 * True when the element or an ancestor is disabled: user input must not reach the server.
 *
 * @example
 * ```ts
 * if (!isOff(button)) ctx.send("click");
 * ```
 */
export function isOff(element: HTMLElement): boolean {
  return element.closest(".cu-disabled, .flet-disabled") !== null;
}

/**
 * Registers a Cupertino renderer: adds `flet cu cu-<name>` classes and the generic props.
 *
 * @example
 * ```ts
 * cupertino("cupertinoswitch", { create: () => el("div"), update(element, ctx) {} });
 * ```
 */
export function cupertino<TElement extends HTMLElement>(
  type: string,
  renderer: Renderer<TElement>,
): void {
  defineRenderer<TElement>(type, {
    create(ctx) {
      installCupertinoStyles();
      const element = renderer.create(ctx);
      element.classList.add("flet", "cu", `cu-${type.replace(/^cupertino/, "")}`);
      return element;
    },
    update(element, ctx, changed) {
      renderer.update(element, ctx, changed);
      applyGeneric(element, ctx);
    },
    ...(renderer.destroy ? { destroy: renderer.destroy.bind(renderer) } : {}),
    ...(renderer.methods ? { methods: renderer.methods } : {}),
  });
}
