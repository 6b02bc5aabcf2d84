/**
 * What an open modal overlay does to the page in the tester, as in the browser: an open
 * dialog, sheet, picker or (a view's) navigation drawer is a native modal `<dialog>`, so
 * everything outside it is inert; a tap on its barrier (the scrim) dismisses it unless it
 * is modal; the app bar's implied back button pops the top view.
 * @module
 */
import type { Control } from "../core/control.js";
import { ErrorCode, FletError } from "../core/errors.js";
import { compiledSchemaOf } from "../core/schema.js";
import { PAGE_ID } from "../protocol/wire.js";
import { closed } from "./closed.js";
import { describeControl } from "./listening.js";
import { dismissal, isPicker } from "./pickers.js";
import type { TapSend } from "./reach.js";

/** The overlays the browser shows as modal `<dialog>`s (the page behind is inert). */
const MODALS = new Set([
  "alertdialog",
  "bottomsheet",
  "cupertinoalertdialog",
  "cupertinobottomsheet",
  "datepicker",
  "timepicker",
  "navigationdrawer",
]);

/** The children of `control` in every slot. */
export function childrenOf(control: Control): Control[] {
  const bag = control as unknown as Record<string, unknown>;
  const out: Control[] = [];
  for (const slot of compiledSchemaOf(control.constructor).slots) {
    const value = bag[slot.name];
    if (Array.isArray(value)) out.push(...(value as Control[]));
    else if (value !== undefined && value !== null) out.push(value as Control);
  }
  return out;
}

/** Whether `control` shows itself as an open modal `<dialog>`. */
export function isOpenModal(control: Control): boolean {
  if (!MODALS.has(compiledSchemaOf(control.constructor).type) || closed(control)) return false;
  // A drawer inside a Pagelet opens in place: the page around it stays usable.
  for (let node = control.parent; node !== undefined; node = node.parent)
    if (compiledSchemaOf(node.constructor).type === "pagelet") return false;
  return true;
}

/** Whether `control` and its ancestors are all shown (not hidden, not closed). */
function shown(control: Control): boolean {
  for (let node: Control | undefined = control; node !== undefined; node = node.parent)
    if (node.visible === false || closed(node)) return false;
  return true;
}

/** The open modal overlays on the page of `control`, in page order (the last is on top). */
export function openModals(control: Control): Control[] {
  let root = control;
  while (root.parent !== undefined) root = root.parent;
  const found: Control[] = [];
  const walk = (node: Control) => {
    if (isOpenModal(node) && shown(node)) found.push(node);
    for (const child of childrenOf(node)) walk(child);
  };
  walk(root);
  return found;
}

/**
 * The open modal overlay that covers `control` (the page behind an open dialog is inert),
 * or undefined when none is open or `control` is inside one.
 */
export function behindModal(control: Control): Control | undefined {
  const modals = openModals(control);
  if (modals.length === 0) return undefined;
  for (let node: Control | undefined = control; node !== undefined; node = node.parent)
    if (modals.includes(node)) return undefined;
  return modals[modals.length - 1];
}

/** An event the tester sends from the browser (`target` undefined: the page). */
export interface PageSend {
  readonly target: Control;
  readonly name: string;
  readonly data?: unknown;
  readonly props?: Record<string, unknown>;
}

/**
 * What a tap on the barrier (the scrim) of the top open modal overlay sends: `dismiss`
 * with `open` false, or nothing for a modal AlertDialog or a sheet with `dismissible`
 * false (as in the browser). `dialog` picks which overlay; it must be open and on top.
 */
export function barrierTap(page: Control, dialog: Control | undefined): PageSend[] {
  const modals = openModals(page);
  const top = modals[modals.length - 1];
  if (top === undefined) {
    throw new FletError(
      ErrorCode.TESTER_NOT_INTERACTIVE,
      "Expected an open dialog, sheet or drawer whose barrier to tap, but none is open; a user sees no barrier.",
    );
  }
  if (dialog !== undefined && dialog !== top) {
    throw new FletError(
      ErrorCode.TESTER_NOT_INTERACTIVE,
      `Expected ${describeControl(dialog)} to be the open overlay on top, but ${isOpenModal(dialog) ? `${describeControl(top)} covers it` : "it is not open"}; a user could not tap its barrier.`,
    );
  }
  const p = top as unknown as { modal?: boolean; dismissible?: boolean };
  if (p.modal === true || p.dismissible === false) return [];
  // A picker dismissed reports its unchanged value, as `t.dismiss` does.
  if (isPicker(top)) return [{ target: top, ...dismissal(top) }];
  return [{ target: top, name: "dismiss", props: { open: false } }];
}

