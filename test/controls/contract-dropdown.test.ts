// Dropdown and DropdownOption against the pack contract kit: every prop they declare (the
// dropdown's own and the decoration it shares with TextField) changes what the browser
// shows, and their events are sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, formFieldSamples, layoutOnly, noTwin } from "./contract.js";

describe("Dropdown and DropdownOption against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.Dropdown, ft.DropdownOption],
      samples: {
        dropdown: {
          label: "Colour",
          options: () => [new ft.DropdownOption("Red"), new ft.DropdownOption("Green")],
          value: "Green",
          icon: ft.icons.PALETTE,
          ...formFieldSamples,
          // prefixStyle and suffixStyle colour these texts.
          prefixText: "€",
          suffixText: "kg",
          alignment: { x: 1, y: 0 },
        },
        dropdownoption: { text: "Red" },
      },
      exempt: {
        dropdown: {
          ...layoutOnly,
          ...noTwin,
          dense: "tried in the next test: contentPadding (sampled here) replaces its insets",
          textVerticalAlign: "a no-op on Dropdown, as in Flet's Flutter client (see its TSDoc)",
          bgcolor:
            "fills only a filled dropdown, as Flutter's fillColor (Flet's Dropdown does not turn filled on): test/e2e/input-styles.test.ts",
          hintStyle:
            "styles the supporting line when hintText is what it shows (no helperText): test/e2e/input-styles.test.ts",
          counterStyle:
            "styles the supporting line when counterText is what it shows (no helper or hint text): test/e2e/input-styles.test.ts",
        },
        dropdownoption: { ...layoutOnly, ...noTwin },
      },
      triggers: {
        dropdown: {
          change: async (dropdown) => {
            await dropdown.getByRole("combobox").click();
            await dropdown.getByRole("option", { name: "Red" }).click();
          },
          focus: (dropdown) => dropdown.getByRole("combobox").focus(),
          blur: async (dropdown) => {
            await dropdown.getByRole("combobox").focus();
            await dropdown.getByRole("combobox").blur();
          },
        },
      },
    });
  }, 400_000);

  it("draws dense where contentPadding does not set the insets", async () => {
    const { props, events } = ft.schemaOf(ft.Dropdown);
    const others = [...props, ...events]
      .map((member) => member.name)
      .filter((name) => name !== "dense")
      .map((name) => [name, "checked in the full run"]);
    const dense = await checkBuiltIns({
      controls: [ft.Dropdown],
      samples: { dropdown: { label: "Colour" } },
      exempt: { dropdown: Object.fromEntries(others) },
    });
    expect(dense.failures, dense.format()).toEqual([]);
    expect(dense.checks.find((check) => check.member === "dense")?.ok).toBe(true);
  }, 120_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    expect(report.checks.map((check) => `${check.type}.${check.member}`)).toEqual(
      expect.arrayContaining(["dropdown.alignment", "dropdown.textStyle", "dropdown.change"]),
    );
  });
});
