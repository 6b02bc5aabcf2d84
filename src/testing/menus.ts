/**
 * The MenuBar family in the tester, as in the browser: a SubmenuButton's `controls` are
 * reachable only while its menu is open (a tap on it opens it, and closes the other open
 * menus beside it; a second tap closes it); a picked MenuItemButton closes every menu it
 * is in (`closeOnClick`); as in Flutter, a MenuItemButton without `onClick` and a
 * SubmenuButton without `controls` are disabled. Open menus are kept, by id, in the same
 * set as the popup menus (`MemoryBrowser.openMenus`).
 * @module
 */
import type { Control } from "../core/control.js";
import { compiledSchemaOf } from "../core/schema.js";

const typeOf = (control: Control): string => compiledSchemaOf(control.constructor).type;
const entriesOf = (control: Control): Control[] =>
  (control as unknown as { controls?: Control[] }).controls ?? [];
const hasHandler = (control: Control, handler: string): boolean =>
  typeof (control as unknown as Record<string, unknown>)[handler] === "function";

export function isSubmenu(control: Control): boolean {
  return typeOf(control) === "submenubutton";
}

/** `child` is an entry of the SubmenuButton `node`, whose menu is not open. */
export function inClosedSubmenu(
  node: Control,
  child: Control,
  openMenus: ReadonlySet<string>,
): boolean {
  return isSubmenu(node) && !openMenus.has(node.uid ?? "") && entriesOf(node).includes(child);
}

/** Why a menu control is disabled by what it lacks (as Flutter draws it), if it is. */
export function inertMenu(control: Control): string | undefined {
  const type = typeOf(control);
  if (type === "menuitembutton" && !hasHandler(control, "onClick"))
    return "a MenuItemButton without onClick, which is disabled (as in Flutter)";
  if (type === "submenubutton" && entriesOf(control).length === 0)
    return "a SubmenuButton without controls, which is disabled (as in Flutter)";
  return undefined;
}

/** A menu event the browser sends when a menu opens or closes (only to a listener). */
export interface MenuSend {
  readonly target: Control;
  readonly name: "open" | "close";
}

/** Closes `submenu`'s menu and its open descendants, innermost first. */
function close(submenu: Control, openMenus: Set<string>, sends: MenuSend[]): void {
  if (!openMenus.has(submenu.uid ?? "")) return;
  for (const entry of entriesOf(submenu)) if (isSubmenu(entry)) close(entry, openMenus, sends);
  openMenus.delete(submenu.uid ?? "");
  if (hasHandler(submenu, "onClose")) sends.push({ target: submenu, name: "close" });
}

/**
 * What a tap on a SubmenuButton does to the open menus: closes its open menu, or opens it
 * after closing the open menus of its siblings (in its bar or menu). Undefined for other
 * controls.
 */
export function tapSubmenu(tapped: Control, openMenus: Set<string>): MenuSend[] | undefined {
  if (!isSubmenu(tapped)) return undefined;
  const sends: MenuSend[] = [];
  if (openMenus.has(tapped.uid ?? "")) {
    close(tapped, openMenus, sends);
    return sends;
  }
  const parent = tapped.parent;
  if (parent)
    for (const sibling of entriesOf(parent))
      if (isSubmenu(sibling)) close(sibling, openMenus, sends);
  openMenus.add(tapped.uid ?? "");
  if (hasHandler(tapped, "onOpen")) sends.push({ target: tapped, name: "open" });
  return sends;
}

/** What picking `tapped` closes: with `closeOnClick`, every open menu a MenuItemButton is in. */
export function pickCloses(tapped: Control, openMenus: Set<string>): MenuSend[] {
  if (typeOf(tapped) !== "menuitembutton") return [];
  if ((tapped as unknown as { closeOnClick?: boolean }).closeOnClick === false) return [];
  let top: Control | undefined;
  for (let node = tapped.parent; node; node = node.parent) if (isSubmenu(node)) top = node;
  const sends: MenuSend[] = [];
  if (top) close(top, openMenus, sends);
  return sends;
}

/**
 * The MenuItemButton or SubmenuButton a tap on `tapped` reaches: itself, or the one whose
 * label, leading or trailing it is in (not an entry of a SubmenuButton's menu).
 */
export function menuTarget(tapped: Control): Control | undefined {
  let from: Control | undefined;
  for (let node: Control | undefined = tapped; node; from = node, node = node.parent) {
    const type = typeOf(node);
    if (type === "menuitembutton") return node;
    if (type === "submenubutton")
      return from !== undefined && entriesOf(node).includes(from) ? undefined : node;
  }
  return undefined;
}
