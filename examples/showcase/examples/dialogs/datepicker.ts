/**
 * Flet's gallery: DatePicker. As in Flet, the picker is in the page's overlay while the
 * example is mounted; the button opens it with `pickDate()`.
 */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

/** A "Pick date" button and the picked date. */
class DatePickerExample extends ft.Column {
  readonly selectedDate = new ft.Text();
  readonly datepicker: ft.DatePicker = new ft.DatePicker({
    firstDate: new Date(2023, 9, 1),
    lastDate: new Date(2024, 11, 1),
    onChange: () => {
      this.selectedDate.value = `Selected date: ${this.datepicker.value?.toDateString()}`;
      this.page.update();
    },
  });

  constructor() {
    super();
    this.controls = [
      new ft.ElevatedButton("Pick date", {
        icon: ft.icons.CALENDAR_MONTH,
        onClick: () => this.datepicker.pickDate(),
      }),
      this.selectedDate,
    ];
  }

  override didMount(): void {
    this.page.overlay.push(this.datepicker);
    this.page.update();
  }

  override willUnmount(): void {
    const overlay = this.page.overlay;
    const at = overlay.indexOf(this.datepicker);
    if (at >= 0) overlay.splice(at, 1);
    this.page.update();
  }
}

export const control: GalleryControl = {
  slug: "datepicker",
  name: "DatePicker",
  description: "A Material-style date picker dialog.",
  examples: [{ name: "DatePicker example", example: () => new DatePickerExample() }],
};
