import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

/** Numbered boxes, as Flet's Column examples build them. */
function items(count: number, size = 50, color: string = ft.colors.AMBER, radius?: number) {
  return Array.from(
    { length: count },
    (_, i) =>
      new ft.Container(new ft.Text(String(i + 1)), {
        alignment: ft.alignment.center,
        width: size,
        height: size,
        bgcolor: color,
        ...(radius === undefined ? {} : { borderRadius: radius }),
      }),
  );
}

export const control: GalleryControl = {
  slug: "column",
  name: "Column",
  description: "A control that displays its children in a vertical array.",
  examples: [
    {
      name: "Column spacing",
      example: () => {
        const col = new ft.Column({ spacing: 0, controls: items(5, 50, ft.colors.AMBER, 5) });
        const gapSlider = new ft.Slider({
          min: 0,
          max: 100,
          divisions: 10,
          value: 0,
          label: "{value}",
          width: 500,
          onChange: (e) => {
            col.spacing = Math.trunc(Number(e.control.value));
          },
        });
        return new ft.Column([
          new ft.Column([new ft.Text("Spacing between items"), gapSlider]),
          col,
        ]);
      },
    },
    {
      name: "Column wrapping",
      example: () => {
        const HEIGHT = 400;
        const col = new ft.Column({
          wrap: true,
          spacing: 10,
          runSpacing: 10,
          controls: items(10, 30, ft.colors.AMBER, 5),
          height: HEIGHT,
        });
        const slider = new ft.Slider({
          min: 0,
          max: HEIGHT,
          divisions: 20,
          value: HEIGHT,
          label: "{value}",
          width: 500,
          onChange: (e) => {
            col.height = Number(e.control.value);
          },
        });
        return new ft.Column([
          new ft.Column([
            new ft.Text(
              "Change the column height to see how child items wrap onto multiple columns:",
            ),
            slider,
          ]),
          new ft.Container(col, { bgcolor: ft.colors.AMBER_100 }),
        ]);
      },
    },
    {
      name: "Column vertical alignments",
      example: () => {
        const column = (align: ft.MainAxisAlignment) =>
          new ft.Column([
            new ft.Text(`MainAxisAlignment.${align}`, { size: 10 }),
            new ft.Container(
              new ft.Column(items(3, 50, ft.colors.AMBER_500), { alignment: align }),
              { bgcolor: ft.colors.AMBER_100, height: 400 },
            ),
          ]);
        return new ft.Row(Object.values(ft.MainAxisAlignment).map(column), {
          spacing: 30,
          alignment: ft.MainAxisAlignment.START,
          wrap: true,
        });
      },
    },
    {
      name: "Column horizontal alignments",
      example: () => {
        const column = (align: ft.CrossAxisAlignment) =>
          new ft.Column([
            new ft.Text(`CrossAxisAlignment.${align}`, { size: 16 }),
            new ft.Container(
              new ft.Column(items(3, 50, ft.colors.AMBER_500), {
                alignment: ft.MainAxisAlignment.START,
                horizontalAlignment: align,
              }),
              { bgcolor: ft.colors.AMBER_100, width: 100 },
            ),
          ]);
        return new ft.Row(
          [
            ft.CrossAxisAlignment.START,
            ft.CrossAxisAlignment.CENTER,
            ft.CrossAxisAlignment.END,
          ].map(column),
          { spacing: 30, alignment: ft.MainAxisAlignment.START, wrap: true },
        );
      },
    },
    {
      name: "Infinite scroll list",
      example: () => {
        let next = 0;
        let loading = false;
        const line = () => {
          const text = new ft.Text(`Text line ${next}`, { key: String(next) });
          next += 1;
          return text;
        };
        const cl = new ft.Column({
          spacing: 10,
          height: 200,
          width: 200,
          scroll: ft.ScrollMode.ALWAYS,
          onScrollInterval: 0,
          controls: Array.from({ length: 50 }, line),
          onScroll: (e) => {
            if (e.pixels >= e.maxScrollExtent - 100 && !loading) {
              loading = true;
              cl.controls.push(...Array.from({ length: 10 }, line));
              loading = false;
            }
          },
        });
        return new ft.Container(cl, { border: ft.border.all(1) });
      },
    },
    {
      name: "Receiving scroll notifications",
      example: () => {
        const notification = new ft.Text();
        const cl = new ft.Column({
          spacing: 10,
          height: 200,
          width: 200,
          scroll: ft.ScrollMode.ALWAYS,
          controls: Array.from(
            { length: 50 },
            (_, i) => new ft.Text(`Text line ${i}`, { key: String(i) }),
          ),
          onScroll: (e) => {
            notification.value = `Type: ${e.eventType}, pixels: ${e.pixels}, min_scroll_extent: ${e.minScrollExtent}, max_scroll_extent: ${e.maxScrollExtent}`;
          },
        });
        return new ft.Column([new ft.Container(cl, { border: ft.border.all(1) }), notification]);
      },
    },
  ],
};
