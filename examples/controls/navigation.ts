/**
 * Navigation: a NavigationRail beside the content (extended or not, with each label
 * type), and NavigationDrawers at the start and end edges opened from the app bar's menu
 * buttons, by a swipe in from the edge, or by the app (`page.showDrawer`).
 */
import * as ft from "flet-ts";

export const title = "Navigation";
export const description = "A navigation rail and start and end navigation drawers.";
export const controls = [
  "NavigationRail",
  "NavigationRailDestination",
  "NavigationDrawer",
  "NavigationDrawerDestination",
] as const;

const PLACES = [
  { label: "Inbox", icon: ft.icons.INBOX_OUTLINED, selected: ft.icons.INBOX },
  { label: "Starred", icon: ft.icons.STAR_BORDER, selected: ft.icons.STAR },
  { label: "Sent", icon: ft.icons.SEND_OUTLINED, selected: ft.icons.SEND },
  { label: "Drafts", icon: ft.icons.DRAFTS_OUTLINED, selected: ft.icons.DRAFTS },
] as const;

export function main(page: ft.Page): void {
  page.title = title;
  const status = new ft.Text("Pick a destination, or open a drawer from the app bar.");
  const show = (text: string) => {
    status.value = text;
  };

  const rail = new ft.NavigationRail(
    PLACES.map(
      (place) =>
        new ft.NavigationRailDestination(place.label, {
          icon: place.icon,
          selectedIcon: place.selected,
        }),
    ),
    {
      selectedIndex: 0,
      labelType: ft.NavigationRailLabelType.ALL,
      groupAlignment: -0.9,
      leading: new ft.FloatingActionButton({
        icon: ft.icons.CREATE,
        tooltip: "Compose",
        onClick: () => show("Compose pressed."),
      }),
      onChange: (e) => show(`Rail: ${PLACES[e.control.selectedIndex ?? 0]!.label}`),
    },
  );

  const drawer = new ft.NavigationDrawer(
    [
      new ft.Container(new ft.Text("Mail", { themeStyle: ft.TextThemeStyle.TITLE_SMALL }), {
        padding: { left: 28, top: 16, right: 16, bottom: 10 },
      }),
      ...PLACES.map(
        (place) =>
          new ft.NavigationDrawerDestination(place.label, {
            icon: place.icon,
            selectedIcon: place.selected,
          }),
      ),
      new ft.Divider({ thickness: 1 }),
      new ft.NavigationDrawerDestination("Settings", { icon: ft.icons.SETTINGS_OUTLINED }),
    ],
    {
      onChange: (e) => {
        show(`Drawer: destination ${e.control.selectedIndex} picked`);
        page.closeDrawer();
      },
      onDismiss: () => show("Drawer dismissed."),
    },
  );
  const endDrawer = new ft.NavigationDrawer(
    [
      new ft.Container(new ft.Text("Labels", { themeStyle: ft.TextThemeStyle.TITLE_SMALL }), {
        padding: { left: 28, top: 16, right: 16, bottom: 10 },
      }),
      new ft.NavigationDrawerDestination("Family", { icon: ft.icons.LABEL_OUTLINE }),
      new ft.NavigationDrawerDestination("Work", { icon: ft.icons.LABEL_OUTLINE }),
    ],
    {
      onChange: (e) => {
        show(`End drawer: label ${e.control.selectedIndex} picked`);
        page.closeEndDrawer();
      },
    },
  );
  page.drawer = drawer;
  page.endDrawer = endDrawer;
  page.appbar = new ft.AppBar({ title: new ft.Text("Mail") });

  page.add(
    new ft.Row(
      [
        rail,
        new ft.VerticalDivider({ width: 1 }),
        new ft.Column(
          [
            new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
            status,
            new ft.Switch({
              label: "Extended rail",
              onChange: (e) => {
                rail.extended = e.control.value === true;
              },
            }),
            new ft.RadioGroup(
              new ft.Row(
                Object.values(ft.NavigationRailLabelType).map(
                  (type) => new ft.Radio({ value: type, label: `Labels: ${type}` }),
                ),
                { wrap: true },
              ),
              {
                value: "all",
                onChange: (e) => {
                  rail.labelType = e.control.value as ft.NavigationRailLabelType;
                },
              },
            ),
            new ft.OutlinedButton("Open the drawer", {
              icon: ft.icons.MENU,
              onClick: () => page.showDrawer(drawer),
            }),
          ],
          { expand: true, scroll: ft.ScrollMode.AUTO, spacing: 16 },
        ),
      ],
      { expand: true, verticalAlignment: ft.CrossAxisAlignment.START },
    ),
  );
}
