import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

/** Flet's gallery shows its logo here; this is a small one drawn as an SVG data URL. */
const LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="20" fill="#0175c2"/><path d="M28 22h44v14H44v10h24v14H44v18H28z" fill="#fff"/></svg>',
)}`;

export const control: GalleryControl = {
  slug: "image",
  name: "Image",
  description: "An image is a graphic representation of something (e.g photo or illustration).",
  examples: [
    {
      name: "Images Example",
      example: () => {
        const img = new ft.Image(LOGO, {
          width: 100,
          height: 100,
          fit: ft.ImageFit.CONTAIN,
          semanticsLabel: "Logo",
        });
        const images = new ft.Row({ width: 600, wrap: false, scroll: ft.ScrollMode.ALWAYS });
        for (let i = 0; i < 30; i++)
          images.controls.push(
            new ft.Image(`https://picsum.photos/200/200?${i}`, {
              width: 200,
              height: 200,
              fit: ft.ImageFit.NONE,
              repeat: ft.ImageRepeat.NO_REPEAT,
              borderRadius: ft.borderRadius.all(10),
              semanticsLabel: `Photo ${i + 1}`,
            }),
          );
        return new ft.Column([img, images]);
      },
    },
  ],
};
