/**
 * `cupertinoswitch`, `cupertinocheckbox` and `cupertinoradio`: native `<button>`s with
 * `role="switch"`, `"checkbox"` or `"radio"` inside a clickable `<label>`.
 * @module
 */
import { cssColor, type RenderContext, type Renderer } from "flet-ts/browser";
import { isOff } from "./define.js";
import { el, str } from "./dom.js";

const CHECK = `<svg viewBox="0 0 14 14" aria-hidden="true"><path d="M2.5 7.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
const DASH = `<svg viewBox="0 0 14 14" aria-hidden="true"><path d="M3 7h8" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>`;

type Toggle = HTMLLabelElement & { knob: HTMLButtonElement; text: HTMLSpanElement };

function toggle(className: string, role: string, ctx: RenderContext): Toggle {
  const label = el("label", "cu-label") as Toggle;
  label.knob = el("button", className, { type: "button", role });
  label.text = el("span");
  label.append(label.knob, label.text);
  label.knob.addEventListener("focus", () => ctx.send("focus"));
  label.knob.addEventListener("blur", () => ctx.send("blur"));
  return label;
}

function sync(label: Toggle, ctx: RenderContext, checked: string): void {
  const p = ctx.props;
  const name = str(p.label);
  label.text.textContent = name;
  label.text.hidden = name === "";
  label.classList.toggle("cu-left", p.labelPosition === "left");
  label.knob.setAttribute("aria-checked", checked);
  if (name) label.knob.setAttribute("aria-label", name);
  else
    label.knob.setAttribute(
      "aria-label",
      typeof p.tooltip === "string" ? p.tooltip : ctx.type.replace("cupertino", ""),
    );
  label.knob.disabled = p.disabled === true;
  const vars: [string, unknown][] = [
    ["--cu-on", p.activeColor],
    ["--cu-knob", p.thumbColor],
    ["--cu-off", p.trackColor ?? p.inactiveColor],
    ["--cu-check", p.checkColor],
    ["--cu-fillc", p.fillColor],
    // Flutter's focusColor: the ring around the focused knob.
    ["--cu-focus-ring", p.focusColor],
  ];
  for (const [name, value] of vars) {
    const css = cssColor(value);
    if (css) label.style.setProperty(name, css);
    else label.style.removeProperty(name);
  }
  if (p.autofocus === true && !label.dataset.focused) {
    label.dataset.focused = "";
    requestAnimationFrame(() => label.knob.focus());
  }
}

/** Draws `cupertinoswitch` (`role="switch"`); a toggle sends `change` with the new `value`. */
export const switchRenderer: Renderer<Toggle> = {
  create(ctx) {
    const label = toggle("cu-switch-track", "switch", ctx);
    label.knob.addEventListener("click", () => {
      if (isOff(label)) return;
      const value = ctx.props.value !== true;
      ctx.send("change", value, { value });
    });
    return label;
  },
  update: (label, ctx) => sync(label, ctx, String(ctx.props.value === true)),
};

/** Draws `cupertinocheckbox` (`role="checkbox"`, `aria-checked="mixed"` for the third state). */
export const checkboxRenderer: Renderer<Toggle> = {
  create(ctx) {
    const label = toggle("cu-box", "checkbox", ctx);
    label.knob.addEventListener("click", () => {
      if (isOff(label)) return;
      const v = ctx.props.value;
      const tristate = ctx.props.tristate === true;
      const value = v === true ? (tristate ? null : false) : v === false || !tristate;
      ctx.send("change", value, { value });
    });
    return label;
  },
  update(label, ctx) {
    const v = ctx.props.value;
    const mixed = ctx.props.tristate === true && (v === null || v === undefined);
    sync(label, ctx, mixed ? "mixed" : String(v === true));
    label.knob.innerHTML = mixed ? DASH : v === true ? CHECK : "";
  },
};

type Group = HTMLElement & { fletSelect?: (value: string) => void };

/**
 * Draws `cupertinoradio` (`role="radio"`) inside the nearest RadioGroup element: picking
 * it asks the group to select its value (the group sends `change`).
 */
export const radioRenderer: Renderer<Toggle> = {
  create(ctx) {
    const label = toggle("cu-dot", "radio", ctx);
    label.knob.addEventListener("click", () => {
      if (isOff(label)) return;
      const group = label.closest<Group>(".flet-radiogroup, [role=radiogroup]");
      group?.fletSelect?.(str(ctx.props.value));
      refreshGroup(group);
    });
    label.knob.addEventListener("keydown", (event) => {
      const dir = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
      if (!dir) return;
      const group = label.closest<Group>(".flet-radiogroup, [role=radiogroup]");
      const radios = [...(group?.querySelectorAll<HTMLButtonElement>(".cu-dot") ?? [])];
      const next = radios[(radios.indexOf(label.knob) + dir + radios.length) % radios.length];
      event.preventDefault();
      next?.focus();
      next?.click();
    });
    return label;
  },
  update(label, ctx) {
    const group = label.closest<HTMLElement>(".flet-radiogroup, [role=radiogroup]");
    label.dataset.value = str(ctx.props.value);
    const checked = group?.dataset.value === label.dataset.value;
    sync(label, ctx, String(checked));
    label.knob.tabIndex = checked || !group?.dataset.value ? 0 : -1;
    label.knob.classList.toggle("cu-mark", ctx.props.useCheckmarkStyle === true);
    label.knob.innerHTML = ctx.props.useCheckmarkStyle === true && checked ? CHECK : "";
    if (group && !group.dataset.cuWatched) {
      group.dataset.cuWatched = "";
      new MutationObserver(() => refreshGroup(group)).observe(group, {
        attributes: true,
        attributeFilter: ["data-value"],
      });
    } else if (!group)
      requestAnimationFrame(
        () =>
          label.isConnected &&
          label.closest(".flet-radiogroup") &&
          radioRenderer.update(label, ctx, new Set()),
      );
  },
};

function refreshGroup(group: HTMLElement | null): void {
  if (!group) return;
  for (const label of group.querySelectorAll<Toggle>("label.cu-label")) {
    if (!label.knob?.classList.contains("cu-dot")) continue;
    const checked = group.dataset.value === label.dataset.value;
    label.knob.setAttribute("aria-checked", String(checked));
    label.knob.tabIndex = checked || !group.dataset.value ? 0 : -1;
    if (label.knob.classList.contains("cu-mark")) label.knob.innerHTML = checked ? CHECK : "";
  }
}
