/**
 * The TextField props a `cupertinotextfield` inherits and draws in its own iOS way:
 * focus colours, density, text and placeholder styles, cursor, selection, gradient,
 * blend mode and shadow.
 * @module
 */
import { cssColor } from "flet-ts/browser";
import { str } from "./dom.js";

type Props = Readonly<Record<string, unknown>>;
type Style = { color?: unknown; size?: unknown; weight?: unknown; italic?: unknown } | undefined;

function setVar(element: HTMLElement, name: string, value: string | undefined): void {
  if (value) element.style.setProperty(name, value);
  else element.style.removeProperty(name);
}

const px = (value: unknown): string | undefined =>
  typeof value === "number" ? `${value}px` : undefined;

/**
 * Applies a Flet TextStyle's colour, size, weight and slant to an element.
 *
 * @example
 * ```ts
 * applyTextStyle(span, { color: "red", size: 12 });
 * ```
 */
export function applyTextStyle(element: HTMLElement, style: Style): void {
  element.style.color = cssColor(style?.color) ?? "";
  element.style.fontSize = px(style?.size) ?? "";
  element.style.fontWeight =
    typeof style?.weight === "string" ? style.weight.replace(/^w/, "") : "";
  element.style.fontStyle = style?.italic === true ? "italic" : "";
}

/**
 * A Flet border radius (a number or `{ topLeft, topRight, bottomLeft, bottomRight }`) as CSS.
 *
 * @example
 * ```ts
 * box.style.borderRadius = radiusCss({ topLeft: 8 });
 * ```
 */
export function radiusCss(value: unknown): string {
  if (typeof value === "number") return `${value}px`;
  if (value === null || typeof value !== "object") return "";
  const r = value as {
    topLeft?: number;
    topRight?: number;
    bottomRight?: number;
    bottomLeft?: number;
  };
  return `${r.topLeft ?? 0}px ${r.topRight ?? 0}px ${r.bottomRight ?? 0}px ${r.bottomLeft ?? 0}px`;
}

function paddingCss(value: unknown): string {
  if (typeof value === "number") return `${value}px`;
  if (value === null || typeof value !== "object") return "";
  const sides = value as { left?: number; top?: number; right?: number; bottom?: number };
  return `${sides.top ?? 0}px ${sides.right ?? 0}px ${sides.bottom ?? 0}px ${sides.left ?? 0}px`;
}

function shadowCss(value: unknown): string {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list
    .map((entry: Record<string, unknown>) => {
      const offset = (entry.offset ?? {}) as { x?: number; y?: number };
      return `${offset.x ?? 0}px ${offset.y ?? 0}px ${Number(entry.blurRadius ?? 0)}px ${Number(entry.spreadRadius ?? 0)}px ${cssColor(entry.color) ?? "rgba(0,0,0,.25)"}`;
    })
    .join(", ");
}

function gradientCss(value: unknown): string {
  const colors = (value as { colors?: unknown[] } | undefined)?.colors;
  if (!Array.isArray(colors) || colors.length === 0) return "";
  const css = colors.map((color) => cssColor(color) ?? "transparent");
  return (value as { type?: string }).type === "radial"
    ? `radial-gradient(${css.join(", ")})`
    : `linear-gradient(90deg, ${css.join(", ")})`;
}

/**
 * Applies the inherited styling props to the field's box, input and help line.
 *
 * @example
 * ```ts
 * styleField(field.box, field.input, field.help, ctx.props);
 * ```
 */
export function styleField(
  box: HTMLElement,
  input: HTMLInputElement | HTMLTextAreaElement,
  help: HTMLElement,
  p: Props,
): void {
  setVar(box, "--cu-focus-border", cssColor(p.focusedBorderColor));
  setVar(box, "--cu-focus-border-width", px(p.focusedBorderWidth));
  setVar(box, "--cu-focus-bg", cssColor(p.focusedBgcolor));
  setVar(box, "--cu-focus-color", cssColor(p.focusedColor));
  setVar(box, "--cu-selection", cssColor(p.selectionColor));
  box.style.borderWidth = px(p.borderWidth) ?? "";
  box.style.padding = paddingCss(p.contentPadding);
  box.classList.toggle("cu-dense", p.dense === true);
  box.classList.toggle("cu-filled", p.filled === true);
  box.style.backgroundImage = gradientCss(p.gradient);
  box.style.backgroundBlendMode = str(p.blendMode);
  box.style.boxShadow = shadowCss(p.shadow);
  // One write per style property, so an update with the same props leaves the DOM alone.
  const text = (p.textStyle ?? {}) as NonNullable<Style>;
  applyTextStyle(input, {
    ...text,
    size: typeof p.textSize === "number" ? p.textSize : text.size,
    color: undefined,
  });
  setVar(input, "--cu-text-color", cssColor(p.color ?? text.color));
  input.style.caretColor = p.showCursor === false ? "transparent" : (cssColor(p.cursorColor) ?? "");
  input.autocomplete = p.enableSuggestions === false ? "off" : "on";
  // As Flet, the label's style stands in for the placeholder's (an adaptive TextField's).
  const placeholder = {
    ...(p.hintStyle as object),
    ...(p.labelStyle as object),
    ...(p.placeholderStyle as object),
  } as NonNullable<Style>;
  setVar(box, "--cu-placeholder", cssColor(placeholder.color));
  setVar(box, "--cu-placeholder-size", px(placeholder.size));
  setVar(
    box,
    "--cu-placeholder-weight",
    typeof placeholder.weight === "string" ? placeholder.weight.replace(/^w/, "") : undefined,
  );
  setVar(box, "--cu-placeholder-style", placeholder.italic === true ? "italic" : undefined);
  const error = str(p.errorText) !== "";
  applyTextStyle(help, (error ? p.errorStyle : p.helperStyle) as Style);
  help.dataset.counter = str(p.counterText);
  setVar(help, "--cu-counter-color", cssColor((p.counterStyle as Style)?.color));
}
