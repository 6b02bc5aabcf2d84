/**
 * The Cupertino picker examples that Flet's gallery shows twice (under the picker itself
 * and under CupertinoBottomSheet): each opens a CupertinoBottomSheet 216 pixels high with
 * a picker in it. Flet sets the sheet's `bgcolor` to `CupertinoColors.SYSTEM_BACKGROUND`;
 * flet-ts has no Cupertino colour constants, so the sheet keeps its default background.
 * Flet's `print` becomes a line of text beside the button. Flet wraps the picker in a new
 * sheet on every press; here each example makes its sheet once, so a picker never has
 * two parents.
 */
import * as ft from "flet-ts";

const sheet = (picker: ft.Control) =>
  new ft.CupertinoBottomSheet(picker, { height: 216, padding: ft.padding.only({ top: 6 }) });

/** A button that opens a CupertinoDatePicker (date and time) in a bottom sheet. */
export function datePickerExample(page: ft.Page): ft.Control {
  const log = new ft.Text();
  return new ft.Row([
    new ft.OutlinedButton("Show CupertinoDatePicker", {
      onClick: () =>
        page.showBottomSheet(
          sheet(
            new ft.CupertinoDatePicker({
              onChange: (e) => {
                log.value = String(e.data);
                log.update();
              },
              datePickerMode: ft.CupertinoDatePickerMode.DATE_AND_TIME,
            }),
          ),
        ),
    }),
    log,
  ]);
}

const fruits = ["Apple", "Mango", "Banana", "Orange", "Pineapple", "Strawberry"];

/** The selected fruit, as a button that opens a CupertinoPicker in a bottom sheet. */
export function fruitPickerExample(page: ft.Page): ft.Control {
  const selectedFruit = new ft.Text(fruits[3], { size: 23 });
  const picker = new ft.CupertinoPicker({
    selectedIndex: 3,
    magnification: 1.22,
    squeeze: 1.2,
    useMagnifier: true,
    onChange: (e) => {
      selectedFruit.value = fruits[e.control.selectedIndex ?? 0];
      page.update();
    },
    controls: fruits.map((f) => new ft.Text(f)),
  });
  const bottomSheet = sheet(picker);
  return new ft.Row({
    tight: true,
    controls: [
      new ft.Text("Selected Fruit:", { size: 23 }),
      new ft.TextButton({
        content: selectedFruit,
        style: { color: ft.colors.BLUE },
        onClick: () => page.showBottomSheet(bottomSheet),
      }),
    ],
  });
}

const hhmmss = (seconds: number) =>
  [Math.floor(seconds / 3600) % 24, Math.floor(seconds / 60) % 60, seconds % 60]
    .map((n) => String(n).padStart(2, "0"))
    .join(":");

/** The timer's value, as a button that opens a CupertinoTimerPicker in a bottom sheet. */
export function timerPickerExample(page: ft.Page): ft.Control {
  const timerPickerValue = new ft.Text("00:01:10", { size: 23 });
  const timerPicker = new ft.CupertinoTimerPicker({
    value: 3600,
    secondInterval: 10,
    minuteInterval: 1,
    mode: ft.CupertinoTimerPickerMode.HOUR_MINUTE_SECONDS,
    onChange: (e) => {
      timerPickerValue.value = hhmmss(e.control.value ?? 0);
      page.update();
    },
  });
  const bottomSheet = sheet(timerPicker);
  return new ft.Row({
    tight: true,
    controls: [
      new ft.Text("TimerPicker Value:", { size: 23 }),
      new ft.TextButton({
        content: timerPickerValue,
        style: { color: ft.colors.RED },
        onClick: () => page.showBottomSheet(bottomSheet),
      }),
    ],
  });
}
