// CupertinoDatePicker against the pack contract kit, twice: its date-only props (the year
// wheel, the order of the date wheels) show in `date` mode, its time-only props (the
// minutes step, the 24-hour clock) in `time` mode, as in Flutter.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import type { Locator } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly } from "./contract.js";

const plain = { ...layoutOnly, adaptive: "it is the Cupertino twin itself" };
const TIME_ONLY = "shows in the time modes only; checked in the time run";
const DATE_ONLY = "shows in date mode only; checked in the date run";
const LIMITS =
  "the limits lie on other days than the value's: no time of its day is out; checked in the date run";

/** Turns the day (or date) wheel one row, as a keyboard user would. */
const turn = (name: string) => async (picker: Locator) => {
  const wheel = picker.getByRole("listbox", { name });
  await wheel.focus();
  await wheel.press("ArrowDown");
};

/** The kit over the date picker with these base samples. */
function check(
  samples: Record<string, unknown>,
  exempt: Record<string, string>,
  wheel: string,
): Promise<PackContractReport> {
  return checkBuiltIns({
    controls: [ft.CupertinoDatePicker],
    // Each run starts from a decade of years (the default starts at year 1).
    samples: {
      cupertinodatepicker: {
        value: "2024-03-05T14:30:00",
        minimumYear: 2020,
        maximumYear: 2030,
        firstDate: "2024-03-02",
        lastDate: "2025-06-20",
        ...samples,
      },
    },
    exempt: { cupertinodatepicker: { ...plain, ...exempt } },
    triggers: { cupertinodatepicker: { change: turn(wheel) } },
  });
}

describe("CupertinoDatePicker against checkPackContract", () => {
  let date: PackContractReport;
  let time: PackContractReport;
  beforeAll(async () => {
    date = await check(
      {
        datePickerMode: ft.CupertinoDatePickerMode.DATE,
        dateOrder: ft.CupertinoDatePickerDateOrder.YEAR_MONTH_DAY,
      },
      { minuteInterval: TIME_ONLY, use24hFormat: TIME_ONLY },
      "Day",
    );
    time = await check(
      { datePickerMode: ft.CupertinoDatePickerMode.TIME, minuteInterval: 5 },
      {
        minimumYear: DATE_ONLY,
        maximumYear: DATE_ONLY,
        dateOrder: DATE_ONLY,
        firstDate: LIMITS,
        lastDate: LIMITS,
      },
      "Minute",
    );
  }, 900_000);

  it("draws its date props and sends change in date mode", () => {
    expect(date.failures, date.format()).toEqual([]);
    const members = date.checks.map((c) => c.member);
    expect(members).toEqual(expect.arrayContaining(["minimumYear", "dateOrder", "change"]));
  });

  it("draws its time props and sends change in time mode", () => {
    expect(time.failures, time.format()).toEqual([]);
    const drawn = time.checks.filter((c) => !c.detail.startsWith("exempt")).map((c) => c.member);
    expect(drawn).toEqual(expect.arrayContaining(["minuteInterval", "use24hFormat", "change"]));
  });
});
