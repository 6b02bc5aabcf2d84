// MenuBar, SubmenuButton and MenuItemButton in the tester: Flet 0.21's props, menus that
// open by a tap before their items can be tapped (as in the browser), nested menus, a
// pick closing the cascade, open/close events, items disabled without onClick, and bad input.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodeOf, namesOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** A bar with File (New, Recent > a.txt) and Edit (Undo, Redo without onClick); logs events. */
function app(log: string[]) {
  const item = (name: string) =>
    new ft.MenuItemButton(new ft.Text(name), { onClick: () => void log.push(`click ${name}`) });
  const submenu = (name: string, controls: ft.Control[]) =>
    new ft.SubmenuButton(new ft.Text(name), {
      controls,
      onOpen: () => void log.push(`open ${name}`),
      onClose: () => void log.push(`close ${name}`),
    });
  const recent = submenu("Recent", [item("a.txt")]);
  const file = submenu("File", [item("New"), recent]);
  const edit = submenu("Edit", [item("Undo"), new ft.MenuItemButton(new ft.Text("Redo"))]);
  return { bar: new ft.MenuBar([file, edit]), file, edit, recent };
}

describe("MenuBar", () => {
  it("declares Flet 0.21's props and events", () => {
    expect(namesOf(ft.MenuBar)).toMatchObject({
      props: expect.arrayContaining(["clipBehavior", "style"]),
      slots: ["controls[]"],
    });
    expect(namesOf(ft.SubmenuButton)).toMatchObject({
      props: expect.arrayContaining(["clipBehavior", "menuStyle", "style", "alignmentOffset"]),
      events: expect.arrayContaining(["onOpen", "onClose", "onHover", "onFocus", "onBlur"]),
      slots: expect.arrayContaining(["content", "controls[]", "leading", "trailing"]),
    });
    expect(namesOf(ft.MenuItemButton)).toMatchObject({
      props: expect.arrayContaining(["closeOnClick", "focusOnHover", "clipBehavior", "style"]),
      events: expect.arrayContaining(["onClick", "onHover", "onFocus", "onBlur"]),
      slots: expect.arrayContaining(["content", "leading", "trailing"]),
    });
    expect(ft.MouseCursor.RESIZE_LEFT_RIGHT).toBe("resizeLeftRight");
  });

  it("keeps a menu's items out of reach until a tap opens it; a pick closes the cascade", async () => {
    const log: string[] = [];
    const { bar } = app(log);
    t = await createTester((page) => page.add(bar));
    await expect(t.tap(t.find.text("New"))).rejects.toThrow(
      /menu is not open \(tap the button first\)/,
    );
    await t.tap(t.find.text("File"));
    await expect(t.tap(t.find.text("a.txt"))).rejects.toThrow(/menu is not open/);
    await t.tap(t.find.text("Recent"));
    await t.tap(t.find.text("a.txt"));
    expect(log).toEqual(["open File", "open Recent", "click a.txt", "close Recent", "close File"]);
    // The pick closed both menus.
    await expect(t.tap(t.find.text("New"))).rejects.toThrow(/menu is not open/);
  });

  it("opening a menu closes the open one beside it; a second tap closes it", async () => {
    const log: string[] = [];
    const { bar } = app(log);
    t = await createTester((page) => page.add(bar));
    await t.tap(t.find.text("File"));
    await t.tap(t.find.text("Recent"));
    await t.tap(t.find.text("Edit"));
    expect(log).toEqual(["open File", "open Recent", "close Recent", "close File", "open Edit"]);
    await t.tap(t.find.text("Undo"));
    await t.tap(t.find.text("Edit"));
    await t.tap(t.find.text("Edit"));
    expect(log.slice(5)).toEqual(["click Undo", "close Edit", "open Edit", "close Edit"]);
  });

  it("keeps a menu open after a pick with closeOnClick false", async () => {
    const log: string[] = [];
    const { bar, file } = app(log);
    (file.controls[0] as ft.MenuItemButton).closeOnClick = false;
    t = await createTester((page) => page.add(bar));
    await t.tap(t.find.text("File"));
    await t.tap(t.find.text("New"));
    await t.tap(t.find.text("New"));
    expect(log).toEqual(["open File", "click New", "click New"]);
  });

  it("disables an item without onClick and a SubmenuButton without controls, as Flutter", async () => {
    const log: string[] = [];
    const { bar } = app(log);
    const empty = new ft.SubmenuButton(new ft.Text("Empty"));
    t = await createTester((page) => page.add(bar, empty));
    await t.tap(t.find.text("Edit"));
    await expect(t.tap(t.find.text("Redo"))).rejects.toThrow(
      /MenuItemButton without onClick, which is disabled/,
    );
    await expect(t.tap(empty)).rejects.toThrow(/SubmenuButton without controls/);
  });

  it("a SubmenuButton on its own opens by a tap; focus() reaches only open items", async () => {
    const log: string[] = [];
    const link = new ft.MenuItemButton(new ft.Text("Copy link"), {
      onClick: () => void log.push("copied"),
    });
    const share = new ft.SubmenuButton(new ft.Text("Share"), {
      controls: [link],
      onClose: () => void log.push("closed"),
    });
    t = await createTester((page) => page.add(share));
    expect(await link.focus()).toBe(false);
    await t.tap(share);
    expect(await link.focus()).toBe(true);
    expect(t.focused).toBe(link);
    await t.tap(link);
    expect(log).toEqual(["copied", "closed"]);
    // Without an onHover handler the browser sends no hover: the tester refuses it too.
    await expect(t.trigger(share, "hover", true)).rejects.toMatchObject({
      code: "FLET_ERR_TESTER_NOT_LISTENING",
    });
  });

  it("refuses bad values where they are set, naming the property", async () => {
    expect(errorCodeOf(() => new ft.SubmenuButton({ alignmentOffset: { x: "1" } as never }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
    expect(() => new ft.MenuItemButton({ clipBehavior: "round" as never })).toThrow(
      /MenuItemButton\.clipBehavior/,
    );
    expect(() => new ft.MenuBar({ clipBehavior: "round" as never })).toThrow(
      /MenuBar\.clipBehavior/,
    );
    t = await createTester((page) => page.add(new ft.MenuBar()));
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(t.errors[0]).toMatchObject({
      code: "FLET_ERR_PROP_INVALID_VALUE",
      message: expect.stringMatching(
        /Expected MenuBar\.controls to hold at least one visible control/,
      ),
    });
  });
});
