/**
 * How the Cupertino pack registers its renderers: each element gets the `cu` classes and
 * the generic props (`applyCommonProps`: visible, disabled,
 * tooltip, size, position, transforms, animations, ...), all on the public
 * `flet-ts/browser` API.
 * @module
 */
import {
  applyCommonProps,
  defineLazyRenderer,
  defineRenderer,
  fills,
  type Renderer,
} from "flet-ts/browser";
import { installCupertinoStyles } from "./styles.js";

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

/** Types whose Flutter widget takes all the width it is allowed (see docs/guides/layout.md). */
const FILLS_WIDTH = new Set([
  "cupertinotextfield",
  "cupertinolisttile",
  "cupertinoslider",
  "cupertinonavigationbar",
  "cupertinoappbar",
]);

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
  defineRenderer<TElement>(type, wrap(type, renderer));
}

/**
 * Registers a Cupertino renderer that is loaded on first use (`defineLazyRenderer` of
 * `flet-ts/browser`): the wheels, pickers and menus stay out of the start bundle.
 *
 * @example
 * ```ts
 * cupertinoLazy("cupertinopicker", () => import("./picker.js").then((m) => m.pickerRenderer));
 * ```
 */
export function cupertinoLazy<TElement extends HTMLElement>(
  type: string,
  load: () => Promise<Renderer<TElement>>,
): void {
  defineLazyRenderer(type, () => load().then((renderer) => wrap(type, renderer)));
}

/** The renderer `cupertino` registers: the pack's classes and styles, the generic props. */
function wrap<TElement extends HTMLElement>(
  type: string,
  renderer: Renderer<TElement>,
): Renderer<TElement> {
  return {
    create(ctx) {
      installCupertinoStyles();
      const element = renderer.create(ctx);
      element.classList.add("flet", "cu", `cu-${type.replace(/^cupertino/, "")}`);
      if (FILLS_WIDTH.has(type)) fills(element, { x: true });
      return element;
    },
    update(element, ctx, changed) {
      renderer.update(element, ctx, changed);
      applyCommonProps(element, ctx, changed);
      // Cupertino's own disabled look (dimmed, no pointer input). The theme comes from
      // the page (`:root[data-theme]`), so a theme switch repaints every control at once.
      element.classList.toggle("cu-disabled", ctx.props.disabled === true);
    },
    ...(renderer.destroy ? { destroy: renderer.destroy.bind(renderer) } : {}),
    ...(renderer.methods ? { methods: renderer.methods } : {}),
  };
}
