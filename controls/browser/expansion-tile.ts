/**
 * `expansiontile`: a Material 3 list tile that expands to show more controls.
 * @module
 */

import { cssColor, cssCrossAxis, cssSides, isDisabled, linesChildren } from "flet-ts/browser";
import { shapeRadiusCss } from "./card.js";
import type { MaterialRenderer } from "./define.js";
import { h, isActivation, place } from "./dom.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";

/** Each tile's arrow, made once and kept while the tile lives. */
const arrows = new WeakMap<HTMLElement, HTMLElement>();

function arrowOf(tile: HTMLElement): HTMLElement {
  let arrow = arrows.get(tile);
  if (arrow === undefined) {
    arrow = iconGlyph("expand_more");
    arrow.classList.add("flet-expansion-arrow");
    arrow.setAttribute("aria-hidden", "true");
    arrows.set(tile, arrow);
  }
  return arrow;
}

/** A Flet alignment's x (-1 … 1) as the `align-items` of a column. */
function horizontal(alignment: unknown): string {
  const x = (alignment as { x?: unknown } | undefined)?.x;
  if (typeof x !== "number") return "center";
  return x <= -0.5 ? "flex-start" : x >= 0.5 ? "flex-end" : "center";
}

/**
 * Draws `expansiontile`: a list-tile header (`role="button"`, `aria-expanded`,
 * `aria-controls`) with the arrow on the `affinity` side (unless `leading`/`trailing`
 * replace it), then a region holding `controls` that opens and closes with a height
 * transition. A click or Enter/Space on the header sends `change` with the new `expanded`.
 * Collapsed, the controls are removed, or kept hidden and inert with `maintainState`.
 */
export const expansionTileRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    need("ripple");
    const tile = h("div");
    const header = h("div", "flet-listtile flet-clickable flet-expansion-header", {
      role: "button",
      tabindex: "0",
      "aria-controls": `flet-expansion-${ctx.id}`,
    });
    const text = h("div", "flet-listtile-text");
    text.append(h("div", "flet-listtile-title"), h("div", "flet-listtile-subtitle"));
    header.append(
      h("md-ripple"),
      h("div", "flet-listtile-leading"),
      text,
      h("div", "flet-listtile-trailing"),
    );
    const region = h("div", "flet-expansion-region", {
      role: "region",
      id: `flet-expansion-${ctx.id}`,
    });
    const body = h("div", "flet-expansion-body");
    const controls = h("div", "flet-expansion-controls");
    linesChildren(body, "y");
    linesChildren(controls, "y");
    body.append(controls);
    region.append(body);
    tile.append(header, region);
    header.addEventListener("click", () => {
      if (isDisabled(tile)) return;
      const expanded = ctx.props.expanded !== true;
      ctx.send("change", expanded, { expanded });
    });
    header.addEventListener("keydown", (event) => {
      if (event.target === header && isActivation(event)) {
        event.preventDefault();
        header.click();
      }
    });
    return tile;
  },
  update(tile, ctx) {
    const p = ctx.props;
    const [header, region] = [...tile.children] as HTMLElement[];
    const [, leading, text, trailing] = [...header!.children] as HTMLElement[];
    const [title, subtitle] = [...text!.children] as HTMLElement[];
    const body = region!.firstElementChild as HTMLElement;
    const controls = body.firstElementChild as HTMLElement;
    const expanded = p.expanded === true;
    const arrowFirst = p.affinity === "leading";
    const arrow = arrowOf(tile);
    const own = { leading: ctx.child("leading"), trailing: ctx.child("trailing") };
    const before = own.leading ?? (arrowFirst ? arrow : undefined);
    const after = own.trailing ?? (arrowFirst ? undefined : arrow);
    place(leading!, [before]);
    place(trailing!, [after]);
    leading!.hidden = before === undefined;
    trailing!.hidden = after === undefined;
    place(title!, [ctx.child("title")]);
    const sub = ctx.child("subtitle");
    place(subtitle!, [sub]);
    subtitle!.hidden = sub === undefined;
    header!.setAttribute("aria-expanded", String(expanded));
    header!.style.padding = cssSides(p.tilePadding) ?? "";
    tile.classList.toggle("flet-expanded", expanded);
    // Collapsed controls leave the page, unless their state is to be kept.
    const keep = expanded || p.maintainState === true;
    place(controls, keep ? ctx.children("controls") : []);
    region!.inert = !expanded;
    controls.style.padding = cssSides(p.controlsPadding) ?? "";
    controls.style.alignItems = cssCrossAxis(p.expandedCrossAxisAlignment) ?? "center";
    body.style.alignItems = horizontal(p.expandedAlignment);
    tile.style.overflow = p.clipBehavior && p.clipBehavior !== "none" ? "hidden" : "";
    // Both states' colours and shapes are set; the stylesheet picks by `flet-expanded`.
    const vars: [string, string | undefined][] = [
      ["text", cssColor(p.textColor)],
      ["collapsed-text", cssColor(p.collapsedTextColor)],
      ["icon", cssColor(p.iconColor)],
      ["collapsed-icon", cssColor(p.collapsedIconColor)],
      ["bg", cssColor(p.bgcolor)],
      ["collapsed-bg", cssColor(p.collapsedBgcolor)],
      ["shape", shapeRadiusCss(p.shape) || undefined],
      ["collapsed-shape", shapeRadiusCss(p.collapsedShape) || undefined],
    ];
    for (const [name, value] of vars) {
      if (value) tile.style.setProperty(`--flet-exp-${name}`, value);
      else tile.style.removeProperty(`--flet-exp-${name}`);
    }
    // A shape of its own replaces the default divider lines.
    tile.classList.toggle("flet-shaped", (expanded ? p.shape : p.collapsedShape) !== undefined);
  },
};
