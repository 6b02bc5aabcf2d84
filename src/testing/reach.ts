/**
 * What a user can reach in the tester, as in the browser: not hidden, disabled or inside
 * a closed overlay; what a tap on a navigation destination does; which control has
 * `autofocus`.
 * @module
 */
import type { Control } from "../core/control.js";
import { compiledSchemaOf } from "../core/schema.js";
import { closed } from "./closed.js";
import { inClosedSubmenu, inertMenu, isSubmenu } from "./menus.js";
import { behindModal, isOpenModal } from "./modal.js";
import { isPicker } from "./pickers.js";

/**
 * The control (itself or an ancestor) that is hidden, disabled or closed (a dialog, sheet,
 * drawer or banner whose `open` is false; a collapsed ExpansionTile for its `controls`; a
 * popup menu button or a SubmenuButton for its items while its menu is not in `openMenus`;
 * a MenuItemButton without `onClick`, a SubmenuButton without controls; a search bar for
 * its view's controls while its view is not in `openMenus`; the page for what its
 * `splash` covers; a Pagelet for its parts other than its drawers while one of them is
 * open), if any; else the open modal overlay (dialog, sheet, picker, a view's drawer)
 * that covers it, as the browser makes the page behind an open `<dialog>` inert.
 * {@link whyUnreachable} says which.
 */
export function interactive(
  control: Control,
  openMenus: ReadonlySet<string> = new Set(),
): Control | undefined {
  let below: Control | undefined;
  for (let node: Control | undefined = control; node !== undefined; node = node.parent) {
    if (node.visible === false || node.disabled === true || closed(node)) return node;
    if (inertMenu(node) !== undefined) return node;
    if (below !== undefined && inClosedSubmenu(node, below, openMenus)) return node;
    if (below !== undefined && collapsedOver(node, below)) return node;
    if (below !== undefined && isMenu(node) && !openMenus.has(node.uid ?? "")) return node;
    if (below !== undefined && inClosedView(node, below, openMenus)) return node;
    if (below !== undefined && underSplash(node, below)) return node;
    if (below !== undefined && behindOpenDrawer(node, below)) return node;
    below = node;
  }
  return behindModal(control);
}

/** The page's splash, while it shows: everything of the page but the splash is under it. */
function splashOf(control: Control): Control | undefined {
  if (compiledSchemaOf(control.constructor).type !== "page") return undefined;
  const splash = (control as unknown as { splash?: Control }).splash;
  return splash !== undefined && splash.visible !== false ? splash : undefined;
}

/** `child` of the page is covered by the page's splash (the browser makes it inert). */
function underSplash(page: Control, child: Control): boolean {
  const splash = splashOf(page);
  return splash !== undefined && splash !== child;
}

/** The slots of a Pagelet that hold its drawers. */
const DRAWER_SLOTS = ["drawer", "endDrawer"] as const;

/**
 * A Pagelet whose drawer is open: its other parts (`child` is one) are inert behind the
 * drawer's scrim until it closes, as in the browser (the page around it stays usable).
 */
function behindOpenDrawer(pagelet: Control, child: Control): boolean {
  if (compiledSchemaOf(pagelet.constructor).type !== "pagelet") return false;
  const slots = pagelet as unknown as Record<string, Control | undefined>;
  const drawers = DRAWER_SLOTS.map((slot) => slots[slot]);
  if (drawers.includes(child)) return false;
  return drawers.some((drawer) => drawer !== undefined && !closed(drawer));
}

/** A popup menu button: its `items` are in a menu that only the user opens. */
function isMenu(control: Control): boolean {
  return compiledSchemaOf(control.constructor).type === "popupmenubutton";
}

/** The slots of a search bar that are in its view. */
const VIEW_SLOTS = ["controls", "viewLeading", "viewTrailing"] as const;

/** A search bar: `child` is in its view, which is not open (tap the bar or `openView()`). */
function inClosedView(bar: Control, child: Control, openMenus: ReadonlySet<string>): boolean {
  if (!isSearchBar(bar) || openMenus.has(bar.uid ?? "")) return false;
  const slots = bar as unknown as Record<string, unknown>;
  return VIEW_SLOTS.some((slot) => {
    const value = slots[slot];
    return Array.isArray(value) ? value.includes(child) : value === child;
  });
}

