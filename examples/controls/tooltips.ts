/**
 * Tooltips: the plain `tooltip` every control has, and the Tooltip control with its own
 * colours, gradient, border, shape, text style, placement and timing.
 */
import * as ft from "flet-ts";

export const title = "Tooltips";
export const description = "Plain and styled tooltips: hover, focus or long-press a control.";
export const controls = ["Tooltip"] as const;

export function main(page: ft.Page): void {
  page.title = title;
  const heading = (text: string) =>
    new ft.Text(text, { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM });
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    new ft.Text("Hover, focus (Tab) or long-press a control to see its tooltip."),
    heading("Plain"),
    new ft.Row(
      [
        new ft.IconButton(ft.icons.DELETE_OUTLINE, { tooltip: "Delete" }),
        new ft.ElevatedButton("Save", { tooltip: "Save the draft (Ctrl+S)" }),
      ],
      { spacing: 16 },
    ),
    heading("Styled (the Tooltip control)"),
    new ft.Row(
      [
        new ft.Tooltip(new ft.FilledButton("Sunset"), {
          message: "A gradient, rounded, with large white text",
          padding: 16,
          borderRadius: 12,
          textStyle: { size: 16, color: ft.colors.WHITE },
          gradient: {
            type: "linear",
            begin: ft.alignment.topLeft,
            end: ft.alignment.bottomRight,
            colors: ["#5b0060", "#ca485c", "#ffb56b"],
          },
        }),
        new ft.Tooltip(new ft.OutlinedButton("Above"), {
          message: "Shown above, at once",
          preferBelow: false,
          waitDuration: 0,
          bgcolor: ft.colors.TEAL_800,
          textStyle: { color: ft.colors.WHITE },
        }),
        new ft.Tooltip(new ft.Text("Bordered text"), {
          message: "Outlined, centred, 40 px tall",
          height: 40,
          textAlign: ft.TextAlign.CENTER,
          bgcolor: ft.colors.SURFACE,
          textStyle: { color: ft.colors.ON_SURFACE },
          border: ft.border.all(1, ft.colors.OUTLINE),
          verticalOffset: 28,
        }),
        new ft.Tooltip(new ft.Icon(ft.icons.INFO_OUTLINE, { semanticsLabel: "Info" }), {
          message: "i",
          shape: ft.BoxShape.CIRCLE,
          padding: 10,
          bgcolor: ft.colors.PRIMARY,
          textStyle: { color: ft.colors.ON_PRIMARY, weight: ft.FontWeight.BOLD },
          showDuration: 3000,
          enableFeedback: true,
        }),
      ],
      { spacing: 24, wrap: true },
    ),
  );
}
