/**
 * Segmented buttons: a single choice (a calendar view), and several choices with an empty
 * selection allowed (sizes), as in Flet's example.
 */
import * as ft from "flet-ts";

export const title = "Segmented buttons";
export const description = "One or several choices among a few segments.";
export const controls = ["SegmentedButton", "Segment"] as const;

export function main(page: ft.Page): void {
  page.title = title;
  const status = new ft.Text("Pick a view or sizes.");
  const segment = (value: string, label: string, icon: ft.IconName) =>
    new ft.Segment(value, { label: new ft.Text(label), icon: new ft.Icon(icon) });
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    status,
    new ft.SegmentedButton(
      [
        segment("day", "Day", ft.icons.CALENDAR_VIEW_DAY),
        segment("week", "Week", ft.icons.CALENDAR_VIEW_WEEK),
        segment("month", "Month", ft.icons.CALENDAR_VIEW_MONTH),
        segment("year", "Year", ft.icons.CALENDAR_TODAY),
      ],
      {
        selected: ["week"],
        onChange: (e) => {
          status.value = `View: ${(e.control.selected ?? []).join(", ")}`;
        },
      },
    ),
    new ft.SegmentedButton(
      ["XS", "S", "M", "L", "XL"].map((size) => new ft.Segment(size, { label: new ft.Text(size) })),
      {
        selected: ["M", "L"],
        allowMultipleSelection: true,
        allowEmptySelection: true,
        onChange: (e) => {
          const sizes = e.control.selected ?? [];
          status.value = sizes.length > 0 ? `Sizes: ${sizes.join(", ")}` : "No size";
        },
      },
    ),
  );
}