function isSearchBar(control: Control): boolean {
  return compiledSchemaOf(control.constructor).type === "searchbar";
}

/**
 * What a tap on a popup menu button, or on an entry of its menu, does to the open menus
 * (as in the browser, where menus open without telling the server): a tap on the button
 * opens its menu, or closes an open one (`cancelled`); a picked entry closes its menu.
 * Returns the button whose menu a tap on it closed, for the tester to send `cancelled`.
 */
export function tapMenus(tapped: Control, openMenus: Set<string>): Control | undefined {
  // A tap on a search bar opens its view (closed again by the app's closeView()).
  if (isSearchBar(tapped)) openMenus.add(tapped.uid ?? "");
  if (isMenu(tapped)) {
    const id = tapped.uid ?? "";
    if (!openMenus.delete(id)) {
      openMenus.add(id);
      return undefined;
    }
    return tapped;
  }
  const menu = tapped.parent;
  if (menu && isMenu(menu)) openMenus.delete(menu.uid ?? "");
  return undefined;
}

/** Why `blocker` (from {@link interactive}) keeps a user away: hidden, disabled, closed or collapsed. */
export function whyUnreachable(blocker: Control): string {
  if (blocker.visible === false) return "hidden";
  if (blocker.disabled === true) return "disabled";
  if (isOpenModal(blocker))
    return "an open modal overlay that covers it (the page behind is inert: close or dismiss it first)";
  const inert = inertMenu(blocker);
  if (inert) return inert;
  if (isMenu(blocker) || isSubmenu(blocker))
    return "a menu button whose menu is not open (tap the button first)";
  if (isSearchBar(blocker)) return "a search bar whose view is not open (tap the bar first)";
  if (isPicker(blocker))
    return "a picker whose dialog is not open (the app opens it: pickDate(), pickTime())";
  if (splashOf(blocker)) return "covered by its splash (page.splash; set it to undefined first)";
  if (compiledSchemaOf(blocker.constructor).type === "pagelet")
    return "behind the open drawer of a Pagelet (close the drawer first)";
  return expandable(blocker) ? "collapsed" : "closed";
}

/** A control that shows its `controls` only while its two-way `expanded` is true. */
function expandable(control: Control): boolean {
  const expanded = compiledSchemaOf(control.constructor).propsByName.get("expanded");
  return expanded?.kind === "boolean" && expanded.twoWay === true;
}

/** What an expandable control shows only while expanded: its `controls`, or its `content`. */
function hiddenWhenCollapsed(control: Control, child: Control): boolean {
  const { controls, content } = control as unknown as { controls?: Control[]; content?: Control };
  return (Array.isArray(controls) && controls.includes(child)) || content === child;
}

function collapsedOver(control: Control, child: Control): boolean {
  if (!expandable(control) || (control as unknown as { expanded?: unknown }).expanded === true)
    return false;
  return hiddenWhenCollapsed(control, child);
}

/**
 * What a tap that reaches an expandable control (an ExpansionTile, an ExpansionPanel) from
 * `from` does: the new `expanded` when it came through the header (a tile's title,
 * subtitle, leading or trailing; a panel's header only with `canTapHeader`) or the
 * control itself (a panel's expand button); undefined when it came from what expanding
 * shows.
 */
function expansionToggle(control: Control, from: Control | undefined): boolean | undefined {
  if (!expandable(control) || !compiledSchemaOf(control.constructor).eventsByName.has("change"))
    return undefined;
  if (from !== undefined) {
    if (hiddenWhenCollapsed(control, from)) return undefined;
    const panel = control as unknown as { header?: Control; canTapHeader?: boolean };
    if (panel.header === from && panel.canTapHeader !== true) return undefined;
  }
  return (control as unknown as { expanded?: unknown }).expanded !== true;
}

/** A panel's list and index: the list reports a toggled panel by its index (`change`). */
function panelOf(control: Control): { list: Control; index: number } | undefined {
  const list = control.parent;
  if (!list || compiledSchemaOf(list.constructor).type !== "expansionpanellist") return;
  const panels = (list as unknown as { controls: Control[] }).controls;
  return { list, index: panels.indexOf(control) };
}

/**
 * A destination of a navigation bar, rail or drawer, and its index among its parent's
 * destinations: a tap on it picks it (`change` with `selectedIndex`), as a click does.
 */
