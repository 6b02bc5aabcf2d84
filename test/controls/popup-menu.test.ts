// PopupMenuButton in the tester: Flet's props, a menu opened by a tap on its button
// before its entries can be tapped (as in the browser), a pick closing it, a second tap
// cancelling it, a checkable entry, and bad input.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodeOf, namesOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("PopupMenuButton", () => {
  it("declares Flet 0.21's props and events", () => {
    expect(namesOf(ft.PopupMenuButton)).toMatchObject({
      props: expect.arrayContaining(["icon", "menuPosition"]),
      events: expect.arrayContaining(["onCancelled"]),
      slots: ["items[]", "content"],
    });
    expect(namesOf(ft.PopupMenuItem)).toMatchObject({
      props: expect.arrayContaining(["text", "icon", "checked"]),
      events: expect.arrayContaining(["onClick"]),
      slots: ["content"],
    });
    expect(Object.values(ft.PopupMenuPosition)).toEqual(["over", "under"]);
  });

  it("opens before its entries can be picked; a pick closes it, a second tap cancels it", async () => {
    const log: string[] = [];
    const pinned = new ft.PopupMenuItem("Pinned", {
      checked: false,
      onClick: (e) => {
        e.control.checked = !e.control.checked;
      },
    });
    const button = new ft.PopupMenuButton({
      tooltip: "More",
      items: [new ft.PopupMenuItem("Edit", { onClick: () => void log.push("edit") }), pinned],
      onCancelled: () => void log.push("cancelled"),
    });
    t = await createTester((page) => page.add(button));
    await expect(t.tap(t.find.text("Edit"))).rejects.toThrow(
      /menu is not open \(tap the button first\)/,
    );
    await t.tap(button);
    await t.tap(t.find.text("Edit"));
    // The pick closed the menu.
    await expect(t.tap(t.find.text("Pinned"))).rejects.toThrow(/menu is not open/);
    await t.tap(button);
    await t.tap(t.find.text("Pinned"));
    expect(pinned.checked).toBe(true);
    await t.tap(button);
    await t.tap(button);
    expect(log).toEqual(["edit", "cancelled"]);
  });

  it("refuses bad values where they are set, naming the property", () => {
    expect(errorCodeOf(() => new ft.PopupMenuButton({ menuPosition: "above" as never }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
    expect(() => new ft.PopupMenuItem({ checked: "yes" as never })).toThrow(
      /PopupMenuItem\.checked/,
    );
  });
});
