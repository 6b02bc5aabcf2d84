// Chip against the pack contract kit: every prop it declares changes what the browser
// shows, and every event (click, select, delete, focus, blur, animationEnd) is sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

describe("Chip against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.Chip],
      samples: {
        chip: {
          label: () => new ft.Text("Chip"),
          leading: () => new ft.Icon(ft.icons.STAR),
          deleteIcon: () => new ft.Icon(ft.icons.CANCEL),
          // A function sample is called per mount: this one gives each mount a handler.
          onDelete: () => () => {},
          selected: true,
          elevation: 2,
          shape: ft.shapes.stadium(),
          padding: 12,
          labelPadding: { left: 4, right: 4 },
          labelStyle: { size: 16, weight: ft.FontWeight.BOLD },
        },
      },
      exempt: { chip: { ...layoutOnly, ...noTwin } },
      triggers: {
        chip: {
          delete: (chip) => chip.getByRole("button", { name: "Delete Chip" }).click(),
          select: (chip) => chip.getByText("Chip").click(),
          focus: (chip) => chip.getByRole("button", { name: "Delete Chip" }).focus(),
          blur: async (chip) => {
            const remove = chip.getByRole("button", { name: "Delete Chip" });
            await remove.focus();
            await remove.blur();
          },
        },
      },
    });
  }, 180_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "chip.selectedShadowColor",
        "chip.click",
        "chip.select",
        "chip.delete",
        "chip.animationEnd",
      ]),
    );
  });
});
