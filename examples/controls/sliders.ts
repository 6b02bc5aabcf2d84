/**
 * Sliders: a single-value Slider and a RangeSlider with divisions and a value label, both
 * reporting as the user drags or steps them with the keyboard.
 */
import * as ft from "flet-ts";

export const title = "Sliders";
export const description = "A slider, and a range slider with two thumbs.";
export const controls = ["Slider", "RangeSlider"] as const;

export function main(page: ft.Page): void {
  page.title = title;
  const volume = new ft.Text("Volume: 40");
  const price = new ft.Text("Price: 20 to 80");
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    volume,
    new ft.Slider(40, {
      min: 0,
      max: 100,
      label: "{value}",
      onChange: (e) => {
        volume.value = `Volume: ${Math.round(e.control.value ?? 0)}`;
      },
    }),
    price,
    new ft.RangeSlider(20, 80, {
      min: 0,
      max: 100,
      divisions: 20,
      label: "{value} €",
      activeColor: ft.colors.GREEN_800,
      inactiveColor: ft.colors.GREEN_100,
      onChange: (e) => {
        price.value = `Price: ${e.control.startValue} to ${e.control.endValue}`;
      },
    }),
  );
}
