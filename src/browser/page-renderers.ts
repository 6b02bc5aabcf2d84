import { cssColor } from "./colors.js";
import { linesChildren } from "./fill.js";
import { cssCrossAxis, cssMainAxis, cssSides, placeChildren } from "./layout.js";
import { placeSplash } from "./page-splash.js";
import { defineRenderer } from "./renderer.js";
import { watchViewScroll } from "./view-scroll.js";

const PAGE_SLOTS = ["banner", "dialog", "snackBar", "bottomSheet"] as const;

function host(className: string): HTMLElement {
  const element = document.createElement("div");
  element.className = className;
  return element;
}

/**
 * The page: its views as a stack (only the last one shows; the others stay in the DOM,
 * hidden and inert, so their state survives), the overlay above them, and hosts for the
 * banner, dialog, snack bar and bottom sheet slots; the splash over all of them.
 */
defineRenderer("page", {
  create() {
    const page = host("flet-page");
    page.append(
      host("flet-banner-host"),
      host("flet-views"),
      host("flet-overlay"),
      host("flet-dialog-host"),
      host("flet-snackbar-host"),
      host("flet-bottomsheet-host"),
    );
    return page;
  },
  update(element, ctx, changed) {
    const [banner, views, overlay, dialog, snackBar, bottomSheet] = [
      ...element.children,
    ] as HTMLElement[];
    if (changed.has("views")) {
      const stack = ctx.children("views");
      stack.forEach((view, index) => {
        const top = index === stack.length - 1;
        view.hidden = !top;
        view.inert = !top;
        // A view above another can go back: its app bar shows the automatic back button.
        view.toggleAttribute("data-flet-can-pop", index > 0);
      });
      placeChildren(views!, stack);
    }
    if (changed.has("overlay")) placeChildren(overlay!, ctx.children("overlay"));
    const hosts = { banner, dialog, snackBar, bottomSheet };
    for (const slot of PAGE_SLOTS) {
      if (!changed.has(slot)) continue;
      const child = ctx.child(slot);
      placeChildren(hosts[slot]!, child ? [child] : []);
    }
    if (changed.has("splash")) placeSplash(element, ctx.child("splash"));
  },
});

/**
 * A view: app bar, the controls in a padded column (10 px padding and spacing by
 * default, as in Flet), then navigation bar and bottom app bar; a floating action button
 * above the bottom bars (or docked on them, `data-flet-fab` on the view) and drawers when set (each marked with its edge, `data-flet-side`, and the view with
 * `data-flet-drawer` / `data-flet-end-drawer`). Packs may register a richer `view` renderer.
 */
defineRenderer("view", {
  create() {
    const view = document.createElement("section");
    view.className = "flet-view";
    const body = host("flet-view-body");
    // The visible view's controls are the page's main landmark (hidden views are not exposed).
    body.setAttribute("role", "main");
    // The body is Flet's root Column: children in a line, loose but bounded width.
    linesChildren(body, "y");
    // The stage is the space between the app bar and the bottom bars: the floating action
    // button floats 16 px above its bottom edge, or sits on it when docked.
    const stage = host("flet-view-stage");
    stage.append(body);
    view.append(stage);
    return view;
  },
  update(element, ctx) {
    const props = ctx.props;
    const stage = element.querySelector<HTMLElement>(":scope > .flet-view-stage")!;
    const body = stage.firstElementChild as HTMLElement;
    const style = body.style;
    style.padding = cssSides(props.padding ?? 10) ?? "10px";
    // Flet adds no spacing when the main axis distributes the free space itself.
    const spaced = !String(props.verticalAlignment ?? "").startsWith("space");
    style.gap = spaced ? `${typeof props.spacing === "number" ? props.spacing : 10}px` : "";
    style.justifyContent = cssMainAxis(props.verticalAlignment) ?? "";
    // Flet's default cross alignment is START: children keep their own width.
    style.alignItems = cssCrossAxis(props.horizontalAlignment) ?? "flex-start";
    style.overflowY = props.scroll ? (props.scroll === "hidden" ? "hidden" : "auto") : "";
    // A scrolling body takes the focus, so the keyboard can scroll it (WCAG 2.1.1).
    if (props.scroll && props.scroll !== "hidden") body.tabIndex = 0;
    else body.removeAttribute("tabindex");
    element.style.background = cssColor(props.bgcolor) ?? "";
    placeChildren(body, ctx.children("controls"));
    const parts: HTMLElement[] = [];
    const appbar = ctx.child("appbar");
    if (appbar) parts.push(appbar);
    parts.push(stage);
    for (const slot of ["navigationBar", "bottomAppbar", "drawer", "endDrawer"]) {
      const child = ctx.child(slot);
      if (child) parts.push(child);
    }
    // Drawers know their edge, and the view says which it has (its app bar's menu buttons).
    const drawer = ctx.child("drawer");
    const endDrawer = ctx.child("endDrawer");
    if (drawer) drawer.dataset.fletSide = "start";
    if (endDrawer) endDrawer.dataset.fletSide = "end";
    element.toggleAttribute("data-flet-drawer", drawer !== undefined);
    element.toggleAttribute("data-flet-end-drawer", endDrawer !== undefined);
    const fab = ctx.child("floatingActionButton");
    const location = String(props.floatingActionButtonLocation ?? "endFloat");
    if (fab) {
      fab.classList.add("flet-fab");
      fab.dataset.location = location;
      // A bottom app bar with a notch shape cuts it around a docked button.
      element.dataset.fletFab = location;
    } else delete element.dataset.fletFab;
    placeChildren(stage, fab ? [body, fab] : [body]);
    placeChildren(element, parts);
    if (props.autoScroll) body.scrollTop = body.scrollHeight;
    watchViewScroll(body, ctx);
  },
});
