/**
 * Avatars and badges: circles with initials, a picture, a picture over initials that falls
 * back to them when it fails to load, sizes from radius or its bounds; badges with a count
 * or a dot on icons and avatars.
 */
import * as ft from "flet-ts";

export const title = "Avatars and badges";
export const description = "Circle avatars with initials, pictures and a fallback; badges.";
export const controls = ["CircleAvatar", "Badge"] as const;

/** A small picture, inline (the gallery works offline). */
const PICTURE = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#4f6bed"/><circle cx="20" cy="16" r="7" fill="#fde7d4"/><path d="M7 40c1-9 7-13 13-13s12 4 13 13z" fill="#fde7d4"/></svg>',
)}`;

export function main(page: ft.Page): void {
  page.title = title;
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    new ft.Row(
      [
        new ft.CircleAvatar(new ft.Text("AB")),
        new ft.CircleAvatar(new ft.Text("CD"), {
          bgcolor: ft.colors.AMBER,
          color: ft.colors.BLACK,
        }),
        new ft.CircleAvatar(new ft.Icon(ft.icons.PERSON), { tooltip: "Guest" }),
        new ft.CircleAvatar({ foregroundImageUrl: PICTURE, tooltip: "Ada" }),
        // The picture is missing: the initials under it show instead.
        new ft.CircleAvatar(new ft.Text("GH"), {
          foregroundImageUrl: "/no-such-picture.png",
          bgcolor: ft.colors.GREEN_800,
          color: ft.colors.WHITE,
          tooltip: "Grace",
        }),
      ],
      { spacing: 16, wrap: true },
    ),
    new ft.Text("Sizes", { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM }),
    new ft.Row(
      [
        new ft.CircleAvatar(new ft.Text("S"), { radius: 14 }),
        new ft.CircleAvatar(new ft.Text("M")),
        new ft.CircleAvatar(new ft.Text("L"), { radius: 32 }),
        new ft.CircleAvatar(new ft.Text("XL"), { maxRadius: 48, minRadius: 24 }),
      ],
      { spacing: 16, wrap: true },
    ),
    new ft.Text("Badges", { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM }),
    new ft.Row(
      [
        new ft.Badge(new ft.Icon(ft.icons.NOTIFICATIONS), { text: "3" }),
        new ft.Badge(new ft.Icon(ft.icons.MAIL), { text: "99+" }),
        new ft.Badge(new ft.Icon(ft.icons.CHAT), { smallSize: 8 }),
        // An online dot at the avatar's bottom end.
        new ft.Badge(new ft.CircleAvatar(new ft.Text("ON")), {
          smallSize: 12,
          bgcolor: ft.colors.GREEN,
          alignment: ft.alignment.bottomRight,
          offset: { x: -12, y: -12 },
        }),
      ],
      { spacing: 24, wrap: true },
    ),
  );
}
