// The Cupertino app bar's implied leading button in Chromium: a chevron back button
// (labelled with previousPageTitle) on a view above another, as Flutter's
// CupertinoNavigationBar with automaticallyImplyLeading; a menu button that opens the
// view's drawer when the view has one and cannot go back; nothing on a plain root view.
import { mkdirSync } from "node:fs";
import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

describe("CupertinoAppBar's implied leading button in Chromium", () => {
  it("goes back from a view above another, labelled with the previous page title", async () => {
    const popped: (string | undefined)[] = [];
    const page = await suite.open(
      (pg) => {
        const build = () => {
          pg.views.length = 0;
          pg.views.push(
            new ft.View({
              route: "/",
              appbar: new ft.CupertinoAppBar({ middle: new ft.Text("Inbox") }),
              controls: [new ft.Text("Inbox view")],
            }),
          );
          if (pg.route === "/mail")
            pg.views.push(
              new ft.View({
                route: "/mail",
                appbar: new ft.CupertinoAppBar({
                  middle: new ft.Text("Mail"),
                  previousPageTitle: "Inbox",
                }),
                controls: [new ft.Text("Mail view")],
              }),
            );
          pg.update();
        };
        pg.onRouteChange = build;
        pg.onViewPop = (e) => {
          popped.push(e.view?.route);
          pg.views.pop();
          pg.go(pg.views.at(-1)?.route ?? "/");
        };
        build();
      },
      undefined,
      "mail",
    );
    await waitForText(page, "Mail view");
    const back = page.getByRole("button", { name: "Inbox" });
    await back.waitFor();
    mkdirSync("docs/img", { recursive: true });
    await page.evaluate(() => document.fonts.ready);
    await page
      .locator(".flet-view:not([hidden]) > .cu-appbar")
      .screenshot({ path: "docs/img/cupertino-app-bar-back.png" });
    await back.click();
    await waitForText(page, "Inbox view");
    expect(popped).toEqual(["/mail"]);
    // The root view cannot go back: its bar shows no back button.
    expect(await page.getByRole("button", { name: "Back" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Inbox" }).count()).toBe(0);
  });

  it("opens the view's drawer from the menu button", async () => {
    const page = await suite.open((pg) => {
      pg.appbar = new ft.CupertinoAppBar({ middle: new ft.Text("Home") });
      pg.drawer = new ft.NavigationDrawer({
        controls: [new ft.NavigationDrawerDestination("Alpha", { icon: ft.icons.HOME })],
      });
      pg.add(new ft.Text("Home view"));
    });
    await waitForText(page, "Home view");
    const menu = page.getByRole("button", { name: "Open navigation menu" });
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.getByRole("dialog", { name: "Navigation menu" }).isVisible())
      .toBe(true);
  });

  it("shows nothing in leading on a root view without a drawer", async () => {
    const page = await suite.open((pg) => {
      pg.appbar = new ft.CupertinoAppBar({ middle: new ft.Text("Home") });
      pg.add(new ft.Text("Home view"));
    });
    await waitForText(page, "Home view");
    expect(await page.locator(".cu-bar-back").isHidden()).toBe(true);
    expect(await page.locator(".cu-bar-menu").isHidden()).toBe(true);
  });
});
