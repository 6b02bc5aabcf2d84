/**
 * `tabs` and `tab`: Material 3 primary tabs (`md-tabs`, `md-primary-tab`) and the
 * selected tab's content below them.
 * @module
 */
import { cssColor } from "flet-ts/browser";
import { radiusCss, sidesCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, type MdElement, num, place } from "./dom.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";
import { adoptShadowCss, setToken, stateColor } from "./state.js";

type TabElement = MdElement & { fletContent?: HTMLElement | undefined };
const TAB_CONTENT = "flet-tab-content";

/**
 * Draws `tab` as `md-primary-tab` (`role="tab"`): its text and icon, or `tabContent`.
 * Its `content` is kept on the element for the Tabs panel.
 */
export const tabRenderer: MaterialRenderer<TabElement> = {
  create: () => {
    need("tabs");
    return h("md-primary-tab") as TabElement;
  },
  update(tab, ctx) {
    const p = ctx.props;
    const custom = ctx.child("tabContent");
    let icon: HTMLElement | null = null;
    if (!custom && typeof p.icon === "string") {
      icon = iconGlyph(p.icon, tab.querySelector<HTMLElement>(":scope > [slot=icon]") ?? undefined);
      icon.slot = "icon";
    }
    tab.hasIcon = icon !== null;
    // Flet puts the icon beside the text (a Row), not above it.
    tab.inlineIcon = true;
    const text = custom ? null : document.createTextNode(String(p.text ?? ""));
    place(tab, [icon, custom ?? text]);
    const content = ctx.child("content");
    if (tab.fletContent !== content) {
      tab.fletContent = content;
      tab.dispatchEvent(new Event(TAB_CONTENT, { bubbles: true }));
    }
  },
};

function showPanel(wrapper: HTMLElement, tabs: MdElement, index: number): void {
  const panel = wrapper.lastElementChild as HTMLElement;
  // Material Web sets these roles through ElementInternals, which DOM-based tools
  // (axe-core, Playwright's role engine) do not read; mirroring them costs nothing.
  tabs.setAttribute("role", "tablist");
  [...tabs.children].forEach((tab, position) => {
    tab.setAttribute("role", "tab");
    tab.setAttribute("aria-selected", String(position === index));
  });
  const tab = tabs.children[index] as TabElement | undefined;
  place(panel, [tab?.fletContent]);
  if (tab) {
    tab.id ||= `${panel.id}-tab-${index}`;
    panel.setAttribute("aria-labelledby", tab.id);
  }
}

// What the Material Web tokens do not reach: the row's alignment (Flutter's
// TabAlignment) and the indicator's insets (`indicatorPadding`).
const TABS_CSS =
  ".tabs{justify-content:var(--flet-tabs-justify,space-between);padding-inline-start:var(--flet-tabs-offset,0);box-sizing:border-box}";
const TAB_CSS = ".indicator{margin:var(--flet-tab-indicator-inset,0)}";
const TAB = "--md-primary-tab";
const ACTIVE_STATES = ["active-", "active-hover-", "active-focus-", "active-pressed-"];
const STATES = ["", "hover-", "focus-", "pressed-"];

/** Flutter's TabAlignment: scrollable bars start 52px in, fixed ones fill the width. */
function alignTabs(tabs: MdElement, scrollable: boolean, alignment: unknown): void {
  const value = typeof alignment === "string" ? alignment : scrollable ? "startOffset" : "fill";
  const justify =
    value === "center"
      ? "center"
      : value === "fill" && !scrollable
        ? "space-between"
        : "flex-start";
  tabs.style.setProperty("--flet-tabs-justify", justify);
  tabs.style.setProperty("--flet-tabs-offset", value === "startOffset" ? "52px" : "0px");
  tabs.classList.toggle("flet-tabs-scrollable", scrollable || value !== "fill");
}

