/** Flet's gallery: CupertinoBottomSheet holding an action sheet and three pickers. */
import type { GalleryControl } from "../../model.js";
import { control as actionSheet } from "./cupertinoactionsheet.js";
import { datePickerExample, fruitPickerExample, timerPickerExample } from "./pickers.js";

export const control: GalleryControl = {
  slug: "cupertinobottomsheet",
  name: "CupertinoBottomSheet",
  description: "An iOS-style bottom sheet.",
  examples: [
    {
      name: "CupertinoBottomSheet with CupertinoActionSheet Example",
      // The same example as CupertinoActionSheet's (Flet repeats its code).
      example: (page) => actionSheet.examples[0]!.example(page),
    },
    { name: "CupertinoBottomSheet with CupertinoDatePicker Example", example: datePickerExample },
    { name: "CupertinoBottomSheet with CupertinoPicker Example", example: fruitPickerExample },
    {
      name: "CupertinoBottomSheet with CupertinoTimerPicker Example",
      example: timerPickerExample,
    },
  ],
};
