// ExpansionPanelList and ExpansionPanel against the pack contract kit: every prop they
// declare changes what the browser shows, and their change events are sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const panel = () =>
  new ft.ExpansionPanel(new ft.Text("Header"), { content: new ft.Text("Body"), expanded: true });

describe("expansion panels against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.ExpansionPanelList, ft.ExpansionPanel],
      samples: {
        expansionpanellist: {
          controls: () => [panel(), panel()],
          expandedHeaderPadding: 4,
        },
        expansionpanel: {
          header: () => new ft.Text("Header"),
          content: () => new ft.Text("Body"),
        },
      },
      exempt: {
        expansionpanellist: { ...layoutOnly, ...noTwin },
        expansionpanel: { ...layoutOnly, ...noTwin },
      },
      triggers: {
        expansionpanellist: {
          change: (list) => list.getByRole("button", { name: "Collapse" }).first().click(),
        },
        expansionpanel: {
          change: (item) => item.getByRole("button", { name: "Expand" }).click(),
        },
      },
    });
  }, 180_000);

  it("draws every declared prop and sends the change events", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "expansionpanellist.change",
        "expansionpanellist.spacing",
        "expansionpanel.canTapHeader",
        "expansionpanel.change",
      ]),
    );
  });
});
