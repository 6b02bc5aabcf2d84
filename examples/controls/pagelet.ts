/**
 * Pagelet: a page within the page, with its own app bar, drawers, floating action button
 * and bottom app bar; its drawers open inside its box, and the page around it stays usable.
 */
import * as ft from "flet-ts";

export const title = "Pagelet";
export const description = "A page within the page: app bar, drawers, button and bottom bar.";
export const controls = ["Pagelet"] as const;

const FOLDERS = ["Inbox", "Outbox", "Favourites"] as const;

export function main(page: ft.Page): void {
  page.title = title;
  const status = new ft.Text("Folder: Inbox");
  const outside = new ft.Text("Nothing pressed outside yet.");
  const drawer: ft.NavigationDrawer = new ft.NavigationDrawer(
    [
      new ft.Container(new ft.Text("Mail", { themeStyle: ft.TextThemeStyle.TITLE_SMALL }), {
        padding: { left: 28, top: 16, right: 16, bottom: 10 },
      }),
      new ft.NavigationDrawerDestination("Inbox", { icon: ft.icons.INBOX }),
      new ft.NavigationDrawerDestination("Outbox", { icon: ft.icons.OUTBOX }),
      new ft.Divider(),
      new ft.NavigationDrawerDestination("Favourites", { icon: ft.icons.FAVORITE_BORDER }),
    ],
    {
      onChange: (e) => {
        status.value = `Folder: ${FOLDERS[e.control.selectedIndex ?? 0]}`;
        pagelet.closeDrawer();
      },
    },
  );
  const endDrawer = new ft.NavigationDrawer([
    new ft.NavigationDrawerDestination("Settings", { icon: ft.icons.SETTINGS_OUTLINED }),
    new ft.NavigationDrawerDestination("Help", { icon: ft.icons.HELP_OUTLINE }),
  ]);
  const act = (name: string) => () => {
    status.value = `${name} pressed`;
  };
  const pagelet: ft.Pagelet = new ft.Pagelet(
    new ft.Column([status, new ft.Text("The drawers open inside this box.")], {
      scroll: ft.ScrollMode.AUTO,
    }),
    {
      appbar: new ft.AppBar({
        title: new ft.Text("Mail"),
        bgcolor: ft.colors.SURFACE_VARIANT,
      }),
      drawer,
      endDrawer,
      floatingActionButton: new ft.FloatingActionButton({
        icon: ft.icons.EDIT_OUTLINED,
        tooltip: "Compose",
        onClick: act("Compose"),
      }),
      floatingActionButtonLocation: ft.FloatingActionButtonLocation.CENTER_DOCKED,
      bottomAppbar: new ft.BottomAppBar(
        new ft.Row([
          new ft.IconButton(ft.icons.ARCHIVE_OUTLINED, {
            tooltip: "Archive",
            onClick: act("Archive"),
          }),
          new ft.IconButton(ft.icons.DELETE_OUTLINE, { tooltip: "Delete", onClick: act("Delete") }),
        ]),
        { shape: ft.NotchShape.CIRCULAR },
      ),
    },
  );
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    new ft.Row(
      [
        new ft.OutlinedButton("Show the drawer", { onClick: () => pagelet.showDrawer(drawer) }),
        new ft.OutlinedButton("Show the end drawer", {
          onClick: () => pagelet.showEndDrawer(endDrawer),
        }),
        new ft.TextButton("Outside", {
          onClick: () => {
            outside.value = "Pressed outside the pagelet.";
          },
        }),
      ],
      { wrap: true },
    ),
    outside,
    new ft.Container(pagelet, {
      height: 440,
      border: ft.border.all(1, ft.colors.OUTLINE_VARIANT),
    }),
  );
}
