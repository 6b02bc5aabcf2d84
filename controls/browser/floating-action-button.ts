/**
 * `floatingactionbutton`: the Material 3 FAB (`md-fab`), extended when it has text.
 * @module
 */

import { cssColor, focusable } from "flet-ts/browser";
import { autofocus, wireButton } from "./button-events.js";
import { shapeRadiusCss } from "./card.js";
import type { MaterialRenderer } from "./define.js";
import { h, type MdElement, place } from "./dom.js";
import { iconLabel } from "./icon-button.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";
import { bevel } from "./state.js";
import { setTooltip } from "./tooltip.js";

/**
 * Draws `floatingactionbutton` as a primary-container `md-fab`: `text` makes it extended,
 * `mini` small. Its name is the tooltip, else the text, else the icon's name.
 */
export const fabRenderer: MaterialRenderer<MdElement> = {
  tooltip: false,
  create(ctx) {
    need("button");
    const element = h("md-fab", "", { variant: "primary" }) as MdElement;
    wireButton(element, ctx);
    return element;
  },
  update(element, ctx) {
    const p = ctx.props;
    const content = ctx.child("content");
    let glyph: HTMLElement | undefined;
    if (content) {
      content.slot = "icon";
      glyph = content;
    } else if (typeof p.icon === "string") {
      glyph = iconGlyph(
        p.icon,
        element.querySelector<HTMLElement>(":scope > .flet-glyph") ?? undefined,
      );
      glyph.slot = "icon";
    }
    place(element, [glyph]);
    element.label = typeof p.text === "string" ? p.text : "";
    element.size = p.mini === true ? "small" : "medium";
    const name = typeof p.tooltip === "string" ? p.tooltip : element.label || iconLabel(p.icon);
    setTooltip(element, typeof p.tooltip === "string" ? p.tooltip : undefined, ctx.id, true);
    element.ariaLabel = name;
    const bg = cssColor(p.bgcolor);
    for (const token of ["--md-fab-container-color", "--md-fab-primary-container-color"]) {
      if (bg) element.style.setProperty(token, bg);
      else element.style.removeProperty(token);
    }
    const shape = shapeRadiusCss(p.shape);
    if (shape) element.style.setProperty("--md-fab-container-shape", shape);
    else element.style.removeProperty("--md-fab-container-shape");
    bevel(element, p.shape);
    // A bottom app bar's `auto` notch follows a round button's outline.
    const round = (p.shape as { type?: string } | undefined)?.type;
    element.toggleAttribute("data-flet-round", round === "circle" || round === "stadium");
    focusable(element, p.disabled === true);
    autofocus(element, p.autofocus);
  },
};
