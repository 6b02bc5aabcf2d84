/**
 * The props every control has (`Control` and `ConstrainedControl` on the server: visible,
 * disabled, tooltip, expand, col, opacity, rtl, key, size, position, transforms,
 * animations), applied to any renderer's element by {@link applyCommonProps}. Built-in and
 * third-party packs call it the same way, at the end of their renderer's `update`.
 *
 * What it sets on the element: the classes `flet-hidden` (`visible: false`),
 * `flet-disabled` (plus `aria-disabled`), `flet-expand` and `flet-positioned` (styled by the
 * runtime), inline styles (flex, opacity, size, position, transforms, transitions), the
 * `--flet-col-<breakpoint>` variables a responsive row reads, `dir` and `data-key`.
 *
 * @example
 * ```ts
 * import { applyCommonProps, defineRenderer } from "flet-ts/browser";
 *
 * defineRenderer("acme.badge", {
 *   create: () => document.createElement("span"),
 *   update(element, ctx, changed) {
 *     element.textContent = String(ctx.props.label ?? "");
 *     applyCommonProps(element, ctx, changed);
 *   },
 * });
 * ```
 * @module
 */
import type { RenderContext } from "./renderer.js";

/**
 * The names of the generic props, the ones {@link applyCommonProps} handles; a renderer's
 * own props are the others.
 *
 * @example
 * ```ts
 * const own = [...changed].filter((name) => !COMMON_PROPS.has(name));
 * if (own.length > 0) redraw(element, ctx);
 * applyCommonProps(element, ctx, changed);
 * ```
 */
export const COMMON_PROPS: ReadonlySet<string> = new Set([
  "visible",
  "disabled",
  "tooltip",
  "expand",
  "expandLoose",
  "col",
  "opacity",
  "rtl",
  "key",
  "width",
  "height",
  "left",
  "top",
  "right",
  "bottom",
  "rotate",
  "scale",
  "offset",
  "aspectRatio",
  "animateOpacity",
  "animateSize",
  "animatePosition",
  "animateRotation",
  "animateScale",
  "animateOffset",
]);

/**
 * Responsive breakpoints, smallest first (Flet's: xs 0, sm 576, md 768, lg 992, xl 1200,
 * xxl 1400 px). A control's `col` becomes one `--flet-col-<name>` variable per breakpoint.
 *
 * @example
 * ```ts
 * const spans = spansOf(ctx.props.col);
 * BREAKPOINTS.forEach((name, index) => console.log(name, spans[index]));
 * ```
 */
export const BREAKPOINTS = ["xs", "sm", "md", "lg", "xl", "xxl"] as const;

/**
 * The column span at every breakpoint of a `col` value: a number for all of them, or
 * per breakpoint, each unset one taking the next smaller one's value (`columns` below the
 * first).
 *
 * @example
 * ```ts
 * spansOf({ sm: 6, lg: 3 }); // [12, 6, 6, 3, 3, 3]
 * ```
 */
export function spansOf(col: unknown, columns = 12): number[] {
  if (typeof col === "number") return BREAKPOINTS.map(() => col);
  const table = typeof col === "object" && col !== null ? (col as Record<string, unknown>) : {};
  let current = columns;
  return BREAKPOINTS.map((name) => {
    const value = table[name];
    if (typeof value === "number") current = value;
    return current;
  });
}

/** Flutter curves that are CSS keywords, point for point; the others are variables. */
const KEYWORD_CURVES: Readonly<Record<string, string>> = {
  linear: "linear",
  ease: "ease",
  easeIn: "ease-in",
  easeOut: "ease-out",
  easeInOut: "ease-in-out",
};

let curvesRequested = false;

// The curve table is a lazy chunk (it would cost the start bundle a kilobyte): the first
// other curve loads it, and its stylesheet defines every `--flet-curve-<name>` variable.
function curveCss(curve: unknown): string {
  if (typeof curve !== "string" || !/^[a-zA-Z]+$/.test(curve)) return "linear";
  const keyword = KEYWORD_CURVES[curve];
  if (keyword !== undefined) return keyword;
  if (!curvesRequested && typeof document !== "undefined") {
    curvesRequested = true;
    void import("./curves.js").then(({ CURVES_CSS }) => {
      const style = document.createElement("style");
      style.textContent = CURVES_CSS;
      document.head.append(style);
    });
  }
  return `var(--flet-curve-${curve}, linear)`;
}

