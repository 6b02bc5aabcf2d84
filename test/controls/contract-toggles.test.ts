// Checkbox, Radio, RadioGroup and Switch against the pack contract kit: every prop they
// declare changes what the browser shows (colours per state, thumb icons, the tristate
// dash), and their events are sent.
import * as ft from "flet-ts";
import type { EventTrigger, PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const plain = { ...layoutOnly, ...noTwin };

/** Focus and blur on the labelled control's input (the label itself takes no focus). */
function focusOf(role: "checkbox" | "radio" | "switch"): Record<string, EventTrigger> {
  return {
    focus: (control) => control.getByRole(role).focus(),
    blur: async (control) => {
      await control.getByRole(role).focus();
      await control.getByRole(role).blur();
    },
  };
}

describe("Checkbox, Radio, RadioGroup and Switch against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.Checkbox, ft.Radio, ft.RadioGroup, ft.Switch],
      samples: {
        checkbox: {
          label: "Agree",
          value: true,
          labelStyle: { size: 20 },
          fillColor: { selected: "#1e88e5", "": "#d81b60" },
          overlayColor: { hovered: "#d81b60" },
        },
        radio: {
          label: "Tea",
          value: "tea",
          labelStyle: { size: 20 },
          // Flutter's fillColor wins over activeColor: this one leaves the selected ring to it.
          fillColor: { hovered: "#d81b60" },
        },
        radiogroup: {
          content: () => new ft.Radio("Tea", { value: "tea" }),
          value: "tea",
        },
        switch: {
          label: "Wi-Fi",
          labelStyle: { size: 20 },
          thumbColor: { selected: "#1e88e5", "": "#d81b60" },
          trackColor: { "": "#d81b60" },
          thumbIcon: { selected: ft.icons.CHECK, "": ft.icons.CLOSE },
        },
      },
      exempt: {
        checkbox: plain,
        radio: plain,
        radiogroup: plain,
        switch: plain,
      },
      triggers: {
        radiogroup: { change: (group) => group.getByRole("radio").click() },
        checkbox: { change: (box) => box.getByRole("checkbox").click(), ...focusOf("checkbox") },
        radio: focusOf("radio"),
        switch: { change: (toggle) => toggle.getByRole("switch").click(), ...focusOf("switch") },
      },
    });
  }, 300_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    expect(report.checks.map((check) => `${check.type}.${check.member}`)).toEqual(
      expect.arrayContaining([
        "checkbox.fillColor",
        "checkbox.tristate",
        "switch.activeColor",
        "switch.thumbIcon",
        "radio.fillColor",
        "radiogroup.change",
      ]),
    );
  });
});
