import { PAGE_ID, type WireNode } from "../protocol/wire.js";
import { type RouteUrlStrategy, routeFromLocation, urlForRoute } from "./routing.js";

/** What {@link RouteSync} needs from the client. */
export interface RouteSyncHost {
  node(id: string): WireNode | undefined;
  send(event: string, data: unknown, props?: Record<string, unknown>): void;
}

/**
 * Keeps the address bar and `page.route` in step, for both URL strategies:
 * - a new `page.route` from the server pushes a history entry (unless the URL shows it);
 * - back and forward send `routeChange` with the route (and `{route}` as its two-way
 *   value); back while a non-root view is on top sends `viewPop` with that view's id.
 * Each entry records its index in `history.state` to tell back from forward.
 */
export class RouteSync {
  readonly #appPath: string;
  readonly #strategy: RouteUrlStrategy;
  readonly #host: RouteSyncHost;
  #index = 0;

  constructor(appPath: string, strategy: RouteUrlStrategy, host: RouteSyncHost) {
    this.#appPath = appPath;
    this.#strategy = strategy;
    this.#host = host;
    const state = history.state as { fletIndex?: number } | null;
    this.#index = typeof state?.fletIndex === "number" ? state.fletIndex : 0;
    history.replaceState({ ...(state ?? {}), fletIndex: this.#index }, "");
    window.addEventListener("popstate", (event) => this.#popped(event.state));
    if (strategy === "hash")
      window.addEventListener("hashchange", () => this.#popped(history.state));
  }

  /** The route the address bar shows. */
  get current(): string {
    return routeFromLocation(window.location, this.#appPath, this.#strategy);
  }

  /** Call when the page's `route` prop changed: the address bar follows. */
  routeChanged(route: unknown): void {
    if (typeof route !== "string" || route === this.current) return;
    this.#index++;
    history.pushState(
      { fletIndex: this.#index },
      "",
      urlForRoute(route, this.#appPath, this.#strategy),
    );
  }

  #popped(state: unknown): void {
    const index = (state as { fletIndex?: number } | null)?.fletIndex;
    const back = typeof index === "number" && index < this.#index;
    if (typeof index === "number") this.#index = index;
    else {
      // A hash typed into the address bar: a new entry of ours from now on.
      this.#index++;
      history.replaceState({ fletIndex: this.#index }, "");
    }
    const route = this.current;
    const page = this.#host.node(PAGE_ID);
    if (page?.[1].route === route) return;
    if (back && this.popView()) return;
    this.#host.send("routeChange", route, { route });
  }

  /**
   * Sends `viewPop` with the top view's id when more than one view is stacked (the app
   * bar's back button and the browser's back button both end here). False when there is
   * nothing to pop.
   */
  popView(): boolean {
    const views = this.#host.node(PAGE_ID)?.[2]?.views;
    const top = Array.isArray(views) && views.length > 1 ? views[views.length - 1] : undefined;
    if (top === undefined) return false;
    this.#host.send("viewPop", top);
    return true;
  }
}