function destinationOf(control: Control): { bar: Control; index: number } | undefined {
  const bar = control.parent;
  if (!bar || !compiledSchemaOf(control.constructor).type.endsWith("destination")) return;
  const schema = compiledSchemaOf(bar.constructor);
  if (!schema.propsByName.get("selectedIndex")?.twoWay || !schema.eventsByName.has("change"))
    return;
  const destinations = schema.slots
    .filter((slot) => slot.list)
    .flatMap((slot) => (bar as unknown as Record<string, Control[] | undefined>)[slot.name] ?? [])
    .filter((child) => compiledSchemaOf(child.constructor).type.endsWith("destination"));
  return { bar, index: destinations.indexOf(control) };
}

export function autofocused(control: Control): boolean {
  return (control as unknown as { autofocus?: unknown }).autofocus === true;
}

/**
 * What a tap on a segment of a SegmentedButton does, as in the browser: the button's new
 * selection (the segment alone, or toggled in a multiple selection), or `null` when the
 * change is not allowed (the last selected segment without `allowEmptySelection`).
 */
function segmentChoice(
  control: Control,
): { button: Control; selected: string[] | null } | undefined {
  const button = control.parent;
  if (compiledSchemaOf(control.constructor).type !== "segment" || !button) return undefined;
  const p = button as unknown as {
    selected?: string[];
    allowMultipleSelection?: boolean;
    allowEmptySelection?: boolean;
  };
  const value = (control as unknown as { value?: string }).value ?? "";
  const before = p.selected ?? [];
  const chosen = before.includes(value);
  let after: string[];
  if (p.allowMultipleSelection === true)
    after = chosen ? before.filter((v) => v !== value) : [...before, value];
  else after = chosen ? [] : [value];
  return { button, selected: after.length === 0 && p.allowEmptySelection !== true ? null : after };
}

/**
 * Events that report a boolean `selected` toggled by a tap: a Chip's (two-way, so the
 * browser sets it too) and a DataRow's (the app sets it in its handler).
 */
const SELECT_EVENTS: Readonly<Record<string, string>> = {
  select: "onSelect",
  selectChanged: "onSelectChanged",
};

/** A selectable control that listens for its selection: the toggle a tap sends. */
function selectionToggle(control: Control): TapSend | undefined {
  const schema = compiledSchemaOf(control.constructor);
  const selected = schema.propsByName.get("selected");
  if (selected?.kind !== "boolean") return undefined;
  for (const [name, handler] of Object.entries(SELECT_EVENTS)) {
    if (!schema.eventsByName.has(name)) continue;
    if (typeof (control as unknown as Record<string, unknown>)[handler] !== "function") continue;
    const next = (control as unknown as { selected?: boolean }).selected !== true;
    const props = selected.twoWay ? { selected: next } : undefined;
    return { target: control, name, data: next, ...(props && { props }) };
  }
  return undefined;
}

/** An event a tap makes the browser send. */
export interface TapSend {
  readonly target: Control;
  readonly name: string;
  readonly data?: unknown;
  readonly props?: Record<string, unknown>;
}

/**
 * The events a tap on `control` (reached from its child `from`) sends when it is one of the
 * richer controls: an expandable tile or panel (and a panel's list), a segment, a
 * selectable chip or data row, a navigation destination. An empty list: the tap does nothing (a change the control does
 * not allow). Undefined: not one of these.
 */
export function tapSends(control: Control, from: Control | undefined): TapSend[] | undefined {
  const expanded = expansionToggle(control, from);
  if (expanded !== undefined) {
    const sends: TapSend[] = [
      { target: control, name: "change", data: expanded, props: { expanded } },
    ];
    const panel = panelOf(control);
    if (panel) sends.push({ target: panel.list, name: "change", data: panel.index });
    return sends;
  }
  const segment = segmentChoice(control);
  if (segment) {
    const { button, selected } = segment;
    return selected === null
      ? []
      : [{ target: button, name: "change", data: selected, props: { selected } }];
  }
  const toggled = selectionToggle(control);
  if (toggled) return [toggled];
  const destination = destinationOf(control);
  if (destination) {
    const { bar, index } = destination;
    return [{ target: bar, name: "change", data: index, props: { selectedIndex: index } }];
  }
  return undefined;
}
