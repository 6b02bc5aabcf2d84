/**
 * What the browser does not show, for finders and matchers: a control that is hidden
 * (`visible` false, on it or an ancestor), in a view under the top one of `page.views`, the
 * content of a Tab that is not selected, or inside an overlay that is closed (a dialog, sheet, banner, drawer or picker whose `open`
 * is not true).
 * @module
 */
import type { Control } from "../core/control.js";
import { compiledSchemaOf } from "../core/schema.js";
import { closed } from "./closed.js";

/**
 * The control (`control` itself or an ancestor) that keeps `control` off the screen, or
 * `undefined` when the browser shows it. {@link whyHidden} says why.
 * @internal
 */
export function hiddenBy(control: Control): Control | undefined {
  for (let node: Control | undefined = control; node !== undefined; node = node.parent) {
    if (node.visible === false || closed(node) || underTopView(node)) return node;
    if (node.parent !== undefined && unselectedTabContent(node.parent, node)) return node.parent;
  }
  return undefined;
}

/** Why `blocker` (from {@link hiddenBy}) is not shown. @internal */
export function whyHidden(blocker: Control): string {
  if (blocker.visible === false) return "visible is false";
  if (underTopView(blocker)) return "it is a view under the top one of page.views";
  if (compiledSchemaOf(blocker.constructor).type === "tab")
    return "it is a Tab that is not selected: its content shows only while it is";
  return "it is closed (open is not true)";
}

/** A view of the page's stack other than the last: the browser shows only the top view. */
function underTopView(control: Control): boolean {
  const page = control.parent;
  if (page === undefined || compiledSchemaOf(page.constructor).type !== "page") return false;
  const views = (page as unknown as { views?: readonly Control[] }).views ?? [];
  return views.includes(control) && views[views.length - 1] !== control;
}

/** `child` is the `content` of a Tab that is not its Tabs' selected one (the panel shows only that). */
function unselectedTabContent(tab: Control, child: Control): boolean {
  const tabs = tab.parent;
  if (!tabs || compiledSchemaOf(tab.constructor).type !== "tab") return false;
  if ((tab as unknown as { content?: Control }).content !== child) return false;
  const p = tabs as unknown as { tabs?: Control[]; selectedIndex?: number };
  return (p.tabs ?? []).indexOf(tab) !== (p.selectedIndex ?? 0);
}
