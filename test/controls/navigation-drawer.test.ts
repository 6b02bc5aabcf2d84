// NavigationDrawer in the tester: page.showDrawer / closeDrawer and their end twins,
// picking a destination (counted among destinations only), reachability while closed,
// and bad input.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodeOf, flagged, namesOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

function drawer(options: ft.ControlOptions<ft.NavigationDrawer> = {}) {
  return new ft.NavigationDrawer(
    [
      new ft.Text("Mail"),
      new ft.NavigationDrawerDestination("Inbox", { icon: ft.icons.INBOX }),
      new ft.Divider(),
      new ft.NavigationDrawerDestination("Outbox", { icon: ft.icons.OUTBOX }),
    ],
    options,
  );
}

describe("NavigationDrawer", () => {
  it("declares Flet 0.21's props and events", () => {
    expect(namesOf(ft.NavigationDrawer)).toMatchObject({
      props: expect.arrayContaining([
        "open",
        "selectedIndex",
        "bgcolor",
        "elevation",
        "indicatorColor",
        "indicatorShape",
        "shadowColor",
        "surfaceTintColor",
        "tilePadding",
      ]),
      events: ["onChange", "onDismiss", "onOpen"],
      slots: ["controls[]"],
    });
    expect(flagged(ft.NavigationDrawer, "twoWay")).toEqual(["open", "selectedIndex"]);
    expect(new ft.NavigationDrawer().open).toBe(false);
  });

  it("opens with page.showDrawer, picks a destination, closes with page.closeDrawer", async () => {
    const log: string[] = [];
    const menu = drawer({
      onChange: (e) => {
        log.push(`change ${e.control.selectedIndex}`);
        e.page!.closeDrawer();
      },
    });
    t = await createTester((page) => {
      page.add(new ft.ElevatedButton("Menu", { onClick: () => page.showDrawer(menu) }));
    });
    // Closed, its destinations are out of reach, as in the browser.
    await t.tap(t.find.text("Menu"));
    expect(menu.open).toBe(true);
    expect(t.page.drawer).toBe(menu);
    await t.tap(t.find.text("Outbox"));
    // Index 1: the heading and the divider are not destinations.
    expect(log).toEqual(["change 1"]);
    expect(menu.open).toBe(false);
    await expect(t.tap(t.find.text("Inbox"))).rejects.toThrow(/closed; a user could not/);
  });

  it("dismissed by the user: open turns false and onDismiss fires", async () => {
    let dismissed = 0;
    const menu = drawer({ onDismiss: () => void dismissed++ });
    t = await createTester((page) => page.showDrawer(menu));
    await t.trigger(menu, "dismiss", undefined, { open: false });
    expect([menu.open, dismissed]).toEqual([false, 1]);
  });

  it("opening one drawer closes the other", async () => {
    const start = drawer();
    const end = drawer();
    t = await createTester((page) => page.add(new ft.Text("Home")));
    t.page.showDrawer(start);
    t.page.showEndDrawer(end);
    expect([start.open, end.open]).toEqual([false, true]);
    expect(t.page.endDrawer).toBe(end);
    t.page.showDrawer(start);
    expect([start.open, end.open]).toEqual([true, false]);
    t.page.closeEndDrawer();
    t.page.closeDrawer();
    expect(start.open).toBe(false);
  });

  it("refuses a control that is not a drawer, and bad values", async () => {
    t = await createTester((page) => page.add(new ft.Text("Home")));
    const page = t.page;
    expect(errorCodeOf(() => page.showDrawer(new ft.Text("x") as never))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
    expect(() => page.showEndDrawer(new ft.Text("x") as never)).toThrow(
      /Expected page\.showEndDrawer\(\) to get a drawer .* but it got Text/,
    );
    expect(page.drawer).toBeUndefined();
    expect(errorCodeOf(() => drawer({ selectedIndex: 1.5 }))).toBe("FLET_ERR_PROP_INVALID_VALUE");
    expect(errorCodeOf(() => drawer({ tilePadding: -1 }))).toBe("FLET_ERR_PROP_INVALID_VALUE");
  });
});
