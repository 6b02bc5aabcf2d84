/**
 * Menus: popup menu buttons with icons, a checkable entry, a divider and a disabled entry;
 * one opening under a custom button.
 */
import * as ft from "flet-ts";

export const title = "Menus";
export const description = "Popup menus with icons, check marks and dividers.";
export const controls = ["PopupMenuButton", "PopupMenuItem"] as const;

export function main(page: ft.Page): void {
  page.title = title;
  const status = new ft.Text("Open a menu.");
  const pick = (name: string) => () => {
    status.value = `${name} picked`;
  };
  const pinned = new ft.PopupMenuItem("Pinned", {
    checked: false,
    onClick: (e) => {
      e.control.checked = !e.control.checked;
      status.value = e.control.checked ? "Pinned" : "Unpinned";
    },
  });
  page.appbar = new ft.AppBar({
    title: new ft.Text("Menus"),
    actions: [
      new ft.PopupMenuButton({
        tooltip: "More options",
        items: [
          new ft.PopupMenuItem("Share", { icon: ft.icons.SHARE, onClick: pick("Share") }),
          new ft.PopupMenuItem("Rename", { icon: ft.icons.EDIT, onClick: pick("Rename") }),
          new ft.PopupMenuItem(),
          pinned,
          new ft.PopupMenuItem("Delete", { icon: ft.icons.DELETE, disabled: true }),
        ],
        onCancelled: () => {
          status.value = "Menu closed without a pick";
        },
      }),
    ],
  });
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    status,
    new ft.PopupMenuButton(
      new ft.Container(new ft.Text("Sort by ▾"), {
        padding: { left: 12, top: 8, right: 12, bottom: 8 },
        border: ft.border.all(1, ft.colors.OUTLINE),
        borderRadius: 8,
      }),
      {
        tooltip: "Sort by",
        menuPosition: ft.PopupMenuPosition.UNDER,
        items: ["Name", "Date", "Size"].map(
          (key) => new ft.PopupMenuItem(key, { onClick: pick(`Sort by ${key.toLowerCase()}`) }),
        ),
      },
    ),
  );
}
