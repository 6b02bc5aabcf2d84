/**
 * The props every control has (visible, disabled, tooltip, expand, opacity, size,
 * position, transforms, animation, rtl, key, col), applied the same way to every element.
 * @module
 */
import type { RenderContext } from "flet-ts/browser";
import { px } from "./dom.js";
import { setTooltip } from "./tooltip.js";

/** The generic prop names; an update that changes none of them skips {@link applyCommon}. */
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

/** Responsive breakpoints, smallest first (Flet's: xs 0, sm 576, md 768, lg 992, xl 1200, xxl 1400). */
export const BREAKPOINTS = ["xs", "sm", "md", "lg", "xl", "xxl"] as const;

/**
 * The column span at every breakpoint of a `col` value: a number for all of them, or
 * per breakpoint, each unset one taking the next smaller one's value (12 below the first).
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

const CURVES: Record<string, string> = {
  linear: "linear",
  ease: "ease",
  easeIn: "ease-in",
  easeOut: "ease-out",
  easeInOut: "ease-in-out",
  decelerate: "cubic-bezier(0, 0, 0.2, 1)",
  fastOutSlowIn: "cubic-bezier(0.4, 0, 0.2, 1)",
  bounceOut: "cubic-bezier(0.34, 1.56, 0.64, 1)",
  elasticOut: "cubic-bezier(0.34, 1.56, 0.64, 1)",
};

/**
 * A CSS transition timing for a Flet animation value (`true` is 1 s linear, a number is
 * milliseconds, `{ duration, curve }` names a Flutter curve), or `undefined` for none.
 */
export function transitionOf(value: unknown): string | undefined {
  if (value === true) return "1000ms linear";
  if (typeof value === "number") return `${value}ms linear`;
  if (typeof value === "object" && value !== null && typeof (value as any).duration === "number") {
    const { duration, curve } = value as { duration: number; curve?: string };
    return `${duration}ms ${CURVES[curve ?? "linear"] ?? "linear"}`;
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
 * (radians) and `scale`.
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

/** Which part of {@link applyCommon} each generic prop feeds (a bit per part). */
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
};

/**
 * Applies the generic props of `ctx` to `element`: only the parts fed by the names in
 * `changed` (a new opacity does not rewrite the size, the position or the transitions,
 * and does not look for focusable descendants). Renderers that draw the tooltip
 * themselves (as an icon button's name) pass `tooltip: false`.
 */
export function applyCommon(
  element: HTMLElement,
  ctx: RenderContext,
  changed: ReadonlySet<string>,
  options: { tooltip?: boolean } = {},
): void {
  let parts = 0;
  for (const name of changed) parts |= name === "*" ? -1 : (PART[name] ?? 0);
  if (parts === 0) return;
  const props = ctx.props;
  const style = element.style;
  if (parts & 1) element.classList.toggle("flet-hidden", props.visible === false);
  if (parts & 2) setDisabled(element, props.disabled === true);
  if (parts & 4 && options.tooltip !== false)
    setTooltip(element, typeof props.tooltip === "string" ? props.tooltip : undefined, ctx.id);
  if (parts & 8) {
    const expand = props.expand === true ? 1 : typeof props.expand === "number" ? props.expand : 0;
    style.flex = expand > 0 ? `${expand} 1 ${props.expandLoose ? "auto" : "0%"}` : "";
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
  }
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

/**
 * Marks an element as disabled (or not) and brings the `disabled` state of the focusable
 * controls inside it up to date, so `disabled` on a Column disables every field in it.
 */
export function setDisabled(element: HTMLElement, disabled: boolean): void {
  const was = element.classList.contains("flet-disabled");
  element.classList.toggle("flet-disabled", disabled);
  if (disabled) element.setAttribute("aria-disabled", "true");
  else element.removeAttribute("aria-disabled");
  if (was || disabled) syncDisabled(element);
}

/**
 * Registers `target` as a focusable control whose `disabled` follows its own prop and its
 * ancestors'. `apply` sets the state (default: the `disabled` property).
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

type FocusableElement = HTMLElement & { fletSetDisabled?: (disabled: boolean) => void };

/** Re-applies the effective disabled state to the focusable controls in `root`. */
export function syncDisabled(root: HTMLElement): void {
  const targets = root.querySelectorAll<FocusableElement>("[data-flet-focusable]");
  for (const target of targets) {
    const inherited = target.parentElement?.closest(".flet-disabled") != null;
    target.fletSetDisabled?.(target.dataset.fletFocusable === "own" || inherited);
  }
}

/** True when `element` or an ancestor is disabled: its events must not reach the server. */
export function isDisabled(element: HTMLElement): boolean {
  return (
    element.closest(".flet-disabled") !== null ||
    (element as { disabled?: boolean }).disabled === true
  );
}
