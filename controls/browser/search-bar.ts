/**
 * `searchbar`: a Material 3 search bar and its search view (a modal `<dialog>` dropped
 * from the bar, or covering the window), with the app's suggestions.
 * @module
 */
import { cssColor, fills, isDisabled, type RenderContext } from "flet-ts/browser";
import { elevationCss } from "./box.js";
import { shapeRadiusCss } from "./card.js";
import { stateColorCss } from "./data-table.js";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";
import { iconGlyph } from "./icon-name.js";
import { SEARCH_BAR_CSS } from "./search-bar-styles.js";
import { type TextCss, textStyleCss } from "./typography.js";

interface Parts {
  bar: HTMLElement;
  barLead: HTMLElement;
  barInput: HTMLInputElement;
  barTrail: HTMLElement;
  view: HTMLDialogElement;
  viewLead: HTMLElement;
  back: HTMLButtonElement;
  viewInput: HTMLInputElement;
  viewTrail: HTMLElement;
  clear: HTMLButtonElement;
  divider: HTMLElement;
  suggestions: HTMLElement;
}

const parts = new WeakMap<HTMLElement, Parts>();

/** The bar's colour variables and the state each one is for. */
const BAR_VARS: readonly [string, string, string][] = [
  ["--sb-bg", "barBgcolor", ""],
  ["--sb-bg-hover", "barBgcolor", "hovered"],
  ["--sb-bg-focus", "barBgcolor", "focused"],
  ["--sb-bg-pressed", "barBgcolor", "pressed"],
  ["--sb-overlay-hover", "barOverlayColor", "hovered"],
  ["--sb-overlay-focus", "barOverlayColor", "focused"],
  ["--sb-overlay-pressed", "barOverlayColor", "pressed"],
];

/** The view's text style properties the header field takes, and the hint's as variables. */
const TEXT: (keyof TextCss)[] = [
  "fontSize",
  "lineHeight",
  "fontWeight",
  "letterSpacing",
  "fontStyle",
  "fontFamily",
  "color",
];

/** The elements a keyboard reaches among the suggestions, in order. */
function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>("*")].filter(
    (el) => el.tabIndex >= 0 && !isDisabled(el) && el.getClientRects().length > 0,
  );
}

function openView(element: HTMLElement): void {
  const p = parts.get(element);
  if (!p || p.view.open || !element.isConnected) return;
  const box = p.bar.getBoundingClientRect();
  if (!element.classList.contains("flet-search-full")) {
    p.view.style.left = `${box.left}px`;
    p.view.style.top = `${box.top}px`;
    p.view.style.width = `${Math.max(box.width, 360)}px`;
  }
  p.viewInput.value = p.barInput.value;
  p.view.showModal();
  p.barInput.setAttribute("aria-expanded", "true");
  p.viewInput.focus();
}

function closeView(element: HTMLElement): void {
  const p = parts.get(element);
  if (!p?.view.open) return;
  p.view.close();
  p.barInput.setAttribute("aria-expanded", "false");
  p.barInput.value = p.viewInput.value;
  p.barInput.focus();
}

function wire(element: HTMLElement, p: Parts, ctx: RenderContext): void {
  const edited = (input: HTMLInputElement) => {
    const other = input === p.barInput ? p.viewInput : p.barInput;
    other.value = input.value;
    p.clear.hidden = input.value === "";
    ctx.send("change", input.value, { value: input.value });
  };
  for (const input of [p.barInput, p.viewInput]) {
    input.addEventListener("input", () => edited(input));
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.isComposing) {
        event.preventDefault();
        ctx.send("submit", input.value);
      }
    });
  }
  p.barInput.addEventListener("click", () => {
    if (isDisabled(p.barInput)) return;
    ctx.send("tap");
    openView(element);
  });
  p.barInput.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      openView(element);
    }
  });
  // In the view: Down from the field enters the suggestions, Up and Down move in them,
  // Up from the first one returns to the field.
  p.view.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const items = focusables(p.suggestions);
    if (items.length === 0) return;
    const active = items.findIndex((item) => item.contains(document.activeElement));
    const inField = document.activeElement === p.viewInput;
    if (!inField && active < 0) return;
    event.preventDefault();
    const next = event.key === "ArrowDown" ? (inField ? 0 : active + 1) : active - 1;
    if (next < 0) p.viewInput.focus();
    else items[Math.min(next, items.length - 1)]!.focus();
  });
  p.view.addEventListener("cancel", (event) => {
    event.preventDefault();
    closeView(element);
  });
  p.view.addEventListener("click", (event) => {
    if (event.target !== p.view) return;
    const box = p.view.getBoundingClientRect();
    const outside =
      event.clientX < box.left ||
      event.clientX > box.right ||
      event.clientY < box.top ||
      event.clientY > box.bottom;
    if (outside) closeView(element);
  });
  p.back.addEventListener("click", () => closeView(element));
  p.clear.addEventListener("click", () => {
    p.viewInput.value = "";
    edited(p.viewInput);
    p.viewInput.focus();
  });
}

function iconButton(icon: string, label: string): HTMLButtonElement {
  const button = h("button", "flet-search-icon-button", { type: "button", "aria-label": label });
  button.append(iconGlyph(icon));
  return button;
}

