/** Flet's gallery: Banner, opened with `page.showBanner` and closed by its actions. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "banner",
  name: "Banner",
  description:
    "A banner displays an important, succinct message, and provides actions for users to address (or dismiss the banner). A user action is required for it to be dismissed.\n\nBanners are displayed at the top of the screen, below a top app bar. They are persistent and non-modal, allowing the user to either ignore them or interact with them at any time.",
  examples: [
    {
      name: "Banner with leading icon and actions",
      example: (page) => {
        const closeBanner = () => page.closeBanner();
        const banner = new ft.Banner({
          bgcolor: ft.colors.AMBER_100,
          leading: new ft.Icon(ft.icons.WARNING_AMBER_ROUNDED, {
            color: ft.colors.AMBER,
            size: 40,
          }),
          content: new ft.Text(
            "Oops, there were some errors while trying to delete the file. What would you like me to do?",
          ),
          actions: [
            new ft.TextButton("Retry", { onClick: closeBanner }),
            new ft.TextButton("Ignore", { onClick: closeBanner }),
            new ft.TextButton("Cancel", { onClick: closeBanner }),
          ],
        });
        return new ft.ElevatedButton("Show Banner", { onClick: () => page.showBanner(banner) });
      },
    },
  ],
};
