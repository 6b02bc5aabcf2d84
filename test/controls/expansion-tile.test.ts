// ExpansionTile in the tester: Flet's props, expanding by a tap on its header (not on its
// controls), collapsed controls out of reach, initiallyExpanded, and bad input.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodeOf, flagged, namesOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("ExpansionTile", () => {
  it("declares Flet 0.21's props, slots and events", () => {
    expect(namesOf(ft.ExpansionTile)).toMatchObject({
      props: expect.arrayContaining([
        "controlsPadding",
        "tilePadding",
        "affinity",
        "expandedAlignment",
        "expandedCrossAxisAlignment",
        "clipBehavior",
        "initiallyExpanded",
        "maintainState",
        "textColor",
        "iconColor",
        "shape",
        "bgcolor",
        "collapsedBgcolor",
        "collapsedIconColor",
        "collapsedTextColor",
        "collapsedShape",
      ]),
      slots: ["controls[]", "title", "subtitle", "leading", "trailing"],
    });
    expect(flagged(ft.ExpansionTile, "twoWay")).toEqual(["expanded"]);
    expect(Object.values(ft.TileAffinity)).toEqual(["leading", "trailing", "platform"]);
  });

  it("expands and collapses from its header; its controls are out of reach while collapsed", async () => {
    const changes: unknown[] = [];
    const inner: string[] = [];
    const tile = new ft.ExpansionTile(
      [
        new ft.TextButton("Inside", { onClick: () => void inner.push("inside") }),
        new ft.Text("Note"),
      ],
      { title: new ft.Text("More"), onChange: (e) => void changes.push(e.data) },
    );
    t = await createTester((page) => page.add(tile));
    expect(tile.expanded).toBe(false);
    await expect(t.tap(t.find.text("Inside"))).rejects.toThrow(/collapsed; a user could not/);
    await t.tap(t.find.text("More"));
    expect(tile.expanded).toBe(true);
    await t.tap(t.find.text("Inside"));
    // A tap on a plain control inside does nothing: it does not toggle the tile.
    await expect(t.tap(t.find.text("Note"))).rejects.toThrow(/react to a tap/);
    expect([tile.expanded, inner]).toEqual([true, ["inside"]]);
    await t.tap(t.find.text("More"));
    expect([tile.expanded, changes]).toEqual([false, [true, false]]);
  });

  it("starts expanded with initiallyExpanded; the app may open or close it", async () => {
    const tile = new ft.ExpansionTile([new ft.Text("Body")], {
      title: new ft.Text("Open"),
      initiallyExpanded: true,
    });
    expect(tile.expanded).toBe(true);
    t = await createTester((page) => page.add(tile));
    const body = new ft.TextButton("Body action");
    tile.controls.push(body);
    tile.update();
    await t.settle();
    await t.tap(t.find.text("Body action"));
    tile.expanded = false;
    tile.update();
    await t.settle();
    await expect(t.tap(t.find.text("Body action"))).rejects.toThrow(/collapsed/);
  });

  it("refuses bad values where they are set, naming the property", () => {
    expect(errorCodeOf(() => new ft.ExpansionTile({ affinity: "left" as never }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
    expect(() => new ft.ExpansionTile({ controlsPadding: -1 })).toThrow(
      /ExpansionTile\.controlsPadding/,
    );
    expect(errorCodeOf(() => new ft.ExpansionTile({ textColor: "nope(" }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
  });
});
