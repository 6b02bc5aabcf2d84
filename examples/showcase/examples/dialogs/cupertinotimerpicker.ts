/** Flet's gallery: CupertinoTimerPicker in a CupertinoBottomSheet. */
import type { GalleryControl } from "../../model.js";
import { timerPickerExample } from "./pickers.js";

export const control: GalleryControl = {
  slug: "cupertinotimerpicker",
  name: "CupertinoTimerPicker",
  description: "A countdown timer picker in iOS style.",
  examples: [{ name: "CupertinoTimerPicker example", example: timerPickerExample }],
};
