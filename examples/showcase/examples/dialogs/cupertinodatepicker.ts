/** Flet's gallery: CupertinoDatePicker in a CupertinoBottomSheet. */
import type { GalleryControl } from "../../model.js";
import { datePickerExample } from "./pickers.js";

export const control: GalleryControl = {
  slug: "cupertinodatepicker",
  name: "CupertinoDatePicker",
  description: "An iOS-style date and time picker dialog.",
  examples: [{ name: "CupertinoDatePicker example", example: datePickerExample }],
};
