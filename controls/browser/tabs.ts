/**
 * `tabs` and `tab`: Material 3 primary tabs (`md-tabs`, `md-primary-tab`) and the
 * selected tab's content below them.
 * @module
 */
import type { MaterialRenderer } from "./define.js";
import { h, type MdElement, place } from "./dom.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";

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
    place(tabs, items);
    const index = typeof ctx.props.selectedIndex === "number" ? ctx.props.selectedIndex : 0;
    items.forEach((tab, position) => {
      tab.active = position === index;
      tab.setAttribute("aria-controls", `flet-tabpanel-${ctx.id}`);
    });
    if (tabs.activeTabIndex !== index) tabs.activeTabIndex = index;
    showPanel(wrapper, tabs, index);
  },
};
