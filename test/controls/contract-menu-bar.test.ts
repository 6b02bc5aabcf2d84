// MenuBar, SubmenuButton and MenuItemButton against the pack contract kit: every prop
// they declare changes what the browser shows, and every event (click, open, close,
// hover, focus, blur, animationEnd) is sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const entry = () => [new ft.MenuItemButton(new ft.Text("Alpha"), { onClick: () => {} })];
const trigger = (control: { locator(selector: string): unknown }) =>
  control.locator(".flet-submenu-trigger") as import("playwright-core").Locator;

describe("menus against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.MenuBar, ft.SubmenuButton, ft.MenuItemButton],
      samples: {
        menubar: {
          controls: () => [new ft.SubmenuButton(new ft.Text("File"), { controls: entry() })],
          clipBehavior: ft.ClipBehavior.HARD_EDGE,
          style: { bgcolor: ft.colors.AMBER_100, elevation: 8, padding: 12 },
        },
        submenubutton: {
          content: () => new ft.Text("Menu"),
          controls: entry,
          leading: () => new ft.Icon(ft.icons.FOLDER),
          trailing: () => new ft.Icon(ft.icons.STAR),
          menuStyle: { bgcolor: ft.colors.AMBER_100, alignment: ft.alignment.topRight },
          style: { color: ft.colors.RED, bgcolor: { hovered: ft.colors.BLUE_50 } },
          alignmentOffset: { x: 10, y: 4 },
        },
        menuitembutton: {
          content: () => new ft.Text("Item"),
          leading: () => new ft.Icon(ft.icons.SAVE),
          trailing: () => new ft.Text("Ctrl+S"),
          clipBehavior: ft.ClipBehavior.HARD_EDGE,
          style: { color: ft.colors.RED, shape: ft.shapes.roundedRectangle(8) },
          // A function sample is called per mount: each mount gets a handler (enabled item).
          onClick: () => () => {},
        },
      },
      exempt: {
        menubar: { ...layoutOnly, ...noTwin },
        submenubutton: { ...layoutOnly, ...noTwin },
        menuitembutton: { ...layoutOnly, ...noTwin },
      },
      triggers: {
        submenubutton: {
          open: (control) => trigger(control).click(),
          // From outside: the pointer may already rest where the element is drawn.
          hover: async (control, page) => {
            await page.mouse.move(1, 1);
            await trigger(control).hover();
          },
          close: async (control) => {
            await trigger(control).click();
            await trigger(control).click();
          },
          focus: (control) => trigger(control).focus(),
          blur: async (control) => {
            await trigger(control).focus();
            await trigger(control).blur();
          },
        },
        menuitembutton: {
          hover: async (control, page) => {
            await page.mouse.move(1, 1);
            await control.hover();
          },
        },
      },
    });
  }, 240_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "menubar.style",
        "submenubutton.alignmentOffset",
        "submenubutton.open",
        "submenubutton.close",
        "menuitembutton.closeOnClick",
        "menuitembutton.focusOnHover",
        "menuitembutton.click",
        "menuitembutton.hover",
      ]),
    );
  });
});
