/**
 * Flet colours as a `<canvas>` context (or any library that parses colours itself) needs
 * them: plain `rgb()`, with theme colours resolved.
 * @module
 */
import { cssColor } from "./colors.js";

/**
 * A Flet colour (`"primary"`, `"red,0.5"`, `"#ff0000"`) as a colour a `<canvas>` context
 * accepts. {@link cssColor} gives theme colours as CSS variables (`var(--md-sys-color-primary)`)
 * and opacities as `color-mix()`, which only CSS understands; this resolves them where
 * `element` is, so the element's theme (light or dark, a `Theme` of a container above it)
 * decides; an element not on the page yet gets the page's theme. Resolve again when
 * `ctx.dark` changes. `undefined` for no colour.
 *
 * @example
 * ```ts
 * g.fillStyle = canvasColor(ctx.props.color, element) ?? "black";
 * ```
 */
export function canvasColor(value: unknown, element: Element): string | undefined {
  const css = cssColor(value);
  if (css === undefined || !/var\(|color-mix\(/.test(css)) return css;
  // Not on the page yet (a first update runs before the parent places it): the page's theme.
  const where = element.isConnected ? element : document.body;
  const probe = where.appendChild(document.createElement("i"));
  probe.style.cssText = `display:none;color:${css}`;
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color || undefined;
}
