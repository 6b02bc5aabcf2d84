import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

const AVATAR = "https://avatars.githubusercontent.com/u/5041459?s=88&v=4";

export const control: GalleryControl = {
  slug: "circleavatar",
  name: "CircleAvatar",
  description:
    "A circle that represents a user. Typically used with a user's profile image, or, in the absence of such an image, the user's initials. A given user's initials should always be paired with the same background color, for consistency.",
  examples: [
    {
      name: "CircleAvatar Example",
      example: () =>
        new ft.Column([
          // A "normal" avatar with background image.
          new ft.CircleAvatar({ foregroundImageUrl: AVATAR, content: new ft.Text("FF") }),
          // An avatar with a failing foreground image and fallback text.
          new ft.CircleAvatar({
            foregroundImageUrl: "https://avatars.githubusercontent.com/u/_5041459?s=88&v=4",
            content: new ft.Text("FF"),
          }),
          // An avatar with an icon, aka icon with inverse background.
          new ft.CircleAvatar({ content: new ft.Icon(ft.icons.ABC) }),
          // An avatar with an icon and custom colors.
          new ft.CircleAvatar({
            content: new ft.Icon(ft.icons.WARNING_ROUNDED),
            color: ft.colors.YELLOW_200,
            bgcolor: ft.colors.AMBER_700,
          }),
          // An avatar with online status.
          new ft.Stack(
            [
              new ft.CircleAvatar({ foregroundImageUrl: AVATAR }),
              new ft.Container(new ft.CircleAvatar({ bgcolor: ft.colors.GREEN, radius: 5 }), {
                alignment: ft.alignment.bottomLeft,
              }),
            ],
            { width: 40, height: 40 },
          ),
        ]),
    },
  ],
};
