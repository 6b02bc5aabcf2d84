import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

/** Numbered boxes, as Flet's Row examples build them. */
function items(count: number, color: string = ft.colors.AMBER, radius?: number) {
  return Array.from(
    { length: count },
    (_, i) =>
      new ft.Container(new ft.Text(String(i + 1)), {
        alignment: ft.alignment.center,
        width: 50,
        height: 50,
        bgcolor: color,
        ...(radius === undefined ? {} : { borderRadius: radius }),
      }),
  );
}

export const control: GalleryControl = {
  slug: "row",
  name: "Row",
  description: "A control that displays its children in a horizontal array.",
  examples: [
    {
      name: "Row spacing",
      example: () => {
        const row = new ft.Row({ spacing: 0, controls: items(10, ft.colors.AMBER, 5) });
        const gapSlider = new ft.Slider({
          min: 0,
          max: 50,
          divisions: 50,
          value: 0,
          label: "{value}",
          onChange: (e) => {
            row.spacing = Math.trunc(Number(e.control.value));
          },
        });
        return new ft.Column([
          new ft.Column([new ft.Text("Spacing between items"), gapSlider]),
          row,
        ]);
      },
    },
    {
      name: "Row wrapping",
      example: () => {
        const row = new ft.Row({
          wrap: true,
          spacing: 10,
          runSpacing: 10,
          controls: items(30, ft.colors.AMBER, 5),
          width: 500,
        });
        const widthSlider = new ft.Slider({
          min: 0,
          max: 500,
          divisions: 20,
          value: 100,
          label: "{value}",
          onChange: (e) => {
            row.width = Number(e.control.value);
          },
        });
        return new ft.Column([
          new ft.Text("Change the row width to see how child items wrap onto multiple rows:"),
          widthSlider,
          row,
        ]);
      },
    },
    {
      name: "Row horizontal alignments",
      example: () =>
        new ft.Column(
          Object.values(ft.MainAxisAlignment).map(
            (align) =>
              new ft.Column({
                width: 500,
                controls: [
                  new ft.Text(`MainAxisAlignment.${align}`, { size: 16 }),
                  new ft.Container(
                    new ft.Row(items(3, ft.colors.AMBER_500), { alignment: align }),
                    {
                      bgcolor: ft.colors.AMBER_100,
                    },
                  ),
                ],
              }),
          ),
        ),
    },
    {
      name: "Row vertical alignments",
      example: () =>
        new ft.Column(
          [
            ft.CrossAxisAlignment.START,
            ft.CrossAxisAlignment.CENTER,
            ft.CrossAxisAlignment.END,
          ].map(
            (align) =>
              new ft.Column({
                width: 500,
                controls: [
                  new ft.Text(`CrossAxisAlignment.${align}`, { size: 16 }),
                  new ft.Container(
                    new ft.Row(items(3, ft.colors.AMBER_500), { verticalAlignment: align }),
                    { bgcolor: ft.colors.AMBER_100, height: 150 },
                  ),
                ],
              }),
          ),
        ),
    },
  ],
};
