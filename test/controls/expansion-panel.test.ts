// ExpansionPanelList in the tester: Flet's props, a panel opened by its button or (with
// canTapHeader) its header, the panel's and the list's change events, content out of
// reach while closed, and bad input.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodeOf, flagged, namesOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("ExpansionPanelList", () => {
  it("declares Flet 0.21's props and events", () => {
    expect(namesOf(ft.ExpansionPanelList)).toMatchObject({
      props: expect.arrayContaining([
        "dividerColor",
        "elevation",
        "expandedHeaderPadding",
        "expandIconColor",
        "spacing",
      ]),
      events: expect.arrayContaining(["onChange"]),
      slots: ["controls[]"],
    });
    expect(namesOf(ft.ExpansionPanel)).toMatchObject({
      props: expect.arrayContaining(["expanded", "canTapHeader", "bgcolor"]),
      slots: ["header", "content"],
    });
    expect(flagged(ft.ExpansionPanel, "twoWay")).toEqual(["expanded"]);
  });

  it("opens a panel from its button or its header, and reports the index", async () => {
    const log: string[] = [];
    const tappable = new ft.ExpansionPanel(new ft.Text("First"), {
      canTapHeader: true,
      content: new ft.TextButton("Inside first", { onClick: () => void log.push("inside") }),
      onChange: (e) => void log.push(`panel ${e.data}`),
    });
    const buttonOnly = new ft.ExpansionPanel(new ft.Text("Second"), {
      content: new ft.Text("Second body"),
    });
    const list = new ft.ExpansionPanelList([tappable, buttonOnly], {
      onChange: (e) => void log.push(`list ${e.data}`),
    });
    t = await createTester((page) => page.add(list));
    await expect(t.tap(t.find.text("Inside first"))).rejects.toThrow(/collapsed/);
    await t.tap(t.find.text("First"));
    expect(tappable.expanded).toBe(true);
    await t.tap(t.find.text("Inside first"));
    // Without canTapHeader, only the panel's button (the panel itself) opens it.
    await expect(t.tap(t.find.text("Second"))).rejects.toThrow(/react to a tap/);
    await t.tap(buttonOnly);
    expect(buttonOnly.expanded).toBe(true);
    expect(log).toEqual(["panel true", "list 0", "inside", "list 1"]);
  });

  it("refuses bad values where they are set, naming the property", () => {
    expect(errorCodeOf(() => new ft.ExpansionPanelList({ spacing: -8 }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
    expect(() => new ft.ExpansionPanelList({ dividerColor: "nope(" })).toThrow(
      /ExpansionPanelList\.dividerColor/,
    );
    expect(errorCodeOf(() => new ft.ExpansionPanel({ expanded: "yes" as never }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
  });
});
