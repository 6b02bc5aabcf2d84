import * as ft from "flet-ts";
import { notify } from "../../feedback.js";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "expansionpanellist",
  name: "ExpansionPanelList",
  description:
    "A material expansion panel list that lays out its children and animates expansions.",
  examples: [
    {
      name: "ExpansionPanelList example",
      example: (page) => {
        const panel: ft.ExpansionPanelList = new ft.ExpansionPanelList({
          expandIconColor: ft.colors.AMBER,
          elevation: 8,
          dividerColor: ft.colors.AMBER,
          onChange: (e) => notify(page, `change on panel with index ${e.data}`),
          // Has no header and content: placeholders are used.
          controls: [new ft.ExpansionPanel({ bgcolor: ft.colors.BLUE_400, expanded: true })],
        });
        const colors = [ft.colors.GREEN_500, ft.colors.BLUE_800, ft.colors.RED_800];
        for (let i = 0; i < 3; i++) {
          const exp: ft.ExpansionPanel = new ft.ExpansionPanel({
            bgcolor: colors[i % colors.length],
            header: new ft.ListTile({ title: new ft.Text(`Panel ${i}`) }),
          });
          exp.content = new ft.ListTile({
            title: new ft.Text(`This is in Panel ${i}`),
            subtitle: new ft.Text(`Press the icon to delete panel ${i}`),
            trailing: new ft.IconButton({
              icon: ft.icons.DELETE,
              tooltip: `Delete panel ${i}`,
              onClick: () => panel.controls.splice(panel.controls.indexOf(exp), 1),
            }),
          });
          panel.controls.push(exp);
        }
        return panel;
      },
    },
  ],
};
