/**
 * Pickers: a DatePicker and a TimePicker in the page's overlay, opened by buttons; the
 * chosen date and time (or a dismissal) are shown under them.
 */
import * as ft from "flet-ts";

export const title = "Pickers";
export const description = "Material date and time picker dialogs, opened from buttons.";
export const controls = ["DatePicker", "TimePicker"] as const;

export function main(page: ft.Page): void {
  page.title = title;
  const status = new ft.Text("No date or time picked yet.");
  const datePicker: ft.DatePicker = new ft.DatePicker({
    firstDate: new Date(2024, 0, 1),
    lastDate: new Date(2025, 11, 31),
    currentDate: new Date(2024, 4, 17),
    value: new Date(2024, 4, 20),
    locale: "en-US",
    errorFormatText: "Type a date as mm/dd/yyyy.",
    errorInvalidText: "Pick a day in 2024 or 2025.",
    onChange: () => {
      status.value = `Picked ${datePicker.value?.toDateString()}.`;
    },
    onDismiss: () => {
      status.value = "Date picker dismissed.";
    },
  });
  const timePicker: ft.TimePicker = new ft.TimePicker({
    value: "09:30",
    locale: "en-US",
    errorInvalidText: "Type a time from 1:00 to 12:59.",
    onChange: () => {
      status.value = `Picked ${timePicker.value}.`;
    },
    onDismiss: () => {
      status.value = "Time picker dismissed.";
    },
    onEntryModeChange: (e) => {
      status.value = `Time entry: ${e.entryMode}.`;
    },
  });
  page.overlay.push(datePicker, timePicker);
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    new ft.Row([
      new ft.ElevatedButton("Pick date", {
        icon: ft.icons.CALENDAR_MONTH,
        onClick: () => datePicker.pickDate(),
      }),
      new ft.ElevatedButton("Pick time", {
        icon: ft.icons.SCHEDULE,
        onClick: () => timePicker.pickTime(),
      }),
    ]),
    status,
  );
}
