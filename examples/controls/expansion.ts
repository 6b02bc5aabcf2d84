/**
 * Expansion tiles and panels: tiles that open to show more controls, with the arrow at
 * either side, custom colours while expanded, a tile that keeps its controls' state while
 * closed; and an expansion panel list whose panels open apart from the others.
 */
import * as ft from "flet-ts";

export const title = "Expansion tiles";
export const description = "List tiles and panels that expand to show more controls.";
export const controls = ["ExpansionTile", "ExpansionPanelList", "ExpansionPanel"] as const;

export function main(page: ft.Page): void {
  page.title = title;
  page.scroll = ft.ScrollMode.AUTO;
  const status = new ft.Text("Open a tile.");
  const report = (name: string) => (e: ft.ControlEvent<ft.ExpansionTile>) => {
    status.value = `${name} ${e.data ? "expanded" : "collapsed"}`;
  };
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    status,
    new ft.ExpansionTile(
      [
        new ft.ListTile({ title: new ft.Text("This is sub-tile number 1") }),
        new ft.ListTile({ title: new ft.Text("This is sub-tile number 2") }),
      ],
      {
        title: new ft.Text("ExpansionTile 1"),
        subtitle: new ft.Text("Trailing expansion arrow icon"),
        affinity: ft.TileAffinity.PLATFORM,
        maintainState: true,
        collapsedTextColor: ft.colors.RED,
        textColor: ft.colors.RED,
        onChange: report("Tile 1"),
      },
    ),
    new ft.ExpansionTile([new ft.ListTile({ title: new ft.Text("This is sub-tile number 3") })], {
      title: new ft.Text("ExpansionTile 2"),
      subtitle: new ft.Text("Leading expansion arrow icon"),
      affinity: ft.TileAffinity.LEADING,
      initiallyExpanded: true,
      collapsedTextColor: ft.colors.BLUE,
      textColor: ft.colors.BLUE,
      onChange: report("Tile 2"),
    }),
    new ft.ExpansionTile(
      [
        new ft.Text("Fields keep what you type while this tile is closed."),
        new ft.TextField({ label: "Your note" }),
      ],
      {
        title: new ft.Text("ExpansionTile 3"),
        subtitle: new ft.Text("Keeps its state; custom trailing icon"),
        trailing: new ft.Icon(ft.icons.ARROW_DROP_DOWN_CIRCLE),
        maintainState: true,
        controlsPadding: 16,
        expandedCrossAxisAlignment: ft.CrossAxisAlignment.START,
        bgcolor: ft.colors.SURFACE_VARIANT,
        onChange: report("Tile 3"),
      },
    ),
    new ft.Text("Expansion panels", { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM }),
    panels(status),
  );
}

function panels(status: ft.Text): ft.ExpansionPanelList {
  const list = new ft.ExpansionPanelList({
    expandIconColor: ft.colors.PRIMARY,
    onChange: (e) => {
      const panel = list.controls[e.data as number];
      status.value = `Panel ${(e.data as number) + 1} ${panel?.expanded ? "opened" : "closed"}`;
    },
  });
  list.controls = [1, 2, 3].map(
    (n) =>
      new ft.ExpansionPanel(new ft.ListTile({ title: new ft.Text(`Panel ${n}`) }), {
        canTapHeader: n !== 3,
        content: new ft.ListTile({
          title: new ft.Text(`This is in panel ${n}`),
          subtitle: new ft.Text(
            n === 3 ? "Only its button opens this panel" : "Tap the header to close",
          ),
        }),
      }),
  );
  return list;
}
