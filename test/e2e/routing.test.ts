import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite, type TestApp, waitForText } from "./browser.js";

const suite = browserSuite();
let app: TestApp | undefined;
let page: Page | undefined;

function main(pg: ft.Page): void {
  const shown = new ft.Text(`route ${pg.route}`);
  pg.onRouteChange = (e) => {
    shown.value = `route ${e.route}`;
  };
  pg.add(shown, new ft.ElevatedButton("Go", { onClick: () => pg.go("/store/1") }));
}

describe.each([
  ["path", "/apps/shop/deep/2", "/apps/shop/store/1"],
  ["hash", "/apps/shop/#/deep/2", "/apps/shop/#/store/1"],
] as const)("routing with the %s strategy under a sub-path", (strategy, deepLink, storeUrl) => {
  it("opens deep links, follows page.go, and sends back and forward", async () => {
    app = await suite.serve(main, { webAppPath: "/apps/shop", routeUrlStrategy: strategy });
    page = await suite.newPage();
    const origin = new URL(app.url).origin;
    await page.goto(origin + deepLink);
    await waitForText(page, "route /deep/2");
    await page.getByRole("button", { name: "Go" }).click();
    await waitForText(page, "route /store/1");
    await expect.poll(() => page!.url()).toBe(origin + storeUrl);
    await page.goBack();
    await waitForText(page, "route /deep/2");
    expect(page.url()).toBe(origin + deepLink);
    await page.goForward();
    await waitForText(page, "route /store/1");
  });
});

describe("views", () => {
  it("shows the last view and sends viewPop on back from a non-root view", async () => {
    const popped: (string | undefined)[] = [];
    app = await suite.serve((pg) => {
      const build = () => {
        pg.views.length = 1;
        if (pg.route === "/detail") {
          pg.views.push(new ft.View({ route: "/detail", controls: [new ft.Text("Detail view")] }));
        }
        pg.update();
      };
      pg.onRouteChange = build;
      pg.onViewPop = (e) => {
        popped.push(e.view?.route);
        pg.views.pop();
        pg.go(pg.views.at(-1)?.route ?? "/");
      };
      pg.add(
        new ft.Text("Home view"),
        new ft.ElevatedButton("Open", { onClick: () => pg.go("/detail") }),
      );
    });
    page = await suite.newPage();
    await page.goto(app.url);
    await waitForText(page, "Home view");
    await page.getByRole("button", { name: "Open" }).click();
    await waitForText(page, "Detail view");
    expect(await page.getByText("Home view").isVisible()).toBe(false);
    await page.goBack();
    await waitForText(page, "Home view");
    expect(popped).toEqual(["/detail"]);
  });
});

describe("the app bar's back button", () => {
  it("shows on a view above another, pops it, and stays hidden on the root view", async () => {
    const popped: (string | undefined)[] = [];
    const bar = (title: string, options: ft.ControlOptions<ft.AppBar> = {}) =>
      new ft.AppBar({ title: new ft.Text(title), ...options });
    app = await suite.serve((pg) => {
      const build = () => {
        pg.views.length = 0;
        pg.views.push(
          new ft.View({ route: "/", appbar: bar("Home"), controls: [new ft.Text("Home view")] }),
        );
        if (pg.route === "/store" || pg.route === "/plain") {
          pg.views.push(
            new ft.View({
              route: pg.route,
              appbar: bar(pg.route === "/store" ? "Store" : "Plain", {
                automaticallyImplyLeading: pg.route === "/store",
              }),
              controls: [new ft.Text(`${pg.route} view`)],
            }),
          );
        }
        pg.update();
      };
      pg.onRouteChange = build;
      pg.onViewPop = (e) => {
        popped.push(e.view?.route);
        pg.views.pop();
        pg.go(pg.views.at(-1)?.route ?? "/");
      };
      build();
    });
    page = await suite.newPage();
    // A deep link: no history entry of the app behind it, the button still goes back.
    await page.goto(`${app.url}store`);
    await waitForText(page, "/store view");
    const back = page.getByRole("button", { name: "Back" });
    await back.waitFor();
    await back.click();
    await waitForText(page, "Home view");
    expect(popped).toEqual(["/store"]);
    expect(new URL(page.url()).pathname).toBe("/");
    // The root view's bar holds the button, hidden: there is nothing to go back to.
    const shownBack = page.locator(".flet-view:not([hidden]) .flet-appbar-back");
    expect(await shownBack.count()).toBe(1);
    expect(await shownBack.isHidden()).toBe(true);
    // automaticallyImplyLeading: false keeps it away.
    await page.goto(`${app.url}plain`);
    await waitForText(page, "/plain view");
    expect(await shownBack.count()).toBe(0);
  });
});