/**
 * What a tap on the app bar's implied back button (the browser's back button without
 * `viaBrowser` false) sends: `viewPop` on the page with the top view's id. Refused when
 * one view is stacked, or (for the app bar's button) when the top view's AppBar shows no
 * back button (a `leading` control, `automaticallyImplyLeading` false, no AppBar; a drawer,
 * whose menu button a Material AppBar shows instead, while a Cupertino one keeps Back).
 */
export function backTap(page: Control, appBar: boolean): { name: string; data: string } {
  const views = (page as unknown as { views?: Control[] }).views ?? [];
  const top = views[views.length - 1];
  if (views.length < 2 || top === undefined) {
    throw new FletError(
      ErrorCode.TESTER_NOT_INTERACTIVE,
      `Expected a view to go back from, but page.views holds ${views.length}; the browser shows no back button (push a View first).`,
    );
  }
  if (appBar) {
    const v = top as unknown as { appbar?: Control; drawer?: Control };
    const bar = v.appbar as unknown as
      | { leading?: Control; automaticallyImplyLeading?: boolean; visible?: boolean }
      | undefined;
    const why =
      bar === undefined
        ? "has no AppBar"
        : bar.visible === false
          ? "has a hidden AppBar"
          : bar.leading !== undefined
            ? "has an AppBar with its own leading control"
            : bar.automaticallyImplyLeading === false
              ? "has an AppBar with automaticallyImplyLeading false"
              : v.drawer !== undefined && !isCupertino(bar as unknown as Control)
                ? "has a drawer (its AppBar shows the menu button instead)"
                : undefined;
    if (why !== undefined) {
      throw new FletError(
        ErrorCode.TESTER_NOT_INTERACTIVE,
        `Expected the top view's AppBar to show its back button, but ${describeControl(top)} ${why}; use t.back({ browser: true }) for the browser's own back button.`,
      );
    }
    const modal = behindModal(bar as unknown as Control);
    if (modal !== undefined) {
      throw new FletError(
        ErrorCode.TESTER_NOT_INTERACTIVE,
        `Expected to tap the AppBar's back button, but it is behind the open ${describeControl(modal)}; a user could not do that.`,
      );
    }
  }
  return { name: "viewPop", data: top.uid ?? "" };
}

function isCupertino(bar: Control): boolean {
  return compiledSchemaOf(bar.constructor).type === "cupertinoappbar";
}

/**
 * What a tap on the top view's app bar menu button sends: `open` with `open` true on its
 * `drawer` (`end`: its `endDrawer`), as the browser's button does. Refused where the bar
 * shows no such button: no drawer there, no (visible) app bar, the bar's own `leading`
 * (start) or `actions` (end), `automaticallyImplyLeading` false, a Cupertino bar that can go
 * back (or any end drawer: it has no end menu button); and when the drawer is already open or
 * a dialog covers the bar.
 */
export function menuTap(page: Control, end: boolean): TapSend[] {
  const views = (page as unknown as { views?: Control[] }).views ?? [];
  const top = views[views.length - 1];
  const v = (top ?? {}) as { appbar?: Control; drawer?: Control; endDrawer?: Control };
  const drawer = end ? v.endDrawer : v.drawer;
  const bar = v.appbar as
    | (Control & { leading?: Control; actions?: Control[]; automaticallyImplyLeading?: boolean })
    | undefined;
  const side = end ? "endDrawer" : "drawer";
  const why =
    top === undefined || drawer === undefined
      ? `has no ${side}`
      : bar === undefined || bar.visible === false
        ? "has no visible app bar to show a menu button"
        : bar.automaticallyImplyLeading === false
          ? "has an app bar with automaticallyImplyLeading false"
          : !end && bar.leading !== undefined
            ? "has an app bar with its own leading control"
            : end && (isCupertino(bar) || (bar.actions?.length ?? 0) > 0)
              ? "has an app bar with no end menu button (actions take its place; a Cupertino bar has none)"
              : !end && isCupertino(bar) && views.length > 1
                ? "has a Cupertino app bar that shows Back instead of the menu button"
                : (drawer as unknown as { open?: boolean }).open === true
                  ? `has its ${side} open already`
                  : undefined;
  if (why !== undefined) {
    throw new FletError(
      ErrorCode.TESTER_NOT_INTERACTIVE,
      `Expected the top view's app bar to show a menu button for its ${side}, but ${top ? describeControl(top) : "the page"} ${why}.`,
    );
  }
  const modal = behindModal(bar as Control);
  if (modal !== undefined) {
    throw new FletError(
      ErrorCode.TESTER_NOT_INTERACTIVE,
      `Expected to tap the app bar's menu button, but it is behind the open ${describeControl(modal)}; a user could not do that.`,
    );
  }
  return [{ target: drawer as Control, name: "open", props: { open: true } }];
}

export { PAGE_ID };
