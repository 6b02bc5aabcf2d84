/**
 * A page with every core control, for screenshots.
 * @module
 */
import { TreeBuilder } from "./harness.js";

/** Builds the gallery tree; returns it and its root ids. */
export function galleryTree(): { tree: TreeBuilder; roots: string[] } {
  const t = new TreeBuilder();
  const text = (value: string, props: Record<string, unknown> = {}) =>
    t.add("text", { value, ...props });
  const icon = (name: string, props: Record<string, unknown> = {}) =>
    t.add("icon", { name, ...props });
  const section = (title: string, ...controls: string[]) =>
    t.add(
      "column",
      { spacing: 12 },
      { controls: [text(title, { themeStyle: "titleSmall", color: "primary" }), ...controls] },
    );

  const appbar = t.add(
    "appbar",
    { bgcolor: "surfaceContainer" },
    {
      leading: t.add("iconbutton", { icon: "menu", tooltip: "Menu" }),
      title: text("Gallery"),
      actions: [
        t.add("iconbutton", { icon: "search", tooltip: "Search" }),
        t.add("iconbutton", { icon: "more_vert", tooltip: "More" }),
      ],
    },
  );
  const tabs = t.add(
    "tabs",
    { selectedIndex: 0, height: 96 },
    {
      tabs: [
        t.add("tab", { text: "Flights", icon: "flight" }, { content: text("Flights content") }),
        t.add("tab", { text: "Trips", icon: "luggage" }, { content: text("Trips content") }),
        t.add("tab", { text: "Explore", icon: "explore" }, { content: text("Explore content") }),
      ],
    },
  );
  const buttons = section(
    "Buttons",
    t.add(
      "row",
      { wrap: true },
      {
        controls: [
          t.add("elevatedbutton", { text: "Elevated" }),
          t.add("filledbutton", { text: "Filled", icon: "add" }),
          t.add("filledtonalbutton", { text: "Tonal" }),
          t.add("outlinedbutton", { text: "Outlined" }),
          t.add("textbutton", { text: "Text" }),
          t.add("iconbutton", {
            icon: "favorite_border",
            selectedIcon: "favorite",
            selected: true,
            tooltip: "Like",
          }),
          t.add("floatingactionbutton", { icon: "edit", tooltip: "Edit" }),
          t.add("floatingactionbutton", { icon: "navigation", text: "Navigate" }),
        ],
      },
    ),
  );
  const fields = section(
    "Text fields and selection",
    t.add(
      "responsiverow",
      {},
      {
        controls: [
          t.add("textfield", {
            label: "Name",
            value: "Ada Lovelace",
            helperText: "As on your passport",
            col: { md: 6 },
          }),
          t.add("textfield", {
            label: "Password",
            password: true,
            canRevealPassword: true,
            value: "secret",
            prefixIcon: "lock",
            col: { md: 6 },
          }),
          t.add("textfield", {
            label: "Email",
            errorText: "Enter a valid address",
            value: "ada@",
            col: { md: 6 },
          }),
          t.add(
            "dropdown",
            { label: "Fruit", value: "b", col: { md: 6 } },
            {
              options: [
                t.add("dropdownoption", { key: "a", text: "Apple" }),
                t.add("dropdownoption", { key: "b", text: "Banana" }),
              ],
            },
          ),
        ],
      },
    ),
    t.add(
      "row",
      { wrap: true, spacing: 24 },
      {
        controls: [
          t.add("checkbox", { label: "Checked", value: true }),
          t.add("checkbox", { label: "Tristate", tristate: true, value: null }),
          t.add(
            "radiogroup",
            { value: "b" },
            {
              content: t.add(
                "row",
                {},
                {
                  controls: [
                    t.add("radio", { label: "A", value: "a" }),
                    t.add("radio", { label: "B", value: "b" }),
                  ],
                },
              ),
            },
          ),
          t.add("switch", { label: "Wi-Fi", value: true }),
          t.add("switch", { label: "Bluetooth", value: false }),
        ],
      },
    ),
    t.add("slider", { min: 0, max: 100, value: 40, divisions: 10, label: "{value}" }),
    t.add(
      "row",
      {},
      {
        controls: [
          t.add("progressring", {}),
          t.add("progressring", { value: 0.7 }),
          t.add("progressbar", { value: 0.6, expand: true }),
        ],
      },
    ),
  );
  const lists = section(
    "Cards and lists",
    t.add(
      "row",
      { verticalAlignment: "start" },
      {
        controls: [
          t.add(
            "card",
            { expand: true },
            {
              content: t.add(
                "column",
                { spacing: 0 },
                {
                  controls: [
                    t.add(
                      "listtile",
                      { onClick: true },
                      {
                        leading: icon("album"),
                        title: text("The Enchanted Nightingale"),
                        subtitle: text("Music by Julie Gable"),
                      },
                    ),
                    t.add("divider", { height: 1 }),
                    t.add(
                      "listtile",
                      { selected: true, onClick: true },
                      { leading: icon("inbox"), title: text("Inbox"), trailing: text("24") },
                    ),
                  ],
                },
              ),
            },
          ),
          t.add(
            "container",
            {
              expand: true,
              height: 136,
              borderRadius: 16,
              padding: 16,
              gradient: {
                type: "linear",
                colors: ["primaryContainer", "tertiaryContainer"],
                begin: { x: -1, y: -1 },
                end: { x: 1, y: 1 },
              },
              alignment: { x: 0, y: 0 },
              onClick: true,
              ink: true,
            },
            {
              content: text("Container with gradient", {
                themeStyle: "titleMedium",
                color: "onPrimaryContainer",
              }),
            },
          ),
        ],
      },
    ),
  );
  const nav = t.add(
    "navigationbar",
    { selectedIndex: 0 },
    {
      destinations: [
        t.add("navigationdestination", { label: "Explore", icon: "explore" }),
        t.add("navigationdestination", { label: "Commute", icon: "commute" }),
        t.add("navigationdestination", {
          label: "Saved",
          icon: "bookmark_border",
          selectedIcon: "bookmark",
        }),
      ],
    },
  );
  const banner = t.add(
    "banner",
    { open: true },
    {
      leading: icon("wifi_off", { color: "primary" }),
      content: text("You are offline. Some features are unavailable."),
      actions: [t.add("textbutton", { text: "Retry" })],
    },
  );
  const body = t.add(
    "column",
    { spacing: 24, padding: 16 },
    { controls: [tabs, buttons, fields, lists] },
  );
  const frame = t.add(
    "container",
    { padding: { left: 16, right: 16, top: 8, bottom: 8 } },
    { content: body },
  );
  const page = t.add(
    "column",
    { spacing: 0, width: 760, horizontalAlignment: "stretch" },
    { controls: [appbar, banner, frame, nav] },
  );
  return { tree: t, roots: [page] };
}
