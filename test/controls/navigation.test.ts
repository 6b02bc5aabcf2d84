import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { errorCodeOf, flagged, namesOf, propOf } from "./helpers.js";

describe(ft.AppBar, () => {
  it("declares leading and title as single slots and actions as a list", () => {
    expect(ft.schemaOf(ft.AppBar).slots).toEqual([
      { name: "leading", list: false },
      { name: "title", list: false },
      { name: "actions", list: true },
    ]);
  });

  it("declares Flet's AppBar properties with their defaults", () => {
    expect(namesOf(ft.AppBar).props).toEqual(
      expect.arrayContaining([
        "leadingWidth",
        "automaticallyImplyLeading",
        "centerTitle",
        "toolbarHeight",
        "color",
        "bgcolor",
        "elevation",
      ]),
    );
    const bar = new ft.AppBar({ title: new ft.Text("Inbox") });
    expect([bar.automaticallyImplyLeading, bar.centerTitle]).toEqual([true, false]);
  });

  it("takes actions as an option", () => {
    const search = new ft.IconButton(ft.icons.SEARCH, { tooltip: "Search" });
    expect(new ft.AppBar({ actions: [search] }).actions).toEqual([search]);
  });
});

describe(ft.NavigationBar, () => {
  it("binds selectedIndex two-way and reads 0 while unset", () => {
    expect(flagged(ft.NavigationBar, "twoWay")).toEqual(["selectedIndex"]);
    expect(new ft.NavigationBar().selectedIndex).toBe(0);
  });

  it("declares Flet's NavigationBar properties", () => {
    expect(namesOf(ft.NavigationBar).props).toEqual(
      expect.arrayContaining([
        "bgcolor",
        "labelBehavior",
        "elevation",
        "shadowColor",
        "indicatorColor",
        "indicatorShape",
        "surfaceTintColor",
        "border",
      ]),
    );
    expect(propOf(ft.NavigationBar, "labelBehavior")?.values).toEqual([
      "alwaysShow",
      "alwaysHide",
      "onlyShowSelected",
    ]);
  });

  it("takes destinations", () => {
    const bar = new ft.NavigationBar({
      destinations: [
        new ft.NavigationDestination("Home", { icon: ft.icons.HOME }),
        new ft.NavigationDestination("Settings", { icon: ft.icons.SETTINGS }),
      ],
    });
    expect(bar.destinations.map((d) => [d.label, d.icon])).toEqual([
      ["Home", "home"],
      ["Settings", "settings"],
    ]);
  });

  it("refuses a string index", () => {
    expect(errorCodeOf(() => new ft.NavigationBar({ selectedIndex: "1" as any }))).toBe(
      ft.ErrorCode.PROP_INVALID_VALUE,
    );
  });
});

describe(ft.NavigationDestination, () => {
  it("marks the label as shown text and accessible name", () => {
    expect(flagged(ft.NavigationDestination, "text")).toEqual(["label"]);
    expect(flagged(ft.NavigationDestination, "label")).toEqual(["label"]);
  });

  it("has string icons and control icon slots", () => {
    expect(namesOf(ft.NavigationDestination).props).toEqual(
      expect.arrayContaining(["icon", "selectedIcon"]),
    );
    expect(namesOf(ft.NavigationDestination).slots).toEqual(["iconContent", "selectedIconContent"]);
  });
});

describe(ft.Tabs, () => {
  it("binds selectedIndex two-way and lists tabs in a slot", () => {
    expect(flagged(ft.Tabs, "twoWay")).toEqual(["selectedIndex"]);
    expect(ft.schemaOf(ft.Tabs).slots).toEqual([{ name: "tabs", list: true }]);
  });

  it("declares Flet's Tabs properties with their defaults", () => {
    expect(namesOf(ft.Tabs).props).toEqual(
      expect.arrayContaining([
        "scrollable",
        "tabAlignment",
        "animationDuration",
        "dividerColor",
        "indicatorColor",
        "indicatorBorderRadius",
        "indicatorBorderSide",
        "indicatorPadding",
        "indicatorTabSize",
        "labelColor",
        "unselectedLabelColor",
        "overlayColor",
      ]),
    );
    const tabs = new ft.Tabs();
    expect([tabs.selectedIndex, tabs.scrollable, tabs.indicatorTabSize]).toEqual([0, true, false]);
  });

  it("refuses a tab alignment Flet does not know", () => {
    expect(errorCodeOf(() => new ft.Tabs({ tabAlignment: "justify" as any }))).toBe(
      ft.ErrorCode.PROP_INVALID_VALUE,
    );
  });
});

describe(ft.Tab, () => {
  it("takes the text first", () => {
    const body = new ft.Text("Body");
    const tab = new ft.Tab("One", { content: body, icon: ft.icons.LOOKS_ONE });
    expect([tab.text, tab.content, tab.icon]).toEqual(["One", body, "looks_one"]);
  });

  it("keeps Flet's split of a text header and a control header", () => {
    expect(namesOf(ft.Tab).slots).toEqual(["tabContent", "content"]);
    expect(flagged(ft.Tab, "text")).toEqual(["text"]);
  });
});
