// DatePicker and TimePicker against the pack contract kit: every prop they declare changes
// their open dialog in the DOM, and change, dismiss and entryModeChange reach the server.
// Each picker is checked in both entry modes, as some props only show in one of them.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const OPEN = { open: true };
const inherited = { ...layoutOnly, ...noTwin };
const dateSamples = {
  ...OPEN,
  value: new Date(2024, 4, 20),
  firstDate: new Date(2024, 0, 1),
  lastDate: new Date(2025, 11, 31),
  currentDate: new Date(2024, 4, 17),
  locale: "fr-FR",
  keyboardType: ft.KeyboardType.NUMBER,
  datePickerMode: ft.DatePickerMode.YEAR,
  switchToCalendarEntryModeIcon: "event",
  switchToInputEntryModeIcon: "keyboard",
};
const errors = {
  errorFormatText:
    "shown only after the user confirms text that is not a date: the Chromium test types one (test/e2e/pickers.test.ts)",
  errorInvalidText:
    "shown only after the user confirms a day out of range: the Chromium test types one (test/e2e/pickers.test.ts)",
};
const dateTriggers = {
  change: (dialog: import("playwright-core").Locator) =>
    dialog.getByRole("button", { name: "OK" }).click(),
  dismiss: (dialog: import("playwright-core").Locator) =>
    dialog.getByRole("button", { name: "Cancel" }).click(),
};

describe("DatePicker against checkPackContract", () => {
  let calendar: PackContractReport;
  let input: PackContractReport;
  beforeAll(async () => {
    calendar = await checkBuiltIns({
      controls: [ft.DatePicker],
      samples: { datepicker: dateSamples },
      exempt: {
        datepicker: {
          ...inherited,
          ...errors,
          keyboardType: "the input mode's field: checked in input mode",
          fieldHintText: "the input mode's field: checked in input mode",
          fieldLabelText: "the input mode's field: checked in input mode",
          switchToCalendarEntryModeIcon: "shown in input mode: checked there",
        },
      },
      triggers: { datepicker: dateTriggers },
    });
    input = await checkBuiltIns({
      controls: [ft.DatePicker],
      samples: {
        datepicker: {
          ...dateSamples,
          datePickerEntryMode: ft.DatePickerEntryMode.INPUT,
          fieldHintText: "yyyy-mm-dd",
          fieldLabelText: "Start date",
        },
      },
      exempt: {
        datepicker: {
          ...inherited,
          ...errors,
          datePickerMode: "the calendar's view: checked in calendar mode",
          switchToInputEntryModeIcon: "shown in calendar mode: checked there",
          currentDate: "the calendar's outlined day: checked in calendar mode",
          value: "checked in calendar mode",
          firstDate:
            "the field checks the range only when the user confirms: checked in calendar mode",
          lastDate:
            "the field checks the range only when the user confirms: checked in calendar mode",
        },
      },
      triggers: { datepicker: dateTriggers },
    });
  }, 300_000);

  it("draws every declared prop and sends every event", () => {
    expect(calendar.failures, calendar.format()).toEqual([]);
    expect(input.failures, input.format()).toEqual([]);
    const members = [...calendar.checks, ...input.checks]
      .filter((check) => !check.detail.startsWith("exempt"))
      .map((check) => check.member);
    expect(members).toEqual(
      expect.arrayContaining([
        "open",
        "value",
        "firstDate",
        "lastDate",
        "currentDate",
        "datePickerMode",
        "datePickerEntryMode",
        "keyboardType",
        "fieldHintText",
        "fieldLabelText",
        "switchToCalendarEntryModeIcon",
        "switchToInputEntryModeIcon",
        "locale",
        "change",
        "dismiss",
      ]),
    );
  });
});

describe("TimePicker against checkPackContract", () => {
  let dial: PackContractReport;
  let input: PackContractReport;
  const samples = {
    ...OPEN,
    value: "18:45",
    locale: "de-DE",
    orientation: ft.Orientation.LANDSCAPE,
    hourLabelText: "Hours",
    minuteLabelText: "Minutes",
  };
  const triggers = {
    timepicker: {
      change: (dialog: import("playwright-core").Locator) =>
        dialog.getByRole("button", { name: "OK" }).click(),
      dismiss: (dialog: import("playwright-core").Locator) =>
        dialog.getByRole("button", { name: "Cancel" }).click(),
      entryModeChange: (dialog: import("playwright-core").Locator) =>
        dialog.locator(".flet-tp-toggle").click(),
    },
  };
  beforeAll(async () => {
    dial = await checkBuiltIns({
      controls: [ft.TimePicker],
      samples: { timepicker: samples },
      exempt: {
        timepicker: {
          ...inherited,
          timePickerEntryMode: "checked in the input run (its sample there is input)",
          hourLabelText: "the input mode's label: checked in input mode",
          minuteLabelText: "the input mode's label: checked in input mode",
          errorInvalidText: errors.errorInvalidText.replace("a day out of range", "no valid time"),
        },
      },
      triggers,
    });
    input = await checkBuiltIns({
      controls: [ft.TimePicker],
      samples: { timepicker: { ...samples, timePickerEntryMode: ft.TimePickerEntryMode.INPUT } },
      exempt: {
        timepicker: {
          ...inherited,
          orientation: "lays out the dial: checked in dial mode",
          errorInvalidText: errors.errorInvalidText.replace("a day out of range", "no valid time"),
        },
      },
      triggers,
    });
  }, 300_000);

  it("draws every declared prop and sends every event", () => {
    expect(dial.failures, dial.format()).toEqual([]);
    expect(input.failures, input.format()).toEqual([]);
    const members = [...dial.checks, ...input.checks]
      .filter((check) => !check.detail.startsWith("exempt"))
      .map((check) => check.member);
    expect(members).toEqual(
      expect.arrayContaining([
        "open",
        "value",
        "timePickerEntryMode",
        "hourLabelText",
        "minuteLabelText",
        "orientation",
        "locale",
        "change",
        "dismiss",
        "entryModeChange",
      ]),
    );
  });
});
