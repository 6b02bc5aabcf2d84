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
import { setToken, stateColor } from "./state.js";

const RADIO = "--md-radio";
const RADIO_STATES = [
  ["selected-icon-color", "selected"],
  ["selected-hover-icon-color", "hovered"],
  ["selected-focus-icon-color", "focused"],
  ["selected-pressed-icon-color", "pressed"],
  ["icon-color", ""],
  ["hover-icon-color", "hovered"],
  ["focus-icon-color", "focused"],
  ["pressed-icon-color", "pressed"],
] as const;

/** The ring's colours: Flutter's `fillColor` (per state) wins over `activeColor` (selected). */
function colourRadio(control: HTMLElement, p: Record<string, unknown>): void {
  const fill = p.fillColor;
  const active = cssColor(p.activeColor);
  for (const [token, state] of RADIO_STATES) {
    const selected = token.startsWith("selected");
    const own =
      typeof fill === "object" && fill !== null
        ? stateColor(
            (fill as Record<string, unknown>)[state] ??
              (selected ? (fill as Record<string, unknown>).selected : undefined) ??
              (fill as Record<string, unknown>)[""],
          )
        : cssColor(fill);
    setToken(control, `${RADIO}-${token}`, own ?? (selected ? active : undefined));
  }
}

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
    colourRadio(control, p);
    focusable(control, p.disabled === true);
    if (p.autofocus === true) requestAnimationFrame(() => control.focus());
  },
};
