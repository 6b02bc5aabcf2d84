/**
 * Route ⇄ URL mapping for both URL strategies, under any app path. Pure functions, so
 * they are tested without a browser.
 *
 * - `path`: route `/store/1?x=2` under app path `/apps/shop/` is `/apps/shop/store/1?x=2`.
 * - `hash`: the same route is `/apps/shop/#/store/1?x=2`; route `/` is the bare app path.
 * @module
 */

/** A URL strategy, as in `FLET_WEB_ROUTE_URL_STRATEGY`. */
export type RouteUrlStrategy = "path" | "hash";

/** The parts of a location a route is read from. */
export interface LocationParts {
  pathname: string;
  search: string;
  hash: string;
}

function decode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

function normalize(route: string): string {
  if (route === "") return "/";
  return route.startsWith("/") ? route : `/${route}`;
}

/**
 * The route a location shows. Outside the app path (should not happen) the route is `/`.
 *
 * @example
 * ```ts
 * routeFromLocation({ pathname: "/apps/shop/store/1", search: "", hash: "" }, "/apps/shop/", "path"); // "/store/1"
 * routeFromLocation({ pathname: "/", search: "", hash: "#/store/1" }, "/", "hash"); // "/store/1"
 * ```
 */
export function routeFromLocation(
  location: LocationParts,
  appPath: string,
  strategy: RouteUrlStrategy,
): string {
  if (strategy === "hash") {
    const hash = location.hash.startsWith("#") ? location.hash.slice(1) : location.hash;
    return normalize(decode(hash));
  }
  const base = appPath.endsWith("/") ? appPath.slice(0, -1) : appPath;
  const path = decode(location.pathname);
  if (path !== base && !path.startsWith(`${base}/`)) return "/";
  return normalize(path.slice(base.length)) + decode(location.search);
}

/**
 * The URL (path, query and hash) that shows `route`.
 *
 * @example
 * ```ts
 * urlForRoute("/store/1", "/apps/shop/", "path"); // "/apps/shop/store/1"
 * urlForRoute("/store/1", "/apps/shop/", "hash"); // "/apps/shop/#/store/1"
 * ```
 */
export function urlForRoute(route: string, appPath: string, strategy: RouteUrlStrategy): string {
  const target = normalize(route);
  const base = appPath.endsWith("/") ? appPath : `${appPath}/`;
  if (strategy === "hash") return target === "/" ? base : `${base}#${encodeURI(target)}`;
  return base + encodeURI(target.slice(1));
}
