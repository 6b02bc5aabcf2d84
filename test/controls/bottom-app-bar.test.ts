// BottomAppBar in the tester: Flet's props, page.bottomAppbar, its actions tapped, and
// bad values refused where they are set.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodeOf, namesOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("BottomAppBar", () => {
  it("declares Flet 0.21's props", () => {
    expect(namesOf(ft.BottomAppBar)).toMatchObject({
      props: expect.arrayContaining([
        "bgcolor",
        "surfaceTintColor",
        "shadowColor",
        "padding",
        "clipBehavior",
        "shape",
        "notchMargin",
        "elevation",
        "height",
      ]),
      slots: ["content"],
    });
    expect(Object.values(ft.NotchShape)).toEqual(["auto", "circular"]);
  });

  it("holds the view's bottom actions, which the user can press", async () => {
    const pressed: string[] = [];
    t = await createTester((page) => {
      page.bottomAppbar = new ft.BottomAppBar(
        new ft.Row([
          new ft.IconButton(ft.icons.SEARCH, {
            tooltip: "Search",
            onClick: () => void pressed.push("search"),
          }),
        ]),
        { shape: ft.NotchShape.CIRCULAR, notchMargin: 6 },
      );
      page.floatingActionButtonLocation = ft.FloatingActionButtonLocation.CENTER_DOCKED;
    });
    await t.tap(t.find.bySemanticsLabel("Search"));
    expect(pressed).toEqual(["search"]);
    expect(t.page.views[0]!.bottomAppbar).toBeInstanceOf(ft.BottomAppBar);
  });

  it("refuses bad values where they are set, naming the property", () => {
    expect(errorCodeOf(() => new ft.BottomAppBar({ elevation: -1 }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
    expect(() => new ft.BottomAppBar({ notchMargin: -2 })).toThrow(/BottomAppBar\.notchMargin/);
    expect(errorCodeOf(() => new ft.BottomAppBar({ shape: "square" as never }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
    expect(errorCodeOf(() => new ft.BottomAppBar({ bgcolor: "url(x)" }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
  });
});
