// NavigationRail in the tester: Flet's props and defaults, picking a destination by tap,
// two-way selectedIndex, and bad values refused where they are set.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodeOf, flagged, namesOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

function rail(options: ft.ControlOptions<ft.NavigationRail> = {}) {
  return new ft.NavigationRail(
    [
      new ft.NavigationRailDestination("Inbox", { icon: ft.icons.INBOX_OUTLINED }),
      new ft.NavigationRailDestination("Starred", { icon: ft.icons.STAR_BORDER }),
      new ft.NavigationRailDestination("Sent", { icon: ft.icons.SEND }),
    ],
    options,
  );
}

describe("NavigationRail", () => {
  it("declares Flet 0.21's props, slots and events", () => {
    expect(namesOf(ft.NavigationRail)).toMatchObject({
      props: expect.arrayContaining([
        "selectedIndex",
        "extended",
        "labelType",
        "bgcolor",
        "indicatorColor",
        "indicatorShape",
        "elevation",
        "minWidth",
        "minExtendedWidth",
        "groupAlignment",
      ]),
      events: ["onAnimationEnd", "onChange"],
      slots: ["destinations[]", "leading", "trailing"],
    });
    expect(namesOf(ft.NavigationRailDestination)).toMatchObject({
      props: expect.arrayContaining(["label", "icon", "selectedIcon", "padding"]),
      slots: ["labelContent", "iconContent", "selectedIconContent"],
    });
    expect(flagged(ft.NavigationRail, "twoWay")).toEqual(["selectedIndex"]);
    expect(Object.values(ft.NavigationRailLabelType)).toEqual(["none", "all", "selected"]);
  });

  it("selects nothing until told, then picks the tapped destination", async () => {
    const picked: (number | undefined)[] = [];
    const control = rail({ onChange: (e) => void picked.push(e.control.selectedIndex) });
    expect(control.selectedIndex).toBeUndefined();
    t = await createTester((page) => page.add(control));
    await t.tap(t.find.text("Starred"));
    await t.tap(t.find.text("Sent"));
    expect(picked).toEqual([1, 2]);
    expect(control.selectedIndex).toBe(2);
  });

  it("refuses a tap on a disabled destination, as the browser does", async () => {
    const control = rail({ selectedIndex: 0 });
    control.destinations[1]!.disabled = true;
    t = await createTester((page) => page.add(control));
    await expect(t.tap(t.find.text("Starred"))).rejects.toThrow(/disabled; a user could not/);
    expect(control.selectedIndex).toBe(0);
  });

  it("refuses bad values where they are set, naming the property", () => {
    expect(errorCodeOf(() => rail({ groupAlignment: 2 }))).toBe("FLET_ERR_PROP_INVALID_VALUE");
    expect(() => rail({ groupAlignment: 2 })).toThrow(/NavigationRail\.groupAlignment/);
    expect(errorCodeOf(() => rail({ selectedIndex: -1 }))).toBe("FLET_ERR_PROP_INVALID_VALUE");
    expect(errorCodeOf(() => rail({ labelType: "some" as never }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
    expect(errorCodeOf(() => rail({ minWidth: -4 }))).toBe("FLET_ERR_PROP_INVALID_VALUE");
    const kept = rail({ groupAlignment: 0 });
    expect(() => {
      kept.groupAlignment = -3;
    }).toThrow();
    expect(kept.groupAlignment).toBe(0);
  });
});