/**
 * A CSS transition timing for a Flet animation value (`true` is 1 s linear, a number is
 * milliseconds, `{ duration, curve }` names a Flutter curve), or `undefined` for none.
 * Every Flet `AnimationCurve` has Flutter's shape: `ease*` keywords as such, the others as
 * a `var(--flet-curve-<name>, linear)` that the curve stylesheet (loaded on first use)
 * defines with Flutter's control points, bounce and elastic ones as CSS `linear()`.
 * For a pack's own animated props (the generic `animate*` ones are applied already); give
 * the element the `flet-animated` class too, so that `prefers-reduced-motion` cuts it short.
 *
 * @example
 * ```ts
 * transitionOf({ duration: 200, curve: "easeOut" }); // "200ms ease-out"
 * transitionOf({ duration: 500, curve: "bounceOut" }); // "500ms var(--flet-curve-bounceOut, linear)"
 * element.style.transition = `background ${transitionOf(ctx.props.animate) ?? "0s"}`;
 * ```
 */
export function transitionOf(value: unknown): string | undefined {
  if (value === true) return "1000ms linear";
  if (typeof value === "number") return `${value}ms linear`;
  if (typeof value === "object" && value !== null && typeof (value as any).duration === "number") {
    const { duration, curve } = value as { duration: number; curve?: string };
    return `${duration}ms ${curveCss(curve)}`;
  }
  return undefined;
}

const ANIMATED: [string, string[]][] = [
  ["animateOpacity", ["opacity"]],
  ["animateSize", ["width", "height"]],
  ["animatePosition", ["left", "top", "right", "bottom"]],
  ["animateRotation", ["rotate"]],
  ["animateScale", ["scale"]],
  ["animateOffset", ["translate"]],
];

/**
 * CSS transform longhands of `offset` (fractions of the control's size), `rotate`
 * (radians, or `{ angle }`) and `scale` (a number, or `{ scale, scaleX, scaleY }`).
 *
 * @example
 * ```ts
 * transformCss({ offset: { x: 0.5, y: 0 }, rotate: Math.PI / 2, scale: 2 });
 * // { translate: "50% 0%", rotate: "90deg", scale: "2" }
 * ```
 */
export function transformCss(props: Readonly<Record<string, unknown>>): {
  translate: string;
  rotate: string;
  scale: string;
} {
  const offset = props.offset as { x?: number; y?: number } | undefined;
  const rotate = props.rotate as number | { angle: number } | undefined;
  const scale = props.scale as
    | number
    | { scale?: number; scaleX?: number; scaleY?: number }
    | undefined;
  const angle = typeof rotate === "number" ? rotate : rotate?.angle;
  let scaleCss = "";
  if (typeof scale === "number") scaleCss = String(scale);
  else if (scale) {
    const both = scale.scale ?? 1;
    scaleCss = `${scale.scaleX ?? both} ${scale.scaleY ?? both}`;
  }
  return {
    translate: offset ? `${(offset.x ?? 0) * 100}% ${(offset.y ?? 0) * 100}%` : "",
    rotate:
      typeof angle === "number" ? `${Math.round(((angle * 180) / Math.PI) * 1000) / 1000}deg` : "",
    scale: scaleCss,
  };
}

/** Which part of {@link applyCommonProps} each generic prop feeds (a bit per part). */
const PART: Readonly<Record<string, number>> = {
  visible: 1,
  disabled: 2,
  tooltip: 4,
  expand: 8,
  expandLoose: 8,
  opacity: 16,
  rtl: 32,
  key: 64,
  width: 128,
  height: 256,
  aspectRatio: 512,
  left: 1024,
  top: 1024,
  right: 1024,
  bottom: 1024,
  offset: 2048,
  rotate: 2048,
  scale: 2048,
  col: 4096,
  animateOpacity: 8192,
  animateSize: 8192,
  animatePosition: 8192,
  animateRotation: 8192,
  animateScale: 8192,
  animateOffset: 8192,
  onAnimationEnd: 8192,
};

