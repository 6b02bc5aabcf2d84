/**
 * `chip`: a Material 3 input chip, drawn by hand: action, filter/choice and deletable
 * chips with pointer, keyboard and screen-reader behaviour.
 * @module
 */
import { cssColor, focusable, isDisabled, type RenderContext } from "flet-ts/browser";
import { elevationCss, sidesCss } from "./box.js";
import { autofocus } from "./button-events.js";
import { shapeRadiusCss } from "./card.js";
import { CHIP_CSS } from "./chip-styles.js";
import type { MaterialRenderer } from "./define.js";
import { h, isActivation, place } from "./dom.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";
import { setTooltip } from "./tooltip.js";
import { type TextCss, textStyleCss } from "./typography.js";

const LABEL_CSS: (keyof TextCss)[] = [
  "fontSize",
  "lineHeight",
  "fontWeight",
  "letterSpacing",
  "fontStyle",
  "fontFamily",
  "color",
  "backgroundColor",
  "textDecoration",
  "textShadow",
];

interface Parts {
  body: HTMLElement;
  main: HTMLElement;
  leading: HTMLElement;
  check: HTMLElement;
  label: HTMLElement;
  remove: HTMLElement;
  removeWord: HTMLElement;
}

function parts(chip: HTMLElement): Parts {
  const body = chip.firstElementChild as HTMLElement;
  const main = body.querySelector<HTMLElement>(":scope > .flet-chip-main")!;
  const remove = body.querySelector<HTMLElement>(":scope > .flet-chip-delete")!;
  return {
    body,
    main,
    leading: main.querySelector(":scope > .flet-chip-leading")!,
    check: main.querySelector(":scope > .flet-chip-check")!,
    label: main.querySelector(":scope > .flet-chip-label")!,
    remove,
    removeWord: remove.querySelector(":scope > .flet-sr-only")!,
  };
}

/** What a press of the chip does: toggle (`onSelect`), click (`onClick`), or nothing. */
function modeOf(props: Readonly<Record<string, unknown>>): "select" | "click" | undefined {
  if (props.onSelect === true) return "select";
  if (props.onClick === true) return "click";
  return undefined;
}

function activate(chip: HTMLElement, ctx: RenderContext): void {
  const { main } = parts(chip);
  if (isDisabled(main) || main.getAttribute("aria-disabled") === "true") return;
  const mode = modeOf(ctx.props);
  if (mode === "select") {
    const next = ctx.props.selected !== true;
    chip.classList.toggle("flet-selected", next);
    main.setAttribute("aria-checked", String(next));
    ctx.send("select", next, { selected: next });
  } else if (mode === "click") ctx.send("click");
}

function remove(chip: HTMLElement, ctx: RenderContext): void {
  const { main } = parts(chip);
  if (ctx.props.onDelete !== true || main.getAttribute("aria-disabled") === "true") return;
  ctx.send("delete");
}

/**
 * Draws `chip`: a 32 px outlined pill-ish body (in a 48 px tap target) with the leading
 * control (or the check mark of a selected chip), the label and, with `onDelete`, a
 * delete button. The body is a `role="button"` (onClick) or `role="checkbox"` (onSelect):
 * click, Enter or Space act; Backspace or Delete delete; the arrow keys move between the
 * chip and its delete button, which is named by `deleteIconTooltip` or "Delete <label>".
 */
