/**
 * The showcase's navigation, as in Flet's Controls Gallery: the app bar (logo, title, Home,
 * seed colour and the light/dark switch) and the groups, in a NavigationRail on wide
 * windows and in a NavigationDrawer opened from the app bar on narrow ones (phones).
 * @module
 */
import * as ft from "flet-ts";
import type { GalleryGroup } from "./model.js";

/** Below this width (CSS px) the rail gives way to a drawer. */
export const NARROW = 640;
/** From this width on the rail shows its labels beside the icons, like Flet's menu. */
export const WIDE = 1000;

/** Flet's gallery seed colours. */
const SEEDS = [
  ["deeppurple", "Deep purple"],
  ["indigo", "Indigo"],
  ["blue", "Blue (default)"],
  ["teal", "Teal"],
  ["green", "Green"],
  ["yellow", "Yellow"],
  ["orange", "Orange"],
  ["deeporange", "Deep orange"],
  ["pink", "Pink"],
] as const;

/** The rail, the drawer and the app bar, kept in step with the route and the width. */
export class Navigation {
  readonly rail: ft.NavigationRail;
  readonly drawer: ft.NavigationDrawer;
  readonly appbar: ft.AppBar;
  readonly divider = new ft.VerticalDivider({ width: 1 });
  private readonly themeButton: ft.IconButton;
  private readonly logo = new ft.Container(
    new ft.Icon(ft.icons.DASHBOARD_CUSTOMIZE, { color: ft.colors.PRIMARY }),
    { padding: 8 },
  );
  private readonly menuButton: ft.IconButton;

  constructor(
    private readonly page: ft.Page,
    private readonly groups: readonly GalleryGroup[],
  ) {
    const go = (index: number | undefined) => {
      const group = index === undefined ? undefined : groups[index];
      if (group) page.go(`/${group.slug}`);
    };
    this.rail = new ft.NavigationRail(
      groups.map(
        (group) =>
          new ft.NavigationRailDestination(group.label, {
            icon: group.icon,
            selectedIcon: group.selectedIcon,
          }),
      ),
      {
        labelType: ft.NavigationRailLabelType.ALL,
        minExtendedWidth: 200,
        onChange: (e) => go(e.control.selectedIndex),
      },
    );
    this.drawer = new ft.NavigationDrawer(
      [
        new ft.Container(
          new ft.Text("Controls Gallery", { themeStyle: ft.TextThemeStyle.TITLE_SMALL }),
          { padding: { left: 28, top: 16, right: 16, bottom: 10 } },
        ),
        ...groups.map(
          (group) =>
            new ft.NavigationDrawerDestination(group.label, {
              icon: group.icon,
              selectedIcon: group.selectedIcon,
            }),
        ),
      ],
      {
        onChange: (e) => {
          page.closeDrawer();
          go(e.control.selectedIndex);
        },
      },
    );
    this.menuButton = new ft.IconButton({
      icon: ft.icons.MENU,
      tooltip: "Open the groups menu",
      onClick: () => page.showDrawer(this.drawer),
    });
    this.themeButton = new ft.IconButton({ onClick: () => this.toggleTheme() });
    this.appbar = new ft.AppBar({
      leading: this.logo,
      leadingWidth: 48,
      title: new ft.Text("flet-ts Controls Gallery"),
      bgcolor: ft.colors.INVERSE_PRIMARY,
      actions: [
        new ft.IconButton({
          icon: ft.icons.HOME,
          tooltip: "Home: all examples",
          onClick: () => page.launchUrl("/", { webWindowName: "_self" }),
        }),
        new ft.PopupMenuButton({
          icon: ft.icons.COLOR_LENS_OUTLINED,
          tooltip: "Seed colour",
          items: SEEDS.map(
            ([color, name]) =>
              new ft.PopupMenuItem({
                content: new ft.Row([
                  new ft.Icon(ft.icons.COLOR_LENS_OUTLINED, { color }),
                  new ft.Text(name),
                ]),
                onClick: () => {
                  page.theme = { colorSchemeSeed: color };
                  page.darkTheme = { colorSchemeSeed: color };
                },
              }),
          ),
        }),
        this.themeButton,
      ],
    });
    this.showTheme();
  }

  /** The theme in use: the page's, or the browser's preference until the switch is used. */
  get dark(): boolean {
    const mode = this.page.themeMode;
    return (
      mode === ft.ThemeMode.DARK ||
      (mode !== ft.ThemeMode.LIGHT && this.page.platformBrightness === "dark")
    );
  }

  /** The light/dark switch: repaints the whole page in the other theme. */
  toggleTheme(): void {
    this.page.themeMode = this.dark ? ft.ThemeMode.LIGHT : ft.ThemeMode.DARK;
    this.showTheme();
  }

  private showTheme(): void {
    this.themeButton.icon = this.dark ? ft.icons.BRIGHTNESS_HIGH : ft.icons.BRIGHTNESS_2_OUTLINED;
    this.themeButton.tooltip = this.dark ? "Switch to the light theme" : "Switch to the dark theme";
  }

  /** Marks the group in the rail and the drawer (none on the overview and "not found"). */
  select(group: GalleryGroup | undefined): void {
    const index = group ? this.groups.indexOf(group) : -1;
    this.rail.selectedIndex = index === -1 ? undefined : index;
    this.drawer.selectedIndex = index === -1 ? undefined : index;
  }

  /** Rail (extended on wide windows) or drawer (narrow windows), for the page's width. */
  fit(): void {
    const width = this.page.width;
    const narrow = width > 0 && width < NARROW;
    this.rail.visible = !narrow;
    this.divider.visible = !narrow;
    this.rail.extended = width >= WIDE;
    this.appbar.leading = narrow ? this.menuButton : this.logo;
    this.page.drawer = narrow ? this.drawer : undefined;
    this.showTheme();
  }
}