/**
 * Applies the generic props of `ctx` (`visible`, `disabled`, `tooltip`, `expand`, `col`,
 * `opacity`, `rtl`, `key`, `width`, `height`, `aspectRatio`, `left`/`top`/`right`/`bottom`,
 * `offset`, `rotate`, `scale`, `animate*`) to `element`. Call it at the end of a renderer's
 * `update` with the `changed` it got: only the parts fed by the names in `changed` are
 * touched (the runtime passes every set prop the first time; `"*"` means all), so an update
 * that changes no generic prop costs one loop over `changed`, and a new opacity does not
 * rewrite the size, the position or the transitions.
 *
 * `disabled` also disables the focusable controls inside the element (see
 * {@link focusable}); `width`/`height` clear only a size this function set, so a renderer
 * may size its element itself when they are unset. The tooltip is the element's `title`;
 * pass `{ tooltip: false }` when the renderer draws it itself (its own tooltip bubble, or
 * as an icon button's accessible name). A control whose own prop has a generic name with
 * another meaning (a Badge's `offset` in pixels) lists it in `own`: it is left alone here.
 *
 * @example
 * ```ts
 * import { applyCommonProps, defineRenderer } from "flet-ts/browser";
 *
 * defineRenderer("acme.meter", {
 *   create: () => document.createElement("meter"),
 *   update(element, ctx, changed) {
 *     if (changed.has("value")) element.value = Number(ctx.props.value ?? 0);
 *     applyCommonProps(element, ctx, changed);
 *   },
 * });
 * ```
 */
export function applyCommonProps(
  element: HTMLElement,
  ctx: RenderContext,
  changed: ReadonlySet<string>,
  options: CommonPropsOptions = {},
): void {
  let parts = 0;
  for (const name of changed) parts |= name === "*" ? -1 : (PART[name] ?? 0);
  if (parts === 0) return;
  const props = options.own ? withoutKeys(ctx.props, options.own) : ctx.props;
  const style = element.style;
  if (parts & 1) element.classList.toggle("flet-hidden", props.visible === false);
  if (parts & 2) setDisabled(element, props.disabled === true);
  if (parts & 4 && options.tooltip !== false) {
    if (typeof props.tooltip === "string" && props.tooltip !== "") element.title = props.tooltip;
    else element.removeAttribute("title");
  }
  if (parts & 8) {
    const expand = props.expand === true ? 1 : typeof props.expand === "number" ? props.expand : 0;
    // Expanded: a share of the free space, tight whatever the content's size. Flexible
    // (expandLoose): the child keeps its own size, shrinking only when the line overflows.
    style.flex = expand > 0 ? (props.expandLoose ? "0 1 auto" : `${expand} 1 0%`) : "";
    element.classList.toggle("flet-expand", expand > 0);
  }
  if (parts & 16) style.opacity = typeof props.opacity === "number" ? String(props.opacity) : "";
  if (parts & 32) {
    if (props.rtl === true) element.dir = "rtl";
    else if (props.rtl === false) element.dir = "ltr";
    else element.removeAttribute("dir");
  }
  if (parts & 64) {
    if (typeof props.key === "string") element.dataset.key = props.key;
    else delete element.dataset.key;
  }
  if (parts & 128) size(element, "width", props.width);
  if (parts & 256) size(element, "height", props.height);
  if (parts & 512)
    style.aspectRatio = typeof props.aspectRatio === "number" ? String(props.aspectRatio) : "";
  if (parts & 1024) {
    const positioned = ["left", "top", "right", "bottom"].some(
      (side) => typeof props[side] === "number",
    );
    element.classList.toggle("flet-positioned", positioned);
    style.left = px(props.left);
    style.top = px(props.top);
    style.right = px(props.right);
    style.bottom = px(props.bottom);
  }
  if (parts & 2048) Object.assign(style, transformCss(props));
  if (parts & 4096 && props.col !== undefined) {
    spansOf(props.col).forEach((span, index) => {
      style.setProperty(`--flet-col-${BREAKPOINTS[index]}`, String(span));
    });
  }
  if (parts & 8192) {
    const transitions: string[] = [];
    for (const [prop, cssProps] of ANIMATED) {
      const timing = transitionOf(props[prop]);
      if (timing) for (const css of cssProps) transitions.push(`${css} ${timing}`);
    }
    style.transition = transitions.join(", ");
    // Under prefers-reduced-motion the runtime's stylesheet makes `.flet-animated` moves
    // instant (1 ms, so that transitionend and onAnimationEnd still come).
    element.classList.toggle("flet-animated", transitions.length > 0);
    if (transitions.length > 0 || props.onAnimationEnd) sendAnimationEnds(element, ctx);
  }
}

/** Which Flet animation a CSS transition belongs to (`animationEnd`'s data), and its prop. */
const ANIMATION_OF: Readonly<Record<string, readonly [string, string]>> = {
  opacity: ["opacity", "animateOpacity"],
  width: ["size", "animateSize"],
  height: ["size", "animateSize"],
  left: ["position", "animatePosition"],
  top: ["position", "animatePosition"],
  right: ["position", "animatePosition"],
  bottom: ["position", "animatePosition"],
  rotate: ["rotation", "animateRotation"],
  scale: ["scale", "animateScale"],
  translate: ["offset", "animateOffset"],
};

const animationEnds = new WeakSet<HTMLElement>();

