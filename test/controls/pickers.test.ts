// DatePicker and TimePicker in the tester: Flet 0.21's props and events, dates as `Date`
// (zone-less ISO on the wire), pickDate()/pickTime() opening the dialog, a user's choice
// and dismissal, days outside the range out of reach, and the range checks.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../examples/controls/pickers.js";
import { errorCodeOf, namesOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const picker = <TPicker>(cls: new (...args: never[]) => TPicker): TPicker =>
  t!.find.byType(cls as never, { hidden: true }).first as TPicker;

describe("DatePicker", () => {
  it("declares every prop and event of Flet 0.21's DatePicker", () => {
    const { props, events } = namesOf(ft.DatePicker);
    expect(props).toEqual(
      expect.arrayContaining([
        "open",
        "value",
        "firstDate",
        "lastDate",
        "currentDate",
        "keyboardType",
        "datePickerMode",
        "datePickerEntryMode",
        "helpText",
        "cancelText",
        "confirmText",
        "errorFormatText",
        "errorInvalidText",
        "fieldHintText",
        "fieldLabelText",
        "switchToCalendarEntryModeIcon",
        "switchToInputEntryModeIcon",
        "locale",
      ]),
    );
    expect(events).toEqual(["onChange", "onDismiss"]);
    expect(Object.values(ft.DatePickerEntryMode)).toEqual([
      "calendar",
      "input",
      "calendarOnly",
      "inputOnly",
    ]);
    expect(Object.values(ft.DatePickerMode)).toEqual(["day", "year"]);
  });

  it("keeps dates as Date and sends them as zone-less ISO text, as Flet does", async () => {
    const date = new ft.DatePicker({
      value: new Date(2024, 4, 20),
      firstDate: "2024-01-01" as never,
    });
    expect(date.value).toEqual(new Date(2024, 4, 20));
    expect(date.firstDate).toEqual(new Date(2024, 0, 1));
    t = await createTester((page) => {
      page.overlay.push(date);
    });
    const wire = JSON.stringify(t.tree());
    expect(wire).toContain('"value":"2024-05-20T00:00:00.000"');
    expect(wire).toContain('"firstDate":"2024-01-01"');
  });

  it("opens with pickDate(); the user chooses a day (onChange) or dismisses (onDismiss)", async () => {
    t = await createTester(main);
    const date = picker(ft.DatePicker);
    await expect(t.choose(date, new Date(2024, 5, 3))).rejects.toThrow(
      /is a picker whose dialog is not open \(the app opens it: pickDate\(\), pickTime\(\)\)/,
    );
    await t.tap(t.find.text("Pick date"));
    expect(date.open).toBe(true);
    await t.choose(date, new Date(2024, 5, 3));
    expect(date.value).toEqual(new Date(2024, 5, 3));
    expect(date.open).toBe(false);
    expect(t.find.text("Picked Mon Jun 03 2024.").exists).toBe(true);
    await t.tap(t.find.text("Pick date"));
    await t.dismiss(date);
    expect(date.open).toBe(false);
    expect(date.value).toEqual(new Date(2024, 5, 3));
    expect(t.find.text("Date picker dismissed.").exists).toBe(true);
  });

  it("does not let the user choose a day outside firstDate..lastDate", async () => {
    t = await createTester(main);
    const date = picker(ft.DatePicker);
    await t.tap(t.find.text("Pick date"));
    await expect(t.choose(date, new Date(2026, 0, 1))).rejects.toThrow(
      /a day from Mon Jan 01 2024 to Wed Dec 31 2025 \(firstDate to lastDate\), but got Thu Jan 01 2026, which the calendar shows disabled.*\[FLET_ERR_TESTER_NOT_INTERACTIVE\]/,
    );
    await expect(t.choose(date, "10:00")).rejects.toThrow(/a valid Date/);
    expect(date.open).toBe(true);
  });

  it("refuses first_date after last_date and a value outside the range (validate)", async () => {
    const date = new ft.DatePicker({
      firstDate: new Date(2024, 0, 1),
      lastDate: new Date(2024, 11, 31),
    });
    t = await createTester((page) => {
      page.overlay.push(date);
    });
    const sent = t.patches.length;
    date.firstDate = new Date(2025, 0, 1);
    date.update();
    await t.settle();
    date.firstDate = new Date(2024, 0, 1);
    date.value = new Date(2023, 11, 31);
    date.update();
    await t.settle();
    expect(t.patches.length, "a refused update sends nothing").toBe(sent);
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    const messages = t.errors.map((error) => String((error as Error).message));
    expect(messages[0]).toMatch(
      /Expected DatePicker\.firstDate to be on or before lastDate \(Tue Dec 31 2024\), but got Wed Jan 01 2025\. Set firstDate earlier or lastDate later\. \[FLET_ERR_PROP_INVALID_VALUE\]/,
    );
    expect(messages[1]).toMatch(
      /Expected DatePicker\.value to be between firstDate \(Mon Jan 01 2024\) and lastDate \(Tue Dec 31 2024\), but got Sun Dec 31 2023/,
    );
  });

  it("refuses a date that is not one where it is set", () => {
    expect(errorCodeOf(() => new ft.DatePicker({ value: new Date(Number.NaN) }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
    expect(errorCodeOf(() => new ft.DatePicker({ lastDate: "next week" as never }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
  });
});

describe("TimePicker", () => {
  it("declares every prop and event of Flet 0.21's TimePicker (and 0.22's orientation and onEntryModeChange)", () => {
    const { props, events } = namesOf(ft.TimePicker);
    expect(props).toEqual(
      expect.arrayContaining([
        "open",
        "value",
        "timePickerEntryMode",
        "hourLabelText",
        "minuteLabelText",
        "helpText",
        "cancelText",
        "confirmText",
        "errorInvalidText",
        "orientation",
        "locale",
      ]),
    );
    expect(events).toEqual(["onChange", "onDismiss", "onEntryModeChange"]);
    expect(Object.values(ft.TimePickerEntryMode)).toEqual([
      "dial",
      "input",
      "dialOnly",
      "inputOnly",
    ]);
  });

  it("opens with pickTime(); the user chooses a time; entry mode changes arrive typed", async () => {
    t = await createTester(main);
    const time = picker(ft.TimePicker);
    await t.tap(t.find.text("Pick time"));
    await t.trigger(time, "entryModeChange", "input");
    expect(t.find.text("Time entry: input.").exists).toBe(true);
    await t.choose(time, "7:05");
    expect(time.value).toBe("07:05");
    expect(time.open).toBe(false);
    expect(t.find.text("Picked 07:05.").exists).toBe(true);
    await expect(t.choose(time, "08:00")).rejects.toThrow(/not open/);
  });

  it("refuses a time that is not one", async () => {
    expect(errorCodeOf(() => new ft.TimePicker({ value: "24:00" }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
    t = await createTester(main);
    const time = picker(ft.TimePicker);
    time.pickTime();
    await t.settle();
    await expect(t.choose(time, "12:60")).rejects.toThrow(/a time "HH:MM"/);
  });
});
