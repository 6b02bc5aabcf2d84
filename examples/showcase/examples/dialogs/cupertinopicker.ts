/** Flet's gallery: CupertinoPicker in a CupertinoBottomSheet. */
import type { GalleryControl } from "../../model.js";
import { fruitPickerExample } from "./pickers.js";

export const control: GalleryControl = {
  slug: "cupertinopicker",
  name: "CupertinoPicker",
  description: "An iOS-styled picker.",
  examples: [{ name: "CupertinoPicker example", example: fruitPickerExample }],
};
