// SearchBar in the tester: Flet 0.21's props and events, typing and submitting, its view's
// suggestions reachable only while the view is open (a tap on the bar, openView()), and
// closeView(text) putting the pick in the bar.
import * as ft from "flet-ts";
import { createTester, type Tester, type TreeNode } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../examples/controls/search.js";
import { errorCodeOf, namesOf, propOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("SearchBar", () => {
  it("declares every prop, slot and event of Flet 0.21's SearchBar", () => {
    const { props, slots, events } = namesOf(ft.SearchBar);
    expect(props).toEqual(
      expect.arrayContaining([
        "value",
        "barHintText",
        "barBgcolor",
        "barOverlayColor",
        "viewElevation",
        "viewBgcolor",
        "viewHintText",
        "viewSide",
        "viewShape",
        "viewHeaderTextStyle",
        "viewHintTextStyle",
        "dividerColor",
        "fullScreen",
        "capitalization",
      ]),
    );
    expect(slots).toEqual([
      "controls[]",
      "barLeading",
      "barTrailing[]",
      "viewLeading",
      "viewTrailing[]",
    ]);
    expect(events).toEqual(expect.arrayContaining(["onTap", "onSubmit", "onChange"]));
    expect(propOf(ft.SearchBar, "value")?.twoWay).toBe(true);
  });

  it("filters as the user types, submits, and opens its view on a tap", async () => {
    t = await createTester(main);
    const bar = t.find.byType(ft.SearchBar);
    await t.enterText(bar, "blue");
    expect((bar.first as ft.SearchBar).value).toBe("blue");
    const view = () =>
      (((t!.tree().views as TreeNode[])[0]!.controls as TreeNode[])[1]!.controls as TreeNode[])
        .length;
    expect(view()).toBe(3);
    await t.trigger(bar, "submit", "blue");
    expect(t.find.text('Searched for "blue".').exists).toBe(true);
    // The suggestions are in the view: not reachable until it opens.
    await expect(t.tap(t.find.text("Light blue"))).rejects.toThrow(
      /search bar whose view is not open \(tap the bar first\)/,
    );
    await t.tap(bar);
    await t.tap(t.find.text("Light blue"));
    expect(t.find.text("Picked Light blue.").exists).toBe(true);
    expect((bar.first as ft.SearchBar).value).toBe("Light blue");
    // closeView() closed it: the suggestions are out of reach again.
    await expect(t.tap(t.find.text("Light blue"))).rejects.toThrow(/not open/);
    expect(t.browser.calls.map((call) => call.method)).toContain("closeView");
  });

  it("opens from openView(), and sends tap when the app listens", async () => {
    const taps: string[] = [];
    const bar = new ft.SearchBar(
      [new ft.ListTile({ title: new ft.Text("One"), onClick: () => {} })],
      {
        onTap: () => void taps.push("tap"),
      },
    );
    t = await createTester((page) =>
      page.add(bar, new ft.TextButton("Open", { onClick: () => void bar.openView() })),
    );
    await t.tap(t.find.text("Open"));
    await t.tap(t.find.text("One"));
    await t.tap(bar);
    expect(taps).toEqual(["tap"]);
  });

  it("refuses bad values where they are set, and methods off the page", async () => {
    for (const bad of [
      { viewElevation: -1 },
      { barBgcolor: { hovered: "bluish" } },
      { barOverlayColor: { sideways: "red" } },
      { capitalization: "shout" },
      { dividerColor: "nope" },
    ]) {
      expect(errorCodeOf(() => new ft.SearchBar(bad as ft.ControlOptions<ft.SearchBar>))).toBe(
        "FLET_ERR_PROP_INVALID_VALUE",
      );
    }
    expect(() => new ft.SearchBar({ viewElevation: -1 })).toThrow(/SearchBar\.viewElevation/);
    await expect(new ft.SearchBar().openView()).rejects.toMatchObject({
      code: "FLET_ERR_CONTROL_NOT_MOUNTED",
    });
  });
});
