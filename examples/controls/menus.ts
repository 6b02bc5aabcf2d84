/**
 * Menus: a menu bar whose menus cascade (File with a Recent submenu, Edit with a disabled
 * Redo, View with a Zoom submenu), a SubmenuButton on its own, and popup menu buttons with
 * icons, a checkable entry, a divider and a disabled entry; one opening under a custom button.
 */
import * as ft from "flet-ts";

export const title = "Menus";
export const description =
  "A menu bar with cascading menus, a submenu button, and popup menus with icons, check marks and dividers.";
export const controls = [
  "MenuBar",
  "SubmenuButton",
  "MenuItemButton",
  "PopupMenuButton",
  "PopupMenuItem",
] as const;

/** The File, Edit, View and Help menus of the bar; a pick says its path in `status`. */
function menuBar(status: ft.Text, opened: ft.Text): ft.MenuBar {
  const item = (path: string, icon?: ft.IconName, shortcut?: string) =>
    new ft.MenuItemButton(new ft.Text(path.split(" > ").pop()!), {
      ...(icon && { leading: new ft.Icon(icon) }),
      ...(shortcut && { trailing: new ft.Text(shortcut) }),
      onClick: () => {
        status.value = `${path} picked`;
      },
    });
  const submenu = (name: string, controls: ft.Control[], icon?: ft.IconName) =>
    new ft.SubmenuButton(new ft.Text(name), {
      controls,
      ...(icon && { leading: new ft.Icon(icon) }),
      onOpen: () => {
        opened.value = `${name} menu open`;
      },
      onClose: () => {
        opened.value = `${name} menu closed`;
      },
    });
  return new ft.MenuBar([
    submenu("File", [
      item("File > New", ft.icons.ADD, "Ctrl+N"),
      item("File > Save", ft.icons.SAVE, "Ctrl+S"),
      submenu(
        "Recent",
        [item("File > Recent > notes.txt"), item("File > Recent > plan.md")],
        ft.icons.HISTORY,
      ),
      item("File > Quit", ft.icons.CLOSE),
    ]),
    submenu("Edit", [
      item("Edit > Undo", ft.icons.UNDO, "Ctrl+Z"),
      // No onClick: disabled, as in Flutter.
      new ft.MenuItemButton(new ft.Text("Redo"), { leading: new ft.Icon(ft.icons.REDO) }),
      item("Edit > Copy", ft.icons.CONTENT_COPY, "Ctrl+C"),
    ]),
    submenu("View", [
      submenu(
        "Zoom",
        [
          item("View > Zoom > Zoom in", ft.icons.ZOOM_IN),
          item("View > Zoom > Zoom out", ft.icons.ZOOM_OUT),
        ],
        ft.icons.SEARCH,
      ),
      item("View > Full screen", ft.icons.FULLSCREEN),
    ]),
    submenu("Help", [item("Help > About", ft.icons.INFO_OUTLINE)]),
  ]);
}

export function main(page: ft.Page): void {
  page.title = title;
  const status = new ft.Text("Open a menu.");
  const opened = new ft.Text("No menu opened yet.");
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
    menuBar(status, opened),
    status,
    opened,
    new ft.SubmenuButton(new ft.Text("Share"), {
      leading: new ft.Icon(ft.icons.SHARE),
      menuStyle: { bgcolor: ft.colors.SECONDARY_CONTAINER },
      controls: ["Email", "Copy link"].map(
        (way) =>
          new ft.MenuItemButton(new ft.Text(way), {
            onClick: () => {
              status.value = `Share by ${way.toLowerCase()} picked`;
            },
          }),
      ),
    }),
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
