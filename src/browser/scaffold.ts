/**
 * Flutter's `Scaffold` in the DOM, shared by the page's views and by Pagelet: app bar on
 * top, a stage with the body (and the floating action button above its bottom edge, or
 * docked on it), then the persistent bottom sheet, navigation bar and bottom app bar, and
 * the drawers.
 * @module
 */
import { cssColor } from "./colors.js";
import { placeChildren } from "./layout.js";
import type { RenderContext } from "./renderer.js";

/** The slots drawn below the stage, top to bottom, then the drawers. */
const BELOW_STAGE = ["bottomSheet", "navigationBar", "bottomAppbar", "drawer", "endDrawer"];

/** How {@link updateScaffold} draws one scaffold. */
export interface ScaffoldOptions {
  /**
   * Drawers open inside the scaffold's own box over a scrim that covers only that box
   * (a Pagelet), instead of over the whole page (a view). Default false.
   */
  readonly confined?: boolean;
}

function div(className: string): HTMLElement {
  const element = document.createElement("div");
  element.className = className;
  return element;
}

/**
 * Makes `element` a scaffold whose stage holds `body`. Call once, from a renderer's
 * `create`, then {@link updateScaffold} from its `update`.
 *
 * @example
 * ```ts
 * defineRenderer("acme.frame", {
 *   create() {
 *     const frame = document.createElement("section");
 *     createScaffold(frame, document.createElement("div"));
 *     return frame;
 *   },
 *   update: (frame, ctx) => updateScaffold(frame, ctx),
 * });
 * ```
 */
export function createScaffold(element: HTMLElement, body: HTMLElement): void {
  element.classList.add("flet-scaffold");
  // The stage is the space between the app bar and the bottom bars: the floating action
  // button floats 16 px above its bottom edge, or sits on it when docked.
  const stage = div("flet-scaffold-stage");
  stage.append(body);
  element.append(stage);
}

/**
 * Places the scaffold's parts from the control's slots (`appbar`, `bottomSheet`,
 * `navigationBar`, `bottomAppbar`, `drawer`, `endDrawer`, `floatingActionButton`) and
 * draws `bgcolor` and `floatingActionButtonLocation`. Drawers are marked with their edge
 * (`data-flet-side`), the scaffold with the drawers it has (`data-flet-drawer`,
 * `data-flet-end-drawer`: its app bar's menu buttons) and where its button sits
 * (`data-flet-fab`: a bottom app bar cuts a notch around a docked one). A confined
 * scaffold (`data-flet-confined`) has a scrim; a click on it closes the open drawer, as
 * Escape does (the drawer's `cancel` event).
 *
 * @example
 * ```ts
 * update(pagelet, ctx) {
 *   placeChildren(body, [ctx.child("content")]);
 *   updateScaffold(pagelet, ctx, { confined: true });
 * }
 * ```
 */
export function updateScaffold(
  element: HTMLElement,
  ctx: RenderContext,
  options: ScaffoldOptions = {},
): void {
  const props = ctx.props;
  const stage = element.querySelector<HTMLElement>(":scope > .flet-scaffold-stage")!;
  const body = stage.firstElementChild as HTMLElement;
  element.style.background = cssColor(props.bgcolor) ?? "";
  const parts: HTMLElement[] = [];
  const appbar = ctx.child("appbar");
  // A Pagelet's app bar is part of the page's content, not the page's banner landmark.
  if (appbar && options.confined) appbar.removeAttribute("role");
  if (appbar) parts.push(appbar);
  parts.push(stage);
  for (const slot of BELOW_STAGE) {
    const child = ctx.child(slot);
    if (child) parts.push(child);
  }
  const drawer = ctx.child("drawer");
  const endDrawer = ctx.child("endDrawer");
  if (drawer) drawer.dataset.fletSide = "start";
  if (endDrawer) endDrawer.dataset.fletSide = "end";
  element.toggleAttribute("data-flet-drawer", drawer !== undefined);
  element.toggleAttribute("data-flet-end-drawer", endDrawer !== undefined);
  element.toggleAttribute("data-flet-confined", options.confined === true);
  if (options.confined) parts.push(scrimOf(element));
  const fab = ctx.child("floatingActionButton");
  const location = String(props.floatingActionButtonLocation ?? "endFloat");
  if (fab) {
    fab.classList.add("flet-fab");
    fab.dataset.location = location;
    element.dataset.fletFab = location;
  } else delete element.dataset.fletFab;
  placeChildren(stage, fab ? [body, fab] : [body]);
  placeChildren(element, parts);
}

const scrims = new WeakMap<HTMLElement, HTMLElement>();

function scrimOf(scaffold: HTMLElement): HTMLElement {
  let scrim = scrims.get(scaffold);
  if (scrim === undefined) {
    scrim = div("flet-scaffold-scrim");
    scrim.setAttribute("aria-hidden", "true");
    scrim.addEventListener("click", () => {
      scaffold
        .querySelector(":scope > dialog[open]")
        ?.dispatchEvent(new Event("cancel", { cancelable: true }));
    });
    scrims.set(scaffold, scrim);
  }
  return scrim;
}
