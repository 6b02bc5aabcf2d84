/**
 * Rich text: a Text made of TextSpans in several styles, nested spans, links that open a
 * URL, and spans with click and hover handlers.
 */
import * as ft from "flet-ts";

export const title = "Rich text";
export const description = "Text made of styled spans: nested spans, links, clickable words.";
export const controls = ["Text", "TextSpan"] as const;

export function main(page: ft.Page): void {
  page.title = title;
  page.scroll = ft.ScrollMode.AUTO;
  const status = new ft.Text("Click or point at a highlighted word.");
  const say = (text: string) => () => {
    status.value = text;
  };
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    new ft.Text("Flet apps are written in ", {
      size: 18,
      spans: [
        new ft.TextSpan("Python", { style: { weight: ft.FontWeight.BOLD } }),
        new ft.TextSpan("; flet-ts apps in "),
        new ft.TextSpan("TypeScript", {
          style: { weight: ft.FontWeight.BOLD, color: ft.colors.PRIMARY },
          spans: [new ft.TextSpan(" (strictly typed)", { style: { italic: true, size: 14 } })],
        }),
        new ft.TextSpan("."),
      ],
    }),
    new ft.Text("Read ", {
      spans: [
        new ft.TextSpan("Flet's documentation", {
          url: "https://flet.dev/docs",
          style: { decoration: ft.TextDecoration.UNDERLINE, color: ft.colors.PRIMARY },
        }),
        new ft.TextSpan(" or go "),
        new ft.TextSpan("back to the gallery", {
          url: "/",
          urlTarget: ft.UrlTarget.SELF,
          style: { decoration: ft.TextDecoration.UNDERLINE, color: ft.colors.PRIMARY },
        }),
        new ft.TextSpan("."),
      ],
    }),
    new ft.Text("Words can act: ", {
      spans: [
        new ft.TextSpan("click me", {
          style: { color: ft.colors.TERTIARY, weight: ft.FontWeight.W_600 },
          onClick: say("You clicked a span."),
        }),
        new ft.TextSpan(" or "),
        new ft.TextSpan("point at me", {
          style: { color: ft.colors.TERTIARY, weight: ft.FontWeight.W_600 },
          onEnter: say("The pointer is on the span."),
          onExit: say("The pointer left the span."),
        }),
        new ft.TextSpan("."),
      ],
    }),
    status,
  );
}
