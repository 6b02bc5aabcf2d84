/**
 * A product-feedback page built with a third-party control pack, `flet-sparks`
 * (examples/packs/flet-sparks): a StarRating per product and a Sparkline of every rating
 * given so far, which grows a point each time someone rates. The app only imports the
 * classes; the server bundles the pack's renderers into the client because the project's
 * package.json lists the pack.
 */

import { Sparkline, SparklineCurve, StarRating } from "flet-sparks";
import * as ft from "flet-ts";

export const title = "Product feedback";
export const description = "A third-party control pack: star ratings and a sparkline.";

/** The products on the page, with the ratings they got before this session. */
export const products = [
  { name: "Trail running shoes", history: [4, 5, 3] },
  { name: "Rain jacket", history: [3, 4] },
  { name: "Insulated bottle", history: [5, 4, 5] },
];

const average = (values: readonly number[]) =>
  values.length === 0 ? 0 : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 2) / 2;

export function main(page: ft.Page): void {
  page.title = "Product feedback";
  page.scroll = ft.ScrollMode.AUTO;
  const ratings: number[] = products.flatMap((p) => p.history);
  const trend = new Sparkline([...ratings], {
    label: "Ratings over time",
    width: 240,
    height: 48,
    min: 0,
    max: 5,
    curve: SparklineCurve.SMOOTH,
    color: ft.colors.PRIMARY,
    fillColor: "primary,0.15",
    showLast: true,
  });
  const overall = new StarRating(average(ratings), {
    label: "Average rating",
    readOnly: true,
    allowHalf: true,
    size: 20,
  });
  const summary = new ft.Text(`${ratings.length} ratings`);
  const hint = new ft.Text("", { visible: false, themeStyle: ft.TextThemeStyle.BODY_SMALL });

  const record = (rating: number) => {
    ratings.push(rating);
    trend.values = [...ratings];
    overall.value = average(ratings);
    summary.value = `${ratings.length} ratings`;
  };

  const row = (product: (typeof products)[number]) => {
    const yours = new ft.Text("Not rated yet", { themeStyle: ft.TextThemeStyle.BODY_SMALL });
    const stars = new StarRating({
      label: `Rate ${product.name}`,
      onChange: (e) => {
        const value = e.control.value ?? 0;
        yours.value = `You rated it ${value} of 5`;
        record(value);
      },
      onHover: (e) => {
        hint.visible = e.value !== undefined;
        hint.value = `${e.value} of 5 for ${product.name}`;
      },
    });
    return new ft.Card({
      content: new ft.Container({
        padding: ft.padding.all(16),
        content: new ft.Row({
          spacing: 24,
          verticalAlignment: ft.CrossAxisAlignment.CENTER,
          controls: [
            new ft.Column({
              // A fixed width lines the stars up from card to card.
              width: 200,
              spacing: 4,
              controls: [
                new ft.Text(product.name, { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM }),
                yours,
              ],
            }),
            stars,
          ],
        }),
      }),
    });
  };

  page.add(
    new ft.Text("How did we do?", { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    ...products.map(row),
    hint,
    new ft.Text("All ratings", { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM }),
    new ft.Row({
      spacing: 16,
      verticalAlignment: ft.CrossAxisAlignment.CENTER,
      controls: [trend, overall, summary],
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await ft.app(main);
