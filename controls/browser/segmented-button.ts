/**
 * `segmentedbutton` and `segment`: the Material 3 segmented button.
 * @module
 */

import { cssColor, cssSides, isDisabled } from "flet-ts/browser";
import { shapeRadiusCss } from "./card.js";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";
import { SEGMENTED_BUTTON_CSS } from "./segmented-button-styles.js";

/** Draws `segment` as a button: a slot for the selected mark, then its icon and label. */
export const segmentRenderer: MaterialRenderer<HTMLButtonElement> = {
  create() {
    need("ripple");
    const button = h("button", "", { type: "button", "aria-pressed": "false" });
    button.append(
      h("md-ripple"),
      h("md-focus-ring", "", { inward: "" }),
      h("span", "flet-segment-mark"),
      h("span", "flet-segment-icon"),
      h("span", "flet-segment-label"),
    );
    return button;
  },
  update(button, ctx) {
    const [, , , icon, label] = [...button.children] as HTMLElement[];
    const own = ctx.child("icon");
    place(icon!, [own]);
    icon!.hidden = own === undefined;
    place(label!, [ctx.child("label")]);
    button.dataset.value = String(ctx.props.value ?? "");
  },
};

/** A state map's default (`{ "": c }`) or a plain colour, as CSS. */
function colorOf(value: unknown, state = ""): string | undefined {
  if (typeof value === "object" && value !== null)
    return cssColor(
      (value as Record<string, unknown>)[state] ?? (value as Record<string, unknown>)[""],
    );
  return state === "" ? cssColor(value) : undefined;
}

/**
 * Draws `segmentedbutton` as a `role="group"` of segment buttons (`aria-pressed`); a click
 * (or Enter/Space) changes `selected` as Flutter does (single: the clicked one; multiple:
 * toggled; never empty unless allowed) and sends `change` with the new list. Only values
 * that name a segment are drawn as selected.
 */
export const segmentedButtonRenderer: MaterialRenderer<HTMLElement> = {
  styles: SEGMENTED_BUTTON_CSS,
  create(ctx) {
    const group = h("div", "", { role: "group" });
    group.addEventListener("click", (event) => {
      const segment = (event.target as HTMLElement).closest<HTMLElement>(".flet-segment");
      if (!segment || isDisabled(group) || isDisabled(segment)) return;
      const p = ctx.props;
      const value = segment.dataset.value ?? "";
      const before = Array.isArray(p.selected) ? (p.selected as string[]) : [];
      const chosen = before.includes(value);
      // The click rules the renderer wrote on the group (data-multiple, data-empty).
      let after: string[];
      if (group.dataset.multiple !== undefined)
        after = chosen ? before.filter((v) => v !== value) : [...before, value];
      else after = chosen ? [] : [value];
      if (after.length === 0 && group.dataset.empty === undefined) return;
      ctx.send("change", after, { selected: after });
    });
    return group;
  },
  update(group, ctx) {
    const p = ctx.props;
    const segments = ctx.children("segments");
    place(group, segments);
    group.toggleAttribute("data-multiple", p.allowMultipleSelection === true);
    group.toggleAttribute("data-empty", p.allowEmptySelection === true);
    const selected = new Set(Array.isArray(p.selected) ? (p.selected as string[]) : []);
    const custom = ctx.child("selectedIcon");
    let customPlaced = false;
    for (const segment of segments) {
      const on = selected.has(segment.dataset.value ?? "");
      segment.setAttribute("aria-pressed", String(on));
      segment.classList.toggle("flet-selected", on);
      const mark = segment.children[2] as HTMLElement;
      let shown: HTMLElement | undefined;
      if (on && p.showSelectedIcon !== false) {
        if (custom && !customPlaced) {
          shown = custom;
          customPlaced = true;
        } else if (custom) shown = custom.cloneNode(true) as HTMLElement;
        else shown = (mark.firstElementChild as HTMLElement | null) ?? iconGlyph("check");
        shown.setAttribute("aria-hidden", "true");
      }
      place(mark, [shown]);
      mark.hidden = shown === undefined;
    }
    if (custom && !customPlaced) custom.remove();
    const style = (p.style ?? {}) as Record<string, unknown>;
    const tokens: [string, string | undefined][] = [
      ["--flet-segment-color", colorOf(style.color)],
      ["--flet-segment-selected-color", colorOf(style.color, "selected")],
      ["--flet-segment-bg", colorOf(style.bgcolor)],
      ["--flet-segment-selected-bg", colorOf(style.bgcolor, "selected")],
      ["--flet-segment-radius", shapeRadiusCss(style.shape) || undefined],
      ["--flet-segment-padding", cssSides(style.padding)],
    ];
    const side = style.side as { color?: unknown; width?: unknown } | undefined;
    tokens.push(["--flet-segment-outline", side ? cssColor(side.color) : undefined]);
    for (const [name, value] of tokens) {
      if (value) group.style.setProperty(name, value);
      else group.style.removeProperty(name);
    }
  },
};
