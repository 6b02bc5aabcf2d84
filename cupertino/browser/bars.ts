/**
 * `cupertinoappbar` (the iOS navigation bar) and `cupertinonavigationbar` (the tab bar).
 * Both accept the Material twins' props in adaptive mode (`title`, `actions`).
 * @module
 */
import { cssColor, cssSides, popView, type RenderContext, type Renderer } from "flet-ts/browser";
import { el, glyph, num, put, str } from "./dom.js";

type Bar = HTMLElement & { parts: HTMLElement[]; back: HTMLButtonElement; menu: HTMLButtonElement };

type Side = { width?: number; color?: string } | undefined;

/** One side of a Flet Border as CSS (`none` for a zero width). */
function sideCss(side: Side): string {
  if (side === undefined) return "";
  const width = typeof side.width === "number" ? side.width : 1;
  return width <= 0 ? "none" : `${width}px solid ${cssColor(side.color) ?? "var(--cu-sep)"}`;
}

/**
 * Draws a Flet Border over the bar's default hairline on `hairline` side: a side the
 * border leaves out has none, as a Flutter Border replacing the default one.
 */
function drawBorder(bar: HTMLElement, value: unknown, hairline: "top" | "bottom"): void {
  const border = value as Record<"left" | "top" | "right" | "bottom", Side> | undefined;
  bar.style.borderLeft = sideCss(border?.left);
  bar.style.borderRight = sideCss(border?.right);
  bar.style.borderTop = sideCss(border?.top) || (border && hairline === "top" ? "none" : "");
  bar.style.borderBottom =
    sideCss(border?.bottom) || (border && hairline === "bottom" ? "none" : "");
}

/**
 * The buttons the bar shows on its own when it has no `leading`: a chevron Back (with
 * `previousPageTitle`) while its view sits above another one, as Flutter's
 * CupertinoNavigationBar; a menu button when its view has a drawer and cannot go back.
 * CSS shows each only then (`data-flet-can-pop`, `data-flet-drawer` on the view).
 */
function impliedButtons(bar: Bar): void {
  bar.back = el("button", "cu-bar-back", { type: "button" });
  bar.back.addEventListener("click", () => popView());
  bar.menu = el("button", "cu-bar-menu", { type: "button", "aria-label": "Open navigation menu" });
  bar.menu.append(glyph("cupertino_bars"));
  bar.menu.addEventListener("click", () => {
    const view = bar.closest(".flet-view");
    view
      ?.querySelector<HTMLElement>(':scope > [data-flet-side="start"]')
      ?.dispatchEvent(new CustomEvent("flet-drawer-open"));
  });
}

/**
 * Draws `cupertinoappbar` as a `role="banner"`-less header: leading (or the implied back
 * or menu button), centred middle (`title` of a Material AppBar, else the page title) and
 * trailing (or a Material AppBar's `actions`).
 *
 * @example
 * ```ts
 * cupertino("cupertinoappbar", appBarRenderer);
 * ```
 */
