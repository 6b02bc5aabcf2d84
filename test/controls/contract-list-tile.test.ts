// ListTile against the pack contract kit: every prop it declares changes what the browser
// shows, and every event is sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

describe("ListTile against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.ListTile],
      samples: {
        listtile: {
          leading: () => new ft.Icon(ft.icons.STAR),
          title: () => new ft.Text("Title"),
          subtitle: () => new ft.Text("Subtitle"),
          trailing: () => new ft.Checkbox(),
          contentPadding: { left: 24, right: 24 },
          // Interactive, as Flutter's tile must be to show hoverColor and bgcolorActivated.
          toggleInputs: true,
        },
      },
      exempt: {
        listtile: {
          ...layoutOnly,
          ...noTwin,
          urlTarget: "where url opens: only seen when it is clicked (test/e2e/acted-props.test.ts)",
        },
      },
      triggers: {
        listtile: {
          click: (tile) => tile.getByText("Title", { exact: true }).first().click(),
          longPress: async (tile, page) => {
            await tile.getByText("Title", { exact: true }).first().hover();
            await page.mouse.down();
            await tile.evaluate(() => new Promise((resolve) => setTimeout(resolve, 700)));
            await page.mouse.up();
          },
        },
      },
    });
  }, 900_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining(["listtile.hoverColor", "listtile.toggleInputs", "listtile.click"]),
    );
  });
});
