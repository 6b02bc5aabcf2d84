// The Cupertino wheel pickers (picker, timer picker) against the pack contract kit: every
// prop they declare changes what the browser shows, and every event they declare is sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly } from "./contract.js";

const twin = { adaptive: "it is the Cupertino twin itself" };
const plain = { ...layoutOnly, ...twin };
const fruits = () => ["Apple", "Banana", "Cherry", "Date", "Elder"].map((f) => new ft.Text(f));

describe("Cupertino pickers against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.CupertinoPicker, ft.CupertinoTimerPicker],
      samples: {
        cupertinopicker: {
          controls: fruits,
          selectedIndex: 2,
          useMagnifier: true,
          magnification: 1.3,
        },
        cupertinotimerpicker: { value: 3725, alignment: { x: -1, y: 0 }, width: 400 },
      },
      exempt: {
        cupertinopicker: plain,
        cupertinotimerpicker: plain,
      },
      triggers: {
        cupertinopicker: {
          change: (picker) => picker.getByRole("option", { name: "Date" }).click(),
        },
        cupertinotimerpicker: {
          change: async (picker) => {
            await picker.getByRole("listbox").first().focus();
            await picker.getByRole("listbox").first().press("ArrowDown");
          },
        },
      },
    });
  }, 900_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "cupertinopicker.squeeze",
        "cupertinopicker.change",
        "cupertinotimerpicker.alignment",
      ]),
    );
  });
});