/**
 * Draws `searchbar`: the bar (leading control, a combobox field, trailing controls) and
 * its view (back button or `viewLeading`, the field, clear button or `viewTrailing`, a
 * divider, the suggestions). Tapping the bar, Down arrow in it, or the `openView` call opens
 * the view; Escape, the back button, a click outside or `closeView` closes it.
 */
export const searchBarRenderer: MaterialRenderer<HTMLElement> = {
  styles: SEARCH_BAR_CSS,
  create(ctx) {
    const element = h("div");
    fills(element, { x: true });
    const bar = element.appendChild(h("div", "flet-search-bar"));
    const barLead = bar.appendChild(h("span", "flet-search-slot"));
    const viewId = `flet-search-view-${ctx.id}`;
    const barInput = bar.appendChild(
      h("input", "flet-search-input", {
        type: "text",
        role: "combobox",
        "aria-haspopup": "dialog",
        "aria-expanded": "false",
        "aria-controls": viewId,
        autocomplete: "off",
      }),
    );
    const barTrail = bar.appendChild(h("span", "flet-search-slot"));
    const view = element.appendChild(h("dialog", "flet-search-view", { id: viewId }));
    const header = view.appendChild(h("div", "flet-search-header"));
    const viewLead = header.appendChild(h("span", "flet-search-slot"));
    const viewInput = header.appendChild(
      h("input", "flet-search-input", { type: "text", role: "searchbox", autocomplete: "off" }),
    );
    const viewTrail = header.appendChild(h("span", "flet-search-slot"));
    const divider = view.appendChild(h("div", "flet-search-divider", { role: "separator" }));
    const suggestions = view.appendChild(
      h("div", "flet-search-suggestions", { role: "group", "aria-label": "Suggestions" }),
    );
    const p: Parts = {
      bar,
      barLead,
      barInput,
      barTrail,
      view,
      viewLead,
      back: iconButton("arrow_back", "Back"),
      viewInput,
      viewTrail,
      clear: iconButton("close", "Clear"),
      divider,
      suggestions,
    };
    parts.set(element, p);
    wire(element, p, ctx);
    return element;
  },
  update(element, ctx) {
    const p = parts.get(element)!;
    const props = ctx.props;
    place(p.barLead, [ctx.child("barLeading")]);
    place(p.barTrail, ctx.children("barTrailing"));
    const viewLeading = ctx.child("viewLeading");
    place(p.viewLead, [viewLeading ?? p.back]);
    const viewTrailing = ctx.children("viewTrailing");
    place(p.viewTrail, viewTrailing.length > 0 ? viewTrailing : [p.clear]);
    place(p.suggestions, ctx.children("controls"));

    const value = typeof props.value === "string" ? props.value : "";
    for (const input of [p.barInput, p.viewInput]) if (input.value !== value) input.value = value;
    p.clear.hidden = value === "";
    const hint = typeof props.barHintText === "string" ? props.barHintText : "";
    const viewHint = typeof props.viewHintText === "string" ? props.viewHintText : hint;
    p.barInput.placeholder = hint;
    p.barInput.setAttribute("aria-label", hint || "Search");
    p.viewInput.placeholder = viewHint;
    p.viewInput.setAttribute("aria-label", viewHint || hint || "Search");
    p.view.setAttribute("aria-label", viewHint || hint || "Search");
    const capitalize =
      props.capitalization === "characters" ||
      props.capitalization === "words" ||
      props.capitalization === "sentences"
        ? props.capitalization
        : "off";
    p.barInput.autocapitalize = capitalize;
    p.viewInput.autocapitalize = capitalize;
    p.barInput.disabled = props.disabled === true;

    for (const [name, prop, state] of BAR_VARS)
      element.style.setProperty(name, stateColorCss(props[prop], state) ?? null);
    const full = props.fullScreen === true;
    element.classList.toggle("flet-search-full", full);
    const view = p.view.style;
    view.backgroundColor = cssColor(props.viewBgcolor) ?? "";
    view.boxShadow = full
      ? ""
      : elevationCss(typeof props.viewElevation === "number" ? props.viewElevation : 6);
    const side = props.viewSide as { width?: unknown; color?: unknown } | undefined;
    view.border =
      side && typeof side === "object"
        ? `${typeof side.width === "number" ? side.width : 1}px solid ${cssColor(side.color) ?? "var(--md-sys-color-outline)"}`
        : "";
    view.borderRadius = full ? "0" : shapeRadiusCss(props.viewShape);
    const header = textStyleCss(props.viewHeaderTextStyle);
    for (const name of TEXT) p.viewInput.style[name] = header[name] ?? "";
    const hintCss = textStyleCss(props.viewHintTextStyle);
    p.viewInput.style.setProperty("--sv-hint-color", hintCss.color ?? null);
    p.viewInput.style.setProperty("--sv-hint-size", hintCss.fontSize ?? null);
    p.viewInput.style.setProperty("--sv-hint-style", hintCss.fontStyle ?? null);
    p.viewInput.style.setProperty("--sv-hint-weight", hintCss.fontWeight ?? null);
    p.divider.style.backgroundColor = cssColor(props.dividerColor) ?? "";
  },
  methods: {
    openView(element) {
      openView(element);
      return true;
    },
    closeView(element, args) {
      const p = parts.get(element);
      if (p) {
        const text = typeof args.text === "string" ? args.text : "";
        p.viewInput.value = text;
        p.barInput.value = text;
      }
      closeView(element);
      return true;
    },
  },
};