export const appBarRenderer: Renderer<Bar> = {
  create() {
    const bar = el("header", "cu-bar") as Bar;
    bar.parts = [
      el("div", "cu-bar-side"),
      el("div", "cu-bar-middle", { role: "heading", "aria-level": "1" }),
      el("div", "cu-bar-side cu-end"),
    ];
    bar.append(...bar.parts);
    impliedButtons(bar);
    return bar;
  },
  update(bar, ctx) {
    const p = ctx.props;
    const [leading, middle, trailing] = bar.parts as [HTMLElement, HTMLElement, HTMLElement];
    const own = ctx.child("leading");
    const imply = own === undefined && p.automaticallyImplyLeading !== false;
    put(leading, own ? [own] : imply ? [bar.back, bar.menu] : []);
    // Flutter's back label: the previous title, "Back" when longer than 12 characters.
    const previous = str(p.previousPageTitle);
    const label = previous.length > 12 ? "Back" : previous;
    const chevron = bar.back.querySelector(".cu-glyph") ?? glyph("cupertino_back");
    const text = bar.back.querySelector("span:not(.cu-glyph)") ?? el("span");
    text.textContent = label;
    put(bar.back, label ? [chevron, text] : [chevron]);
    bar.back.setAttribute("aria-label", label || "Back");
    // Flutter implies the route's title; a page's route here is the page: its title.
    const title = ctx.child("middle") ?? ctx.child("title");
    let impliedTitle: HTMLElement | null = null;
    if (!title && p.automaticallyImplyMiddle !== false) {
      impliedTitle =
        middle.querySelector<HTMLElement>(":scope > .cu-bar-title") ?? el("span", "cu-bar-title");
      impliedTitle.textContent = document.title;
    }
    put(middle, [title ?? impliedTitle]);
    put(trailing, ctx.child("trailing") ? [ctx.child("trailing")] : ctx.children("actions"));
    const bg = cssColor(p.bgcolor);
    if (bg) bar.style.setProperty("--cu-barbg", bg);
    else bar.style.removeProperty("--cu-barbg");
    bar.style.padding = cssSides(p.padding) ?? "";
    drawBorder(bar, p.border, "bottom");
  },
};

function wireTabs(bar: HTMLElement, ctx: RenderContext): void {
  bar.addEventListener("click", (event) => {
    const tab = (event.target as HTMLElement).closest<HTMLElement>("[role=tab]");
    if (!tab || bar.closest(".cu-disabled,.flet-disabled")) return;
    const index = Number(tab.dataset.index);
    if (index !== num(ctx.props.selectedIndex, 0))
      ctx.send("change", index, { selectedIndex: index });
  });
  bar.addEventListener("keydown", (event) => {
    const dir = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!dir) return;
    const count = ctx.childIds("destinations").length;
    const index = (num(ctx.props.selectedIndex, 0) + dir + count) % count;
    ctx.send("change", index, { selectedIndex: index });
    requestAnimationFrame(() => bar.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus());
  });
}

/**
 * Draws `cupertinonavigationbar` as a `role="tablist"` of icon-and-label tabs built from
 * the destinations' props; picking one sends `change` with the two-way `selectedIndex`.
 *
 * @example
 * ```ts
 * cupertino("cupertinonavigationbar", navigationBarRenderer);
 * ```
 */
export const navigationBarRenderer: Renderer<HTMLElement> = {
  create(ctx) {
    const bar = el("nav", "cu-tabs", { role: "tablist", "aria-label": "Tabs" });
    wireTabs(bar, ctx);
    return bar;
  },
  update(bar, ctx) {
    const p = ctx.props;
    const selected = num(p.selectedIndex, 0);
    const tabs = ctx.childIds("destinations").map((id, index) => {
      const d = ctx.propsOf(id) ?? {};
      let tab = bar.querySelector<HTMLButtonElement>(`:scope > [data-index="${index}"]`);
      tab ??= el("button", "", { type: "button", role: "tab", "data-index": String(index) });
      const icon =
        index === selected && typeof d.selectedIcon === "string" ? d.selectedIcon : d.icon;
      const label = el("span");
      label.textContent = str(d.label);
      const g = glyph(typeof icon === "string" ? icon : "circle");
      g.style.fontSize = `${num(p.iconSize, 30) - 4}px`;
      tab.replaceChildren(g, label);
      tab.setAttribute("aria-selected", String(index === selected));
      tab.tabIndex = index === selected ? 0 : -1;
      return tab;
    });
    put(bar, tabs);
    drawBorder(bar, p.border, "top");
    for (const [name, value] of [
      ["--cu-barbg", p.bgcolor],
      ["--cu-active", p.activeColor ?? p.indicatorColor],
      ["--cu-inactive", p.inactiveColor],
    ] as const) {
      const css = cssColor(value);
      if (css) bar.style.setProperty(name, css);
      else bar.style.removeProperty(name);
    }
  },
};
