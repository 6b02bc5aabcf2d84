// PopupMenuButton and PopupMenuItem against the pack contract kit: every prop they
// declare changes what the browser shows, and their events are sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

describe("popup menus against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.PopupMenuButton, ft.PopupMenuItem],
      samples: {
        popupmenubutton: {
          items: () => [new ft.PopupMenuItem("Alpha"), new ft.PopupMenuItem("Beta")],
          icon: ft.icons.MENU,
          menuPosition: ft.PopupMenuPosition.UNDER,
        },
        popupmenuitem: { text: "Alpha", icon: ft.icons.EDIT, content: () => new ft.Text("Custom") },
      },
      exempt: {
        popupmenubutton: { ...layoutOnly, ...noTwin },
        popupmenuitem: { ...layoutOnly, ...noTwin },
      },
      triggers: {
        popupmenubutton: {
          cancelled: async (button, page) => {
            await button.getByRole("button", { name: "Show menu" }).click();
            await page.keyboard.press("Escape");
          },
        },
      },
    });
  }, 180_000);

  it("draws every declared prop and sends the events", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "popupmenubutton.cancelled",
        "popupmenuitem.checked",
        "popupmenuitem.click",
      ]),
    );
  });
});
