/**
 * Flet's gallery: TimePicker. As in Flet, the picker is in the page's overlay while the
 * example is mounted; the button opens it with `pickTime()`.
 */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

/** A "Pick time" button and the picked time. */
class TimePickerExample extends ft.Column {
  readonly selectedTime = new ft.Text();
  readonly timepicker: ft.TimePicker = new ft.TimePicker({
    confirmText: "Confirm",
    errorInvalidText: "Time out of range",
    helpText: "Pick your time slot",
    onChange: () => {
      this.selectedTime.value = `Selected time: ${this.timepicker.value}`;
      this.page.update();
    },
  });

  constructor() {
    super();
    this.controls = [
      new ft.ElevatedButton("Pick time", {
        icon: ft.icons.CALENDAR_MONTH,
        onClick: () => this.timepicker.pickTime(),
      }),
      this.selectedTime,
    ];
  }

  override didMount(): void {
    this.page.overlay.push(this.timepicker);
    this.page.update();
  }

  override willUnmount(): void {
    const overlay = this.page.overlay;
    const at = overlay.indexOf(this.timepicker);
    if (at >= 0) overlay.splice(at, 1);
    this.page.update();
  }
}

export const control: GalleryControl = {
  slug: "timepicker",
  name: "TimePicker",
  description: "A Material-style time picker dialog.",
  examples: [{ name: "TimePicker example", example: () => new TimePickerExample() }],
};