export const chipRenderer: MaterialRenderer<HTMLElement> = {
  styles: CHIP_CSS,
  tooltip: false,
  create(ctx) {
    need("ripple");
    const chip = h("div");
    const body = chip.appendChild(h("div", "flet-chip-body"));
    const ring = h("md-focus-ring") as HTMLElement & { attach?: (control: HTMLElement) => void };
    const main = h("span", "flet-chip-main");
    main.append(
      h("span", "flet-chip-leading"),
      iconGlyph("check", h("span", "flet-chip-check")),
      h("span", "flet-chip-label", { id: `flet-chip-label-${ctx.id}` }),
    );
    const removeButton = h("span", "flet-chip-delete", { role: "button" });
    removeButton.append(
      h("span", "flet-sr-only", { id: `flet-chip-delete-${ctx.id}`, "aria-hidden": "true" }),
    );
    body.append(h("md-ripple"), ring, main, removeButton);
    void customElements.whenDefined("md-focus-ring").then(() => ring.attach?.(main));
    body.addEventListener("click", (event) => {
      if (removeButton.contains(event.target as Node)) return;
      activate(chip, ctx);
    });
    main.addEventListener("keydown", (event) => {
      if (event.target !== main) return;
      if (isActivation(event)) {
        event.preventDefault();
        activate(chip, ctx);
      } else if (event.key === "Backspace" || event.key === "Delete") {
        event.preventDefault();
        remove(chip, ctx);
      } else if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
        const toEnd = (event.key === "ArrowRight") !== (getComputedStyle(chip).direction === "rtl");
        if (toEnd && !removeButton.hidden) {
          event.preventDefault();
          removeButton.focus();
        }
      }
    });
    // The delete button has its own ripple-less press: it must not press the chip.
    removeButton.addEventListener("pointerdown", (event) => event.stopPropagation());
    removeButton.addEventListener("click", (event) => {
      event.stopPropagation();
      remove(chip, ctx);
    });
    removeButton.addEventListener("keydown", (event) => {
      if (isActivation(event) || event.key === "Backspace" || event.key === "Delete") {
        event.preventDefault();
        remove(chip, ctx);
      } else if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
        const toStart =
          (event.key === "ArrowLeft") !== (getComputedStyle(chip).direction === "rtl");
        if (toStart && main.tabIndex >= 0) {
          event.preventDefault();
          main.focus();
        }
      }
    });
    chip.addEventListener("focusin", (event) => {
      if (!chip.contains(event.relatedTarget as Node | null)) ctx.send("focus");
    });
    chip.addEventListener("focusout", (event) => {
      if (!chip.contains(event.relatedTarget as Node | null)) ctx.send("blur");
    });
    return chip;
  },
  update(chip, ctx) {
    const p = ctx.props;
    const { body, main, leading, check, label, remove: removeButton, removeWord } = parts(chip);
    const selected = p.selected === true;
    const mode = modeOf(p);
    const deletable = p.onDelete === true;
    chip.classList.toggle("flet-selected", selected);
    chip.classList.toggle("flet-chip-interactive", mode !== undefined);

    // Leading control, or the check mark in its place on a selected chip.
    const lead = ctx.child("leading");
    place(leading, [lead]);
    const checked = selected && p.showCheckmark !== false;
    check.hidden = !checked;
    leading.hidden = !lead || checked;
    check.style.color = cssColor(p.checkColor) ?? "";
    place(label, [ctx.child("label")]);
    const css = textStyleCss(p.labelStyle);
    for (const name of LABEL_CSS) label.style[name] = css[name] ?? "";
    label.style.padding = sidesCss(p.labelPadding);

    // Colours, shape, padding and elevation of the body.
    const set = (name: string, value: string | undefined) =>
      chip.style.setProperty(name, value || null);
    set("--flet-chip-bg", cssColor(p.bgcolor));
    set("--flet-chip-selected-bg", cssColor(p.selectedColor));
    set("--flet-chip-disabled-bg", cssColor(p.disabledColor));
    set("--flet-chip-delete-color", cssColor(p.deleteIconColor));
    const radius = shapeRadiusCss(p.shape);
    body.style.borderRadius = radius;
    body.style.setProperty("--md-focus-ring-shape", radius || null);
    body.style.padding = sidesCss(p.padding);
    const shadow = selected ? (p.selectedShadowColor ?? p.shadowColor) : p.shadowColor;
    body.style.boxShadow = typeof p.elevation === "number" ? elevationCss(p.elevation, shadow) : "";
    const ripple = body.querySelector(":scope > md-ripple");

    // Roles: a button, a checkbox, or plain text; the delete button beside it.
    if (mode === "select") {
      main.setAttribute("role", "checkbox");
      main.setAttribute("aria-checked", String(selected));
    } else {
      main.removeAttribute("aria-checked");
      if (mode === "click") main.setAttribute("role", "button");
      else main.removeAttribute("role");
    }
    main.setAttribute("aria-labelledby", label.id);
    removeButton.hidden = !deletable;
    const customIcon = ctx.child("deleteIcon");
    const glyph =
      customIcon ??
      iconGlyph(
        "clear",
        removeButton.querySelector<HTMLElement>(":scope > .flet-chip-delete-glyph") ??
          h("span", "flet-chip-delete-glyph"),
      );
    place(removeButton, [glyph, removeWord]);
    const tip =
      typeof p.deleteIconTooltip === "string" && p.deleteIconTooltip !== ""
        ? p.deleteIconTooltip
        : undefined;
    removeWord.textContent = "Delete";
    if (tip) {
      removeButton.removeAttribute("aria-labelledby");
      removeButton.setAttribute("aria-label", tip);
    } else {
      removeButton.removeAttribute("aria-label");
      removeButton.setAttribute("aria-labelledby", `${removeWord.id} ${label.id}`);
    }
    setTooltip(removeButton, tip, `${ctx.id}-delete`, true);
    const tooltip = typeof p.tooltip === "string" && p.tooltip !== "" ? p.tooltip : undefined;
    setTooltip(main, tooltip, ctx.id);

    focusable(main, p.disabled === true, (disabled) => {
      chip.classList.toggle("flet-chip-disabled", disabled);
      if (disabled) main.setAttribute("aria-disabled", "true");
      else main.removeAttribute("aria-disabled");
      ripple?.toggleAttribute("disabled", disabled || mode === undefined);
      main.tabIndex = mode !== undefined && !disabled ? 0 : -1;
      if (mode === undefined) main.removeAttribute("tabindex");
      // Keyboard users reach the delete button from the chip (arrow keys), or by Tab when
      // the chip itself does nothing.
      removeButton.tabIndex = disabled ? -1 : mode === undefined ? 0 : -1;
      if (disabled) removeButton.setAttribute("aria-disabled", "true");
      else removeButton.removeAttribute("aria-disabled");
    });
    main.toggleAttribute("autofocus", p.autofocus === true && mode !== undefined);
    removeButton.toggleAttribute("autofocus", p.autofocus === true && mode === undefined);
    if (mode !== undefined) autofocus(main, p.autofocus);
    else if (deletable) autofocus(removeButton, p.autofocus);
  },
};
