import { describe, expect, it } from "vitest";
import { routeFromLocation, urlForRoute } from "../../src/browser/routing.js";

const at = (pathname: string, search = "", hash = "") => ({ pathname, search, hash });

describe("routeFromLocation", () => {
  it.each([
    ["/", "/", at("/"), "/"],
    ["/", "/", at("/store/1", "?x=2"), "/store/1?x=2"],
    ["/apps/shop/", "/", at("/apps/shop/"), "/"],
    ["/apps/shop/", "/", at("/apps/shop"), "/"],
    ["/apps/shop/", "/", at("/apps/shop/store/1"), "/store/1"],
    ["/apps/shop/", "/", at("/apps/shopping"), "/"],
    ["/apps/shop/", "/", at("/other/page"), "/"],
    ["/", "/", at("/caf%C3%A9"), "/café"],
  ])("path strategy under %s reads %o", (appPath, _, location, route) => {
    expect(routeFromLocation(location, appPath, "path")).toBe(route);
  });

  it.each([
    ["/", at("/"), "/"],
    ["/", at("/", "", "#/store/1?x=2"), "/store/1?x=2"],
    ["/apps/shop/", at("/apps/shop/", "", "#/store"), "/store"],
    ["/apps/shop/", at("/apps/shop/", "", "#"), "/"],
    ["/apps/shop/", at("/apps/shop/", "", "#store"), "/store"],
  ])("hash strategy under %s reads %o", (appPath, location, route) => {
    expect(routeFromLocation(location, appPath, "hash")).toBe(route);
  });
});

describe("urlForRoute", () => {
  it.each([
    ["/", "/", "path", "/"],
    ["/store/1?x=2", "/", "path", "/store/1?x=2"],
    ["/store/1", "/apps/shop/", "path", "/apps/shop/store/1"],
    ["/", "/apps/shop/", "path", "/apps/shop/"],
    ["/café", "/", "path", "/caf%C3%A9"],
    ["/", "/apps/shop/", "hash", "/apps/shop/"],
    ["/store/1", "/apps/shop/", "hash", "/apps/shop/#/store/1"],
    ["/store/1", "/", "hash", "/#/store/1"],
  ] as const)("maps %s under %s (%s) to %s", (route, appPath, strategy, url) => {
    expect(urlForRoute(route, appPath, strategy)).toBe(url);
  });

  it.each(["path", "hash"] as const)("round-trips routes with the %s strategy", (strategy) => {
    for (const route of ["/", "/a", "/a/b?c=d", "/ünï"]) {
      const url = new URL(urlForRoute(route, "/apps/x/", strategy), "http://h");
      expect(routeFromLocation(url, "/apps/x/", strategy)).toBe(route);
    }
  });
});
