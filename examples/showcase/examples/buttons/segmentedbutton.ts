/** Flet's gallery: SegmentedButton. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

const segment = (value: string, icon: string) =>
  new ft.Segment({ value, label: new ft.Text(value), icon: new ft.Icon(icon) });

export const control: GalleryControl = {
  slug: "segmentedbutton",
  name: "SegmentedButton",
  description:
    "A Material button that allows the user to select from limited set of options and are typically used in cases where there are only 2-5 options.",
  examples: [
    {
      name: "SegmentedButton example",
      example: () =>
        new ft.SegmentedButton({
          selectedIcon: new ft.Icon(ft.icons.ONETWOTHREE),
          selected: ["1", "4"],
          allowMultipleSelection: true,
          segments: [
            segment("1", ft.icons.LOOKS_ONE),
            segment("2", ft.icons.LOOKS_TWO),
            segment("3", ft.icons.LOOKS_3),
            segment("4", ft.icons.LOOKS_4),
          ],
        }),
    },
  ],
};
