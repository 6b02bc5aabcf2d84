/**
 * `listtile`: a Material 3 list item with leading, title, subtitle and trailing parts.
 * @module
 */

import { cssColor, focusable, isDisabled, openUrl } from "flet-ts/browser";
import { sidesCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, isActivation, place } from "./dom.js";
import { need } from "./lazy.js";

const LONG_PRESS_MS = 500;
/** The inputs a tile with `toggleInputs` toggles when it is clicked (Flutter's ListTileClicks). */
const INPUTS = ["flet-checkbox", "flet-radio", "flet-switch"];

/** Clicks the first checkbox, radio or switch in the tile's leading or trailing part. */
function toggleInput(tile: HTMLElement): void {
  const selector = INPUTS.map((name) => `:scope > :not(.flet-listtile-text) .${name}`).join(",");
  const input = tile.querySelector<HTMLElement>(selector);
  const target =
    input?.querySelector<HTMLElement>("input, [role=checkbox], [role=radio], [role=switch]") ??
    input;
  target?.click();
}

/**
 * Draws `listtile`. With `onClick`, `onLongPress` or `toggleInputs` it is a focusable
 * `role="button"` with a ripple (Enter/Space click it), with `url` a `role="link"`;
 * `selected` colours it primary
 * and sets `aria-current`.
 */
export const listTileRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    const tile = h("div");
    const text = h("div", "flet-listtile-text");
    text.append(h("div", "flet-listtile-title"), h("div", "flet-listtile-subtitle"));
    tile.append(h("div", "flet-listtile-leading"), text, h("div", "flet-listtile-trailing"));
    let timer: ReturnType<typeof setTimeout> | undefined;
    let longPressed = false;
    tile.addEventListener("click", (event) => {
      if (longPressed || isDisabled(tile) || !tile.classList.contains("flet-clickable")) return;
      // A click on the tile's own checkbox, radio or switch is that input's, as in Flutter.
      if ((event.target as Element).closest(`.${INPUTS.join(",.")}`)) return;
      if (ctx.props.toggleInputs === true) toggleInput(tile);
      if (ctx.props.onClick === true) ctx.send("click");
      if (typeof ctx.props.url === "string")
        openUrl(ctx.props.url, String(ctx.props.urlTarget ?? "_blank"));
    });
    tile.addEventListener("keydown", (event) => {
      if (event.target === tile && isActivation(event)) {
        event.preventDefault();
        tile.click();
      }
    });
    tile.addEventListener("pointerdown", () => {
      longPressed = false;
      if (!ctx.listens("longPress")) return;
      timer = setTimeout(() => {
        longPressed = true;
        ctx.send("longPress");
      }, LONG_PRESS_MS);
    });
    for (const type of ["pointerup", "pointerleave"])
      tile.addEventListener(type, () => clearTimeout(timer));
    return tile;
  },
  update(tile, ctx) {
    const p = ctx.props;
    const leading = tile.querySelector<HTMLElement>(":scope > .flet-listtile-leading")!;
    const text = tile.querySelector<HTMLElement>(":scope > .flet-listtile-text")!;
    const trailing = tile.querySelector<HTMLElement>(":scope > .flet-listtile-trailing")!;
    const [title, subtitle] = [...text.children] as HTMLElement[];
    place(leading, [ctx.child("leading")]);
    place(title!, [ctx.child("title")]);
    const sub = ctx.child("subtitle");
    place(subtitle!, [sub]);
    place(trailing, [ctx.child("trailing")]);
    leading.hidden = !ctx.child("leading");
    trailing.hidden = !ctx.child("trailing");
    subtitle!.hidden = !sub;
    tile.classList.toggle("flet-two-line", !!sub && p.isThreeLine !== true);
    tile.classList.toggle("flet-three-line", p.isThreeLine === true);
    tile.classList.toggle("flet-dense", p.dense === true);
    tile.classList.toggle("flet-selected", p.selected === true);
    if (p.selected === true) tile.setAttribute("aria-current", "true");
    else tile.removeAttribute("aria-current");
    tile.style.padding = sidesCss(p.contentPadding);
    tile.style.backgroundColor = cssColor(p.bgcolor) ?? "";
    // Flutter's splashColor and hoverColor, painted as given (the ripple inherits them).
    ink(tile, "pressed", cssColor(p.bgcolorActivated));
    ink(tile, "hover", cssColor(p.hoverColor));
    if (p.autofocus === true) tile.setAttribute("autofocus", "");
    else tile.removeAttribute("autofocus");
    const clickable =
      p.onClick === true ||
      p.onLongPress === true ||
      typeof p.url === "string" ||
      p.toggleInputs === true;
    tile.classList.toggle("flet-clickable", clickable);
    const decorations: HTMLElement[] = [];
    if (clickable) {
      need("ripple");
      // A tile that opens a url is a link to assistive technology, as an <a> would be.
      tile.setAttribute("role", typeof p.url === "string" ? "link" : "button");
      decorations.push(
        tile.querySelector<HTMLElement>(":scope > md-ripple") ?? h("md-ripple"),
        tile.querySelector<HTMLElement>(":scope > md-focus-ring") ??
          h("md-focus-ring", "", { inward: "" }),
      );
      focusable(tile, p.disabled === true, (disabled) => {
        tile.tabIndex = disabled ? -1 : 0;
      });
      if (p.autofocus === true && !tile.dataset.autofocused && !isDisabled(tile)) {
        tile.dataset.autofocused = "";
        requestAnimationFrame(() => tile.focus());
      }
    } else {
      tile.removeAttribute("role");
      tile.removeAttribute("tabindex");
    }
    place(tile, [...decorations, leading, text, trailing]);
  },
};

/** Sets the ripple's `state` colour (at full strength, as Flutter paints it), or clears it. */
function ink(tile: HTMLElement, state: "pressed" | "hover", color: string | undefined): void {
  if (color) {
    tile.style.setProperty(`--md-ripple-${state}-color`, color);
    tile.style.setProperty(`--md-ripple-${state}-opacity`, "1");
  } else {
    tile.style.removeProperty(`--md-ripple-${state}-color`);
    tile.style.removeProperty(`--md-ripple-${state}-opacity`);
  }
}