// Sends `animationEnd` with the animation's name ("opacity", "position", ...) when one of
// the element's own transitions ends, as Flet does; once per animation even when several
// CSS properties move (width and height, left and top).
function sendAnimationEnds(element: HTMLElement, ctx: RenderContext): void {
  if (animationEnds.has(element)) return;
  animationEnds.add(element);
  let last: { name: string; at: number } | undefined;
  element.addEventListener("transitionend", (event) => {
    const [name, prop] = ANIMATION_OF[event.propertyName] ?? [];
    if (event.target !== element || name === undefined) return;
    // A Container's own `animate` moves its size too, and reports that as "container".
    if (name === "size" && ctx.props.animate !== undefined && !transitionOf(ctx.props[prop!]))
      return;
    if (last?.name === name && event.timeStamp - last.at < 16) return;
    last = { name, at: event.timeStamp };
    ctx.send("animationEnd", name);
  });
}

/** Options of {@link applyCommonProps}. */
export interface CommonPropsOptions {
  /** False when the renderer draws `tooltip` itself. */
  readonly tooltip?: boolean;
  /** Generic names the control uses for its own props (drawn by its renderer, not here). */
  readonly own?: readonly string[];
}

function withoutKeys(
  props: Readonly<Record<string, unknown>>,
  keys: readonly string[],
): Readonly<Record<string, unknown>> {
  const rest: Record<string, unknown> = { ...props };
  for (const key of keys) delete rest[key];
  return rest;
}

function px(value: unknown): string {
  return typeof value === "number" && Number.isFinite(value) ? `${value}px` : "";
}

// Sets width/height from the prop, clearing only a size this function set before (a
// renderer may size its element itself when the prop is unset).
function size(element: HTMLElement, name: "width" | "height", value: unknown): void {
  const flag = name === "width" ? "fletWidth" : "fletHeight";
  if (typeof value === "number") {
    element.style[name] = px(value);
    element.dataset[flag] = "";
  } else if (element.dataset[flag] !== undefined) {
    element.style[name] = "";
    delete element.dataset[flag];
  }
}

// Marks an element as disabled (or not) and brings the `disabled` state of the focusable
// controls inside it up to date, so `disabled` on a Column disables every field in it.
function setDisabled(element: HTMLElement, disabled: boolean): void {
  const was = element.classList.contains("flet-disabled");
  element.classList.toggle("flet-disabled", disabled);
  if (disabled) element.setAttribute("aria-disabled", "true");
  else element.removeAttribute("aria-disabled");
  if (was || disabled) syncDisabled(element);
}

type FocusableElement = HTMLElement & { fletSetDisabled?: (disabled: boolean) => void };

// Re-applies the effective disabled state to the focusable controls in `root`.
function syncDisabled(root: HTMLElement): void {
  const targets = root.querySelectorAll<FocusableElement>("[data-flet-focusable]");
  for (const target of targets) {
    const inherited = target.parentElement?.closest(".flet-disabled") != null;
    target.fletSetDisabled?.(target.dataset.fletFocusable === "own" || inherited);
  }
}

/**
 * Registers `element` (a native input, a button, a Material Web component) as a focusable
 * control whose disabled state follows its own `disabled` prop (`own`) and its
 * ancestors': when {@link applyCommonProps} disables or enables a container, it calls
 * `apply` (default: sets the `disabled` property) on every such element inside it.
 *
 * @example
 * ```ts
 * update(element, ctx, changed) {
 *   const input = element.querySelector("input")!;
 *   focusable(input, ctx.props.disabled === true);
 *   applyCommonProps(element, ctx, changed);
 * }
 * ```
 */
export function focusable(
  element: HTMLElement,
  own: boolean,
  apply: (disabled: boolean) => void = (disabled) => {
    (element as HTMLElement & { disabled: boolean }).disabled = disabled;
  },
): void {
  element.dataset.fletFocusable = own ? "own" : "";
  (element as FocusableElement).fletSetDisabled = apply;
  apply(own || element.parentElement?.closest(".flet-disabled") != null);
}

/**
 * True when `element` or an ancestor is disabled (by `disabled` through
 * {@link applyCommonProps}, or a disabled native control): user input on it must not
 * reach the server.
 *
 * @example
 * ```ts
 * element.addEventListener("click", () => {
 *   if (!isDisabled(element)) ctx.send("click");
 * });
 * ```
 */
export function isDisabled(element: HTMLElement): boolean {
  return (
    element.closest(".flet-disabled") !== null ||
    (element as { disabled?: boolean }).disabled === true
  );
}
