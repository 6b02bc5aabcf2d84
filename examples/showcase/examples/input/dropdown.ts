/** Flet's gallery: Dropdown, three examples. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

const colorOptions = () => [
  new ft.dropdown.Option("Red"),
  new ft.dropdown.Option("Green"),
  new ft.dropdown.Option("Blue"),
];

export const control: GalleryControl = {
  slug: "dropdown",
  name: "Dropdown",
  description:
    "A material design button for selecting from a list of items.\n\nA dropdown lets the user select from a number of items. The dropdown shows the currently selected item as well as an arrow that opens a menu for selecting another item.",
  examples: [
    {
      name: "Basic dropdown",
      example: () => {
        const t = new ft.Text();
        const dd = new ft.Dropdown({ width: 100, options: colorOptions() });
        const b = new ft.ElevatedButton({
          text: "Submit",
          onClick: () => {
            t.value = `Dropdown value is:  ${dd.value}`;
            t.update();
          },
        });
        return new ft.Column({ controls: [dd, b, t] });
      },
    },
    {
      name: "Dropdown with label and hint",
      example: () =>
        new ft.Dropdown({
          label: "Color",
          hintText: "Choose your favourite color?",
          options: colorOptions(),
          autofocus: true,
        }),
    },
    {
      name: "Add items to dropdown options",
      example: () => {
        const d = new ft.Dropdown();
        const optionTextbox = new ft.TextField({ hintText: "Enter item name" });
        const add = new ft.ElevatedButton("Add", {
          onClick: () => {
            const name = optionTextbox.value ?? "";
            d.options.push(new ft.dropdown.Option(name));
            d.value = name;
            optionTextbox.value = "";
            optionTextbox.update();
            d.update();
          },
        });
        return new ft.Column({ controls: [d, new ft.Row({ controls: [optionTextbox, add] })] });
      },
    },
  ],
};
