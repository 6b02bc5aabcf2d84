/**
 * `responsiverow`: a 12-column grid whose children span `col` columns per breakpoint.
 * @module
 */
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";
import { flexAlignmentCss } from "./flex.js";

const first = (value: unknown, fallback: number): number => {
  if (typeof value === "number") return value;
  if (typeof value === "object" && value !== null) {
    const numbers = Object.values(value).filter(
      (entry): entry is number => typeof entry === "number",
    );
    if (numbers.length) return numbers[0]!;
  }
  return fallback;
};

/**
 * Draws `responsiverow` as a CSS grid with `columns` tracks and a size container: each
 * child's `col` becomes `--flet-col-<breakpoint>` variables (set by the generic props) that
 * container queries turn into `grid-column: span N` at Flet's breakpoints
 * (sm 576, md 768, lg 992, xl 1200, xxl 1400 px of the row's own width).
 */
export const responsiveRowRenderer: MaterialRenderer<HTMLElement> = {
  create: () => h("div"),
  update(element, ctx) {
    const p = ctx.props;
    element.style.setProperty("--flet-columns", String(first(p.columns, 12)));
    element.style.columnGap = `${first(p.spacing, 10)}px`;
    element.style.rowGap = `${first(p.runSpacing, 10)}px`;
    const { justifyContent, alignItems } = flexAlignmentCss(p.alignment, p.verticalAlignment);
    element.style.justifyContent = justifyContent;
    element.style.alignItems = alignItems;
    place(element, ctx.children("controls"));
  },
};