/** The colours, indicator and ink of every tab (Flutter's TabBar props). */
function styleTab(tab: MdElement, p: Record<string, unknown>): void {
  adoptShadowCss(tab, "flet-tab", TAB_CSS);
  const side = (typeof p.indicatorBorderSide === "object" && p.indicatorBorderSide) as
    | { width?: unknown; color?: unknown }
    | false;
  const indicator = cssColor(p.indicatorColor) ?? (side ? cssColor(side.color) : undefined);
  setToken(tab, `${TAB}-active-indicator-color`, indicator);
  setToken(tab, `${TAB}-active-indicator-height`, side ? `${num(side.width, 2)}px` : undefined);
  setToken(tab, `${TAB}-active-indicator-shape`, radiusCss(p.indicatorBorderRadius) || undefined);
  const inset = sidesCss(p.indicatorPadding);
  setToken(tab, "--flet-tab-indicator-inset", inset || undefined);
  tab.fullWidthIndicator = p.indicatorTabSize === true;
  const label = cssColor(p.labelColor);
  const unselected = cssColor(p.unselectedLabelColor);
  for (const state of ACTIVE_STATES) {
    setToken(tab, `${TAB}-${state}label-text-color`, label);
    setToken(tab, `${TAB}-${state}icon-color`, label);
  }
  for (const state of STATES) {
    setToken(tab, `${TAB}-${state}label-text-color`, unselected);
    setToken(tab, `${TAB}-${state}icon-color`, unselected);
  }
  for (const [state, token] of [
    ["hovered", "hover"],
    ["pressed", "pressed"],
  ] as const) {
    const ink = stateColor(p.overlayColor, state);
    setToken(tab, `${TAB}-${token}-state-layer-color`, ink);
    setToken(tab, `${TAB}-active-${token}-state-layer-color`, ink);
  }
}

/**
 * Draws `tabs`: `md-tabs` (`role="tablist"`; arrow keys move between tabs) above a
 * `role="tabpanel"` with the selected tab's content. Picking a tab sends `change` with
 * the new `selectedIndex`.
 */
export const tabsRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    need("tabs");
    const wrapper = h("div");
    const tabs = h("md-tabs") as MdElement;
    const panel = h("div", "flet-tabs-panel", { role: "tabpanel", id: `flet-tabpanel-${ctx.id}` });
    // A focusable panel lets keyboard users reach (and scroll) content without controls.
    panel.tabIndex = 0;
    wrapper.append(tabs, panel);
    tabs.addEventListener("change", () => {
      const index = Number(tabs.activeTabIndex);
      showPanel(wrapper, tabs, index);
      // Flutter's TabController animates the switch over `animationDuration` ms.
      const duration = num(ctx.props.animationDuration);
      if (duration) panel.animate([{ opacity: 0 }, { opacity: 1 }], { duration });
      if (index !== ctx.props.selectedIndex) ctx.send("change", index, { selectedIndex: index });
    });
    tabs.addEventListener(TAB_CONTENT, () =>
      showPanel(wrapper, tabs, Number(ctx.props.selectedIndex ?? 0)),
    );
    return wrapper;
  },
  update(wrapper, ctx) {
    const tabs = wrapper.firstElementChild as MdElement;
    const items = ctx.children("tabs") as TabElement[];
    const p = ctx.props;
    place(tabs, items);
    adoptShadowCss(tabs, "flet-tabs", TABS_CSS);
    alignTabs(tabs, p.scrollable !== false, p.tabAlignment);
    setToken(tabs, "--md-divider-color", cssColor(p.dividerColor));
    setToken(
      wrapper,
      "--flet-tabs-animation-duration",
      typeof p.animationDuration === "number" ? `${p.animationDuration}ms` : undefined,
    );
    for (const tab of items) styleTab(tab, p);
    const index = typeof ctx.props.selectedIndex === "number" ? ctx.props.selectedIndex : 0;
    items.forEach((tab, position) => {
      tab.active = position === index;
      tab.setAttribute("aria-controls", `flet-tabpanel-${ctx.id}`);
    });
    if (tabs.activeTabIndex !== index) tabs.activeTabIndex = index;
    showPanel(wrapper, tabs, index);
  },
};
