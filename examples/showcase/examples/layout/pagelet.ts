import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "pagelet",
  name: "Pagelet",
  description: "Pagelet implements the basic Material Design visual layout structure.",
  examples: [
    {
      name: "Pagelet example",
      example: () => {
        const pagelet: ft.Pagelet = new ft.Pagelet({
          appbar: new ft.AppBar({
            title: new ft.Text("Pagelet AppBar title"),
            bgcolor: ft.colors.AMBER_ACCENT,
          }),
          content: new ft.Text("Pagelet body"),
          bgcolor: ft.colors.AMBER_100,
          bottomAppbar: new ft.BottomAppBar({
            bgcolor: ft.colors.BLUE,
            shape: ft.NotchShape.CIRCULAR,
            content: new ft.Row([
              new ft.IconButton({
                icon: ft.icons.MENU,
                iconColor: ft.colors.WHITE,
                tooltip: "Menu",
              }),
              new ft.Container({ expand: true }),
              new ft.IconButton({
                icon: ft.icons.SEARCH,
                iconColor: ft.colors.WHITE,
                tooltip: "Search",
              }),
              new ft.IconButton({
                icon: ft.icons.FAVORITE,
                iconColor: ft.colors.WHITE,
                tooltip: "Favorite",
              }),
            ]),
          }),
          endDrawer: new ft.NavigationDrawer([
            new ft.NavigationDrawerDestination("Item 1", {
              icon: ft.icons.ADD_TO_HOME_SCREEN_SHARP,
            }),
            new ft.NavigationDrawerDestination("Item 2", { icon: ft.icons.ADD_COMMENT }),
          ]),
          floatingActionButton: new ft.FloatingActionButton("Open", {
            onClick: () => {
              if (pagelet.endDrawer instanceof ft.NavigationDrawer) pagelet.endDrawer.open = true;
            },
          }),
          floatingActionButtonLocation: ft.FloatingActionButtonLocation.CENTER_DOCKED,
          height: 400,
        });
        return pagelet;
      },
    },
  ],
};
