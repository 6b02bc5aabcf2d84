/**
 * `cupertinolisttile`: an iOS table row (`ListTile` in adaptive mode).
 * @module
 */
import { cssColor, cssSides, openUrl, type RenderContext, type Renderer } from "flet-ts/browser";
import { isOff } from "./define.js";
import { el, isPress, num, put, textOf } from "./dom.js";

type Tile = HTMLDivElement & {
  lead: HTMLElement;
  body: HTMLElement;
  info: HTMLElement;
  trail: HTMLElement;
};

function clickable(ctx: RenderContext): boolean {
  return (
    ctx.listens("click") || typeof ctx.props.url === "string" || ctx.props.toggleInputs === true
  );
}

function activate(tile: Tile, ctx: RenderContext): void {
  if (isOff(tile)) return;
  if (ctx.props.toggleInputs === true) {
    tile
      .querySelector<HTMLElement>(
        "[role=switch],[role=checkbox],[role=radio],md-switch,md-checkbox,md-radio",
      )
      ?.click();
  }
  ctx.send("click");
  if (typeof ctx.props.url === "string")
    openUrl(ctx.props.url, String(ctx.props.urlTarget ?? "_blank"));
}

/**
 * Draws `cupertinolisttile`: leading, title and subtitle, additional info, trailing; a
 * `role="button"` (focusable, Enter/Space) when it reacts to clicks.
 *
 * @example
 * ```ts
 * cupertino("cupertinolisttile", listTileRenderer);
 * ```
 */
export const listTileRenderer: Renderer<Tile> = {
  create(ctx) {
    const tile = el("div", "cu-tile") as Tile;
    tile.lead = el("div", "cu-tile-lead");
    tile.body = el("div", "cu-tile-text");
    tile.info = el("div", "cu-tile-info");
    tile.trail = el("div", "cu-tile-trail");
    tile.append(tile.lead, tile.body, tile.info, tile.trail);
    tile.addEventListener("click", (event) => {
      if (!clickable(ctx)) return;
      if (
        (event.target as HTMLElement).closest(
          "button,[role=switch],[role=checkbox],[role=radio]",
        ) &&
        event.target !== tile
      )
        return;
      activate(tile, ctx);
    });
    tile.addEventListener("keydown", (event) => {
      if (event.target === tile && isPress(event) && clickable(ctx)) {
        event.preventDefault();
        activate(tile, ctx);
      }
    });
    return tile;
  },
  update(tile, ctx) {
    const p = ctx.props;
    const title = ctx.child("title");
    const subtitle = ctx.child("subtitle");
    subtitle?.classList.add("cu-tile-sub");
    put(tile.lead, [ctx.child("leading")]);
    put(tile.body, [title, subtitle]);
    put(tile.info, [ctx.child("additionalInfo")]);
    put(tile.trail, [ctx.child("trailing")]);
    tile.lead.hidden = !ctx.child("leading");
    const size = num(p.leadingSize, p.notched === true ? 30 : 28);
    tile.lead.style.minWidth = `${size}px`;
    tile.style.setProperty("--cu-gap", `${num(p.leadingToTitle, p.notched === true ? 12 : 16)}px`);
    const pad = cssSides(p.padding ?? p.contentPadding);
    if (pad) tile.style.setProperty("--cu-pad", pad);
    else tile.style.removeProperty("--cu-pad");
    tile.classList.toggle("cu-notched", p.notched === true);
    const on = clickable(ctx);
    tile.classList.toggle("cu-clickable", on);
    if (on) {
      tile.setAttribute("role", "button");
      tile.tabIndex = p.disabled === true ? -1 : 0;
      tile.setAttribute("aria-label", textOf(title) || textOf(tile.body));
    } else {
      tile.removeAttribute("role");
      tile.removeAttribute("tabindex");
      tile.removeAttribute("aria-label");
    }
    for (const [name, value] of [
      ["--cu-tilebg", p.bgcolor],
      ["--cu-tileact", p.bgcolorActivated],
    ] as const) {
      const css = cssColor(value);
      if (css) tile.style.setProperty(name, css);
      else tile.style.removeProperty(name);
    }
  },
};
