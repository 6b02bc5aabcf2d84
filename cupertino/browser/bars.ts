/**
 * `cupertinoappbar` (the iOS navigation bar) and `cupertinonavigationbar` (the tab bar).
 * Both accept the Material twins' props in adaptive mode (`title`, `actions`).
 * @module
 */
import { cssColor, cssSides, type RenderContext, type Renderer } from "flet-ts/browser";
import { el, glyph, num, put, str } from "./dom.js";

type Bar = HTMLElement & { parts: HTMLElement[] };

/**
 * Draws `cupertinoappbar` as a `role="banner"`-less header: leading, centred middle
 * (`title` of a Material AppBar) and trailing (or a Material AppBar's `actions`).
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
    return bar;
  },
  update(bar, ctx) {
    const p = ctx.props;
    const [leading, middle, trailing] = bar.parts as [HTMLElement, HTMLElement, HTMLElement];
    put(leading, [ctx.child("leading")]);
    put(middle, [ctx.child("middle") ?? ctx.child("title")]);
    put(trailing, ctx.child("trailing") ? [ctx.child("trailing")] : ctx.children("actions"));
    const bg = cssColor(p.bgcolor);
    if (bg) bar.style.setProperty("--cu-barbg", bg);
    else bar.style.removeProperty("--cu-barbg");
    bar.style.padding = cssSides(p.padding) ?? "";
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
