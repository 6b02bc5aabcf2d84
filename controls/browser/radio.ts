/**
 * `radio` and `radiogroup`: Material 3 radio buttons (`md-radio`) and the group that
 * holds their value. Arrow keys move between the radios of a group.
 * @module
 */

import { cssColor, focusable } from "flet-ts/browser";
import { choice, controlOf, labelChoice } from "./choice.js";
import type { MaterialRenderer } from "./define.js";
import { h, type MdElement, place } from "./dom.js";
import { need } from "./lazy.js";

// md-radio exposes its role through ElementInternals, which DOM-based tools (axe-core,
// Playwright's role engine) do not read; mirroring it in attributes costs nothing.
function mirrorChecked(radio: MdElement): void {
  radio.setAttribute("role", "radio");
  radio.setAttribute("aria-checked", String(radio.checked === true));
}

type GroupElement = HTMLElement & { fletSelect?: (value: string) => void };

function syncGroup(group: HTMLElement): void {
  const value = group.dataset.value;
  for (const radio of group.querySelectorAll<MdElement>("md-radio")) {
    if (radio.closest(".flet-radiogroup") !== group) continue;
    radio.name = group.id;
    radio.checked = value !== undefined && radio.value === value;
    mirrorChecked(radio);
  }
}

/** Draws `radiogroup` as `role="radiogroup"` around its content; it checks the radio whose value it holds. */
export const radioGroupRenderer: MaterialRenderer<GroupElement> = {
  create(ctx) {
    const group = h("div", "", { role: "radiogroup" }) as GroupElement;
    group.id = `flet-radiogroup-${ctx.id}`;
    group.fletSelect = (value) => {
      group.dataset.value = value;
      syncGroup(group);
      ctx.send("change", value, { value });
    };
    return group;
  },
  update(group, ctx) {
    if (typeof ctx.props.value === "string") group.dataset.value = ctx.props.value;
    else delete group.dataset.value;
    place(group, [ctx.child("content")]);
    syncGroup(group);
  },
};

/** Draws `radio`; checking it sends `change` from its group with the radio's `value`. */
export const radioRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    need("toggle");
    const { label, control } = choice("md-radio");
    control.addEventListener("change", () => {
      mirrorChecked(control);
      if (!control.checked) return;
      const group = label.closest<GroupElement>(".flet-radiogroup");
      group?.fletSelect?.(String(ctx.props.value ?? ""));
    });
    control.addEventListener("focus", () => ctx.send("focus"));
    control.addEventListener("blur", () => ctx.send("blur"));
    return label;
  },
  update(label, ctx) {
    const control = controlOf(label, "md-radio");
    const p = ctx.props;
    control.value = String(p.value ?? "");
    const group = label.closest<HTMLElement>(".flet-radiogroup");
    if (group) {
      control.name = group.id;
      control.checked = group.dataset.value === control.value;
    }
    mirrorChecked(control);
    labelChoice(label, control, ctx);
    const active = cssColor(p.activeColor);
    if (active) control.style.setProperty("--md-radio-selected-icon-color", active);
    focusable(control, p.disabled === true);
  },
};
