/**
 * The props every control has (`Control` and `ConstrainedControl`: visible, disabled,
 * tooltip, expand, col, opacity, rtl, key, size, position, transforms, animations),
 * applied to a pack element. `flet-ts/browser` leaves these to each pack, so a third-party
 * pack draws them itself; this is the short version of what the built-in packs do.
 * @module
 */
import type { RenderContext } from "flet-ts/browser";

const BREAKPOINTS = ["xs", "sm", "md", "lg", "xl", "xxl"] as const;

const CURVES: Record<string, string> = {
  linear: "linear",
  ease: "ease",
  easeIn: "ease-in",
  easeOut: "ease-out",
  easeInOut: "ease-in-out",
  decelerate: "cubic-bezier(0, 0, 0.2, 1)",
  fastOutSlowIn: "cubic-bezier(0.4, 0, 0.2, 1)",
};

const ANIMATED: [string, string[]][] = [
  ["animateOpacity", ["opacity"]],
  ["animateSize", ["width", "height"]],
  ["animatePosition", ["left", "top", "right", "bottom"]],
  ["animateRotation", ["rotate"]],
  ["animateScale", ["scale"]],
  ["animateOffset", ["translate"]],
];

/** The names {@link applyCommon} handles; a renderer's own props are the others. */
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
  ...ANIMATED.map(([name]) => name),
]);

const px = (value: unknown): string => (typeof value === "number" ? `${value}px` : "");

/** A Flet animation value as a CSS transition timing, or `undefined` for none. */
export function transitionOf(value: unknown): string | undefined {
  if (value === true) return "1000ms linear";
  if (typeof value === "number") return `${value}ms linear`;
  if (typeof value === "object" && value !== null) {
    const { duration, curve } = value as { duration?: unknown; curve?: unknown };
    if (typeof duration === "number")
      return `${duration}ms ${CURVES[typeof curve === "string" ? curve : "linear"] ?? "linear"}`;
  }
  return undefined;
}

/**
 * True when the control may not be used: its own `disabled`, or a disabled ancestor
 * (`disabled` on a Column disables what is in it).
 */
export function isDisabled(element: HTMLElement, ctx: RenderContext): boolean {
  return (
    ctx.props.disabled === true ||
    element.parentElement?.closest('.flet-disabled, [aria-disabled="true"]') != null
  );
}

/**
 * Sends `animationEnd` when a transition started by an `animate*` prop ends (wire it once,
 * in `create`).
 */
export function wireAnimationEnd(element: HTMLElement, ctx: RenderContext): void {
  element.addEventListener("transitionend", (event) => {
    if (event.target === element) ctx.send("animationEnd", event.propertyName);
  });
}

/** Applies the generic props named in `changed` (`"*"`: all of them) to `element`. */
export function applyCommon(
  element: HTMLElement,
  ctx: RenderContext,
  changed: ReadonlySet<string>,
): void {
  const all = changed.has("*");
  const has = (...names: string[]) => all || names.some((name) => changed.has(name));
  const p = ctx.props;
  const style = element.style;
  if (has("visible")) element.hidden = p.visible === false;
  if (has("disabled")) {
    element.classList.toggle("sparks-disabled", p.disabled === true);
    if (p.disabled === true) element.setAttribute("aria-disabled", "true");
    else element.removeAttribute("aria-disabled");
  }
  if (has("tooltip")) {
    if (typeof p.tooltip === "string" && p.tooltip !== "") element.title = p.tooltip;
    else element.removeAttribute("title");
  }
  if (has("expand", "expandLoose")) {
    const grow = p.expand === true ? 1 : typeof p.expand === "number" ? p.expand : 0;
    style.flex = grow > 0 ? `${grow} 1 ${p.expandLoose === true ? "auto" : "0%"}` : "";
    style.minWidth = grow > 0 ? "0" : "";
  }
  if (has("col") && p.col !== undefined) {
    let span = 12;
    const table =
      typeof p.col === "object" && p.col !== null ? (p.col as Record<string, unknown>) : {};
    for (const name of BREAKPOINTS) {
      const value = typeof p.col === "number" ? p.col : table[name];
      if (typeof value === "number") span = value;
      style.setProperty(`--flet-col-${name}`, String(span));
    }
  }
  if (has("opacity")) style.opacity = typeof p.opacity === "number" ? String(p.opacity) : "";
  if (has("rtl")) {
    if (p.rtl === true) element.dir = "rtl";
    else if (p.rtl === false) element.dir = "ltr";
    else element.removeAttribute("dir");
  }
  if (has("key")) {
    if (typeof p.key === "string") element.dataset.key = p.key;
    else delete element.dataset.key;
  }
  if (has("width")) style.width = px(p.width);
  if (has("height")) style.height = px(p.height);
  if (has("aspectRatio"))
    style.aspectRatio = typeof p.aspectRatio === "number" ? String(p.aspectRatio) : "";
  if (has("left", "top", "right", "bottom")) {
    const sides = ["left", "top", "right", "bottom"] as const;
    const positioned = sides.some((side) => typeof p[side] === "number");
    style.position = positioned ? "absolute" : "";
    for (const side of sides) style[side] = px(p[side]);
  }
  if (has("offset", "rotate", "scale")) {
    const offset = p.offset as { x?: number; y?: number } | undefined;
    style.translate = offset ? `${(offset.x ?? 0) * 100}% ${(offset.y ?? 0) * 100}%` : "";
    const rotate = p.rotate as number | { angle?: number } | undefined;
    const angle = typeof rotate === "number" ? rotate : rotate?.angle;
    style.rotate = typeof angle === "number" ? `${(angle * 180) / Math.PI}deg` : "";
    const scale = p.scale as number | { scale?: number; scaleX?: number; scaleY?: number };
    if (typeof scale === "number") style.scale = String(scale);
    else if (scale && typeof scale === "object") {
      const both = scale.scale ?? 1;
      style.scale = `${scale.scaleX ?? both} ${scale.scaleY ?? both}`;
    } else style.scale = "";
  }
  if (has(...ANIMATED.map(([name]) => name))) {
    const transitions: string[] = [];
    for (const [name, properties] of ANIMATED) {
      const timing = transitionOf(p[name]);
      if (timing) for (const property of properties) transitions.push(`${property} ${timing}`);
    }
    style.transition = transitions.join(", ");
  }
}
