/**
 * `expansionpanellist` and `expansionpanel`: Material expansion panels.
 * @module
 */

import { cssColor, cssSides, isDisabled } from "flet-ts/browser";
import { elevationCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";

/** The DOM event a panel dispatches after the user toggles it, for its list to report. */
const PANEL_CHANGE_EVENT = "flet-panel-change";

/**
 * Draws `expansionpanel`: the header with an expand button (`aria-expanded`,
 * `aria-controls`) at its end, then the content in a region that opens with a height
 * transition (inert while closed). The button, or the whole header with `canTapHeader`,
 * sends `change` with the new `expanded`, then tells its list (which sends its own
 * `change` with the panel's index).
 */
export const expansionPanelRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    need("ripple");
    const panel = h("div");
    const header = h("div", "flet-panel-header");
    const button = h("button", "flet-panel-toggle", {
      type: "button",
      "aria-controls": `flet-panel-${ctx.id}`,
    });
    const ring = h("md-focus-ring", "", { inward: "" });
    button.append(h("md-ripple"), ring, iconGlyph("expand_more"));
    header.append(h("div", "flet-panel-header-content"), button);
    const region = h("div", "flet-expansion-region", {
      role: "region",
      id: `flet-panel-${ctx.id}`,
    });
    region.append(h("div", "flet-expansion-body"));
    panel.append(header, region);
    const toggle = () => {
      if (isDisabled(panel)) return;
      const expanded = ctx.props.expanded !== true;
      ctx.send("change", expanded, { expanded });
      panel.dispatchEvent(new CustomEvent(PANEL_CHANGE_EVENT, { bubbles: true }));
    };
    button.addEventListener("click", (event) => {
      event.stopPropagation();
      toggle();
    });
    header.addEventListener("click", () => {
      if (ctx.props.canTapHeader === true) toggle();
    });
    return panel;
  },
  update(panel, ctx) {
    const p = ctx.props;
    const [header, region] = [...panel.children] as HTMLElement[];
    const [content, button] = [...header!.children] as HTMLElement[];
    const expanded = p.expanded === true;
    place(content!, [ctx.child("header")]);
    place(region!.firstElementChild as HTMLElement, [ctx.child("content")]);
    panel.classList.toggle("flet-expanded", expanded);
    panel.toggleAttribute("data-can-tap", p.canTapHeader === true);
    region!.inert = !expanded;
    button!.setAttribute("aria-expanded", String(expanded));
    button!.setAttribute("aria-label", expanded ? "Collapse" : "Expand");
    panel.style.backgroundColor = cssColor(p.bgcolor) ?? "";
  },
};

/**
 * Draws `expansionpanellist`: its panels stacked, joined by `dividerColor` lines, each with
 * the `elevation` shadow; an open panel stands `spacing` px apart, its header padded by
 * `expandedHeaderPadding`. A panel toggled by the user makes it send `change` with the
 * panel's index.
 */
export const expansionPanelListRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    const list = h("div");
    list.addEventListener(PANEL_CHANGE_EVENT, (event) => {
      const index = [...list.children].indexOf(event.target as Element);
      if (index >= 0) ctx.send("change", index);
    });
    return list;
  },
  update(list, ctx) {
    const p = ctx.props;
    place(list, ctx.children("controls"));
    const vars: [string, string | undefined][] = [
      ["divider", cssColor(p.dividerColor)],
      ["shadow", typeof p.elevation === "number" ? elevationCss(p.elevation) : undefined],
      ["header-padding", cssSides(p.expandedHeaderPadding)],
      ["icon", cssColor(p.expandIconColor)],
      ["gap", typeof p.spacing === "number" ? `${p.spacing}px` : undefined],
    ];
    for (const [name, value] of vars) {
      if (value) list.style.setProperty(`--flet-panel-${name}`, value);
      else list.style.removeProperty(`--flet-panel-${name}`);
    }
  },
};
