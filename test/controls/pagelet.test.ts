// Pagelet in the tester: Flet 0.21's props and slots, showDrawer / closeDrawer and their
// end twins, drawer destinations out of reach while closed, the Pagelet's own parts out of
// reach while a drawer is open, and bad input.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodeOf, namesOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const drawer = (options: ft.ControlOptions<ft.NavigationDrawer> = {}) =>
  new ft.NavigationDrawer(
    [
      new ft.NavigationDrawerDestination("Inbox", { icon: ft.icons.INBOX }),
      new ft.NavigationDrawerDestination("Outbox", { icon: ft.icons.OUTBOX }),
    ],
    options,
  );

describe("Pagelet", () => {
  it("declares Flet 0.21's props and slots", () => {
    expect(namesOf(ft.Pagelet)).toMatchObject({
      props: expect.arrayContaining([
        "floatingActionButtonLocation",
        "bgcolor",
        "width",
        "height",
        "expand",
        "adaptive",
      ]),
      slots: [
        "content",
        "appbar",
        "navigationBar",
        "bottomAppbar",
        "bottomSheet",
        "drawer",
        "endDrawer",
        "floatingActionButton",
      ],
    });
    const body = new ft.Text("Body");
    expect(new ft.Pagelet(body).content).toBe(body);
  });

  it("opens its drawer with showDrawer, picks a destination, closes with closeDrawer", async () => {
    const log: string[] = [];
    const menu = drawer({
      onChange: (e) => {
        log.push(`change ${e.control.selectedIndex}`);
        pagelet.closeDrawer();
      },
    });
    const body = new ft.TextButton("Body", { onClick: () => void log.push("body") });
    const pagelet: ft.Pagelet = new ft.Pagelet(body, { drawer: menu });
    t = await createTester((page) => {
      page.add(new ft.ElevatedButton("Menu", { onClick: () => pagelet.showDrawer(menu) }), pagelet);
    });
    // Closed, its destinations are out of reach, as in the browser.
    await expect(t.tap(t.find.text("Outbox"))).rejects.toThrow(/closed; a user could not/);
    await t.tap(t.find.text("Menu"));
    expect(menu.open).toBe(true);
    // Open, the Pagelet's own parts are behind its scrim; the page around it is not.
    await expect(t.tap(t.find.text("Body"))).rejects.toThrow(/behind the open drawer of a Pagelet/);
    await t.tap(t.find.text("Outbox"));
    expect(log).toEqual(["change 1"]);
    await t.tap(t.find.text("Body"));
    expect(log).toEqual(["change 1", "body"]);
    expect(menu.open).toBe(false);
    await expect(t.tap(t.find.text("Inbox"))).rejects.toThrow(/closed; a user could not/);
  });

  it("shows one drawer at a time, and the user's dismissal closes it", async () => {
    let dismissed = 0;
    const start = drawer({ onDismiss: () => void dismissed++ });
    const end = drawer();
    const pagelet = new ft.Pagelet(new ft.Text("Body"));
    t = await createTester((page) => page.add(pagelet));
    pagelet.showDrawer(start);
    expect(pagelet.drawer).toBe(start);
    pagelet.showEndDrawer(end);
    expect(pagelet.endDrawer).toBe(end);
    expect([start.open, end.open]).toEqual([false, true]);
    pagelet.closeEndDrawer();
    pagelet.showDrawer(start);
    expect([start.open, end.open]).toEqual([true, false]);
    pagelet.update();
    await t.settle();
    await t.trigger(start, "dismiss", undefined, { open: false });
    expect([start.open, dismissed]).toEqual([false, 1]);
    // Closing a drawer that is not there is nothing.
    new ft.Pagelet(new ft.Text("x")).closeDrawer();
  });

  it("refuses a Pagelet without content, a drawer that is not a NavigationDrawer, bad values", async () => {
    t = await createTester((page) => page.add(new ft.Text("Home")));
    const sent = t.patches.length;
    t.page.add(new ft.Pagelet({ appbar: new ft.AppBar() }));
    await t.settle();
    expect(t.patches.length, "a refused update sends nothing").toBe(sent);
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(String((t.errors[0] as Error).message)).toMatch(
      /Expected Pagelet\.content to be a control, but got nothing\. .* \[FLET_ERR_PROP_INVALID_VALUE\]/,
    );
    const pagelet = new ft.Pagelet(new ft.Text("Body"));
    expect(errorCodeOf(() => pagelet.showDrawer(new ft.Text("x") as never))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
    expect(() => pagelet.showEndDrawer(new ft.Text("x") as never)).toThrow(
      /Expected Pagelet\.showEndDrawer\(\) to get a NavigationDrawer/,
    );
    expect(pagelet.drawer).toBeUndefined();
    const wrong = new ft.Pagelet(new ft.Text("Body"), { drawer: new ft.Text("x") as never });
    expect(errorCodeOf(() => wrong.validate())).toBe("FLET_ERR_PROP_INVALID_VALUE");
    expect(errorCodeOf(() => new ft.Pagelet({ bgcolor: "no such colour" }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
    expect(
      errorCodeOf(() => new ft.Pagelet({ floatingActionButtonLocation: "middle" as never })),
    ).toBe("FLET_ERR_PROP_INVALID_VALUE");
  });
});
