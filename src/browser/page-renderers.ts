import { applyCommonProps } from "./common-props.js";
import { linesChildren } from "./fill.js";
import { cssCrossAxis, cssMainAxis, cssSides, placeChildren } from "./layout.js";
import { placeSplash } from "./page-splash.js";
import { defineRenderer } from "./renderer.js";
import { createScaffold, updateScaffold } from "./scaffold.js";
import { sendScrollEvents } from "./scroll-events.js";

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
    // rtl turns the whole app (as Flet's page.rtl), visible/disabled/opacity all of it.
    applyCommonProps(element, ctx, changed);
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
 * A view: a scaffold (see `scaffold.ts`: app bar, navigation bar, bottom app bar,
 * floating action button, drawers) whose body holds the controls in a padded column
 * (10 px padding and spacing by default, as in Flet). Packs may register a richer `view`
 * renderer.
 */
defineRenderer("view", {
  create(ctx) {
    const view = document.createElement("section");
    view.className = "flet-view";
    const body = host("flet-view-body");
    // The visible view's controls are the page's main landmark (hidden views are not exposed).
    body.setAttribute("role", "main");
    // The body is Flet's root Column: children in a line, loose but bounded width.
    linesChildren(body, "y");
    createScaffold(view, body);
    sendScrollEvents(body, ctx, () => "y");
    return view;
  },
  update(element, ctx, changed) {
    const props = ctx.props;
    applyCommonProps(element, ctx, changed);
    const body = element.querySelector<HTMLElement>(".flet-view-body")!;
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
    placeChildren(body, ctx.children("controls"));
    // A full-screen dialog's app bar closes (an X) instead of going back.
    element.toggleAttribute("data-flet-fullscreen-dialog", props.fullscreenDialog === true);
    updateScaffold(element, ctx);
    if (props.autoScroll) body.scrollTop = body.scrollHeight;
  },
});
