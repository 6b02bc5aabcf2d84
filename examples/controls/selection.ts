/**
 * Selection and pointers: a SelectionArea whose texts a user can select and copy across
 * controls, and a TransparentPointer layer in a Stack whose clicks reach the button under
 * it too.
 */
import * as ft from "flet-ts";

export const title = "Selection and pointers";
export const description = "Select text across controls; let a Stack layer pass clicks through.";
export const controls = ["SelectionArea", "TransparentPointer"] as const;

export function main(page: ft.Page): void {
  page.title = title;
  const heading = (text: string) =>
    new ft.Text(text, { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM });
  let under = 0;
  let layer = 0;
  const status = new ft.Text("Click the button through the layer.");
  const report = () => {
    status.value = `The button got ${under} clicks; the layer saw ${layer}.`;
  };
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    heading("SelectionArea"),
    new ft.SelectionArea(
      new ft.Column(
        [
          new ft.Text("Order #1041", { weight: ft.FontWeight.BOLD }),
          new ft.Text("2 × Espresso beans, 1 kg"),
          new ft.Text("Ships Tuesday to 12 Harbour Street"),
        ],
        { spacing: 4 },
      ),
    ),
    new ft.Text("This line is outside the area: it cannot be selected."),
    heading("TransparentPointer"),
    new ft.Stack(
      [
        new ft.ElevatedButton("Count clicks", {
          width: 220,
          height: 56,
          onClick: () => {
            under++;
            report();
          },
        }),
        new ft.TransparentPointer(
          new ft.Container({
            width: 220,
            height: 56,
            borderRadius: 28,
            border: ft.border.all(2, ft.colors.TERTIARY),
            // The layer's label names it (a clickable Container is a button).
            content: new ft.Text("layer", { size: 11, color: ft.colors.TERTIARY }),
            alignment: ft.alignment.bottomRight,
            padding: { right: 16, bottom: 2 },
            onClick: () => {
              layer++;
              report();
            },
          }),
        ),
      ],
      { width: 220, height: 56 },
    ),
    status,
  );
}
