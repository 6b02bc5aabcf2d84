/**
 * Drag and drop: Flet's colour example (drag a colour onto the target; the green one is
 * of another group and is refused) and a list whose rows are swiped away, deleting only
 * after the app confirms in a dialog.
 */
import * as ft from "flet-ts";

export const title = "Drag and drop";
export const description = "Drag colours onto a target; swipe list rows away.";
export const controls = ["Draggable", "DragTarget", "Dismissible"] as const;

function swatch(color: string, name: string, group: string): ft.Draggable {
  const box = (size: number) =>
    new ft.Container({ width: size, height: size, bgcolor: color, borderRadius: 5 });
  return new ft.Draggable(
    new ft.Container(new ft.Text(name, { size: 12, color: ft.colors.BLACK }), {
      width: 64,
      height: 48,
      bgcolor: color,
      borderRadius: 5,
      alignment: ft.alignment.center,
    }),
    { group, contentFeedback: box(32), contentWhenDragging: box(48) },
  );
}

export function main(page: ft.Page): void {
  page.title = title;
  page.scroll = ft.ScrollMode.AUTO;
  const status = new ft.Text("Drag a colour onto the target.");
  const box = new ft.Container(new ft.Text("Target", { size: 12, color: ft.colors.BLACK }), {
    width: 96,
    height: 96,
    bgcolor: ft.colors.BLUE_GREY_100,
    borderRadius: 5,
    alignment: ft.alignment.center,
  });
  const target = new ft.DragTarget(box, {
    group: "color",
    onWillAccept: (e) => {
      box.border = ft.border.all(2, e.accept ? ft.colors.BLACK45 : ft.colors.RED);
    },
    onLeave: () => {
      box.border = undefined;
    },
    onAccept: (e) => {
      const source = e.source as ft.Draggable;
      box.bgcolor = (source.content as ft.Container).bgcolor;
      box.border = undefined;
      status.value = `Dropped ${((source.content as ft.Container).content as ft.Text).value}.`;
    },
  });

  const log = new ft.Text("Swipe a row: right archives, left deletes (after you confirm).");
  const list = new ft.Column({ spacing: 0, width: 360 });
  const confirm = new ft.AlertDialog({
    modal: true,
    title: new ft.Text("Delete?"),
    content: new ft.Text("The message is deleted for good."),
  });
  const row = (name: string): ft.Dismissible =>
    new ft.Dismissible(
      new ft.ListTile({ title: new ft.Text(name), leading: new ft.Icon(ft.icons.MAIL) }),
      {
        background: new ft.Container(new ft.Icon(ft.icons.ARCHIVE, { color: ft.colors.WHITE }), {
          bgcolor: ft.colors.GREEN_700,
          alignment: ft.alignment.centerLeft,
          padding: ft.padding.symmetric({ horizontal: 16 }),
        }),
        secondaryBackground: new ft.Container(
          new ft.Icon(ft.icons.DELETE, { color: ft.colors.WHITE }),
          {
            bgcolor: ft.colors.RED_700,
            alignment: ft.alignment.centerRight,
            padding: ft.padding.symmetric({ horizontal: 16 }),
          },
        ),
        onConfirmDismiss: (e) => {
          if (e.direction !== ft.DismissDirection.END_TO_START) {
            void e.control.confirmDismiss(true);
            return;
          }
          const answer = (yes: boolean) => () => {
            page.closeDialog();
            void e.control.confirmDismiss(yes);
          };
          confirm.actions = [
            new ft.TextButton("Cancel", { onClick: answer(false) }),
            new ft.TextButton("Delete", { onClick: answer(true) }),
          ];
          page.showDialog(confirm);
        },
        onDismiss: (e) => {
          list.controls.splice(list.controls.indexOf(e.control), 1);
          log.value = `${name} ${e.direction === ft.DismissDirection.END_TO_START ? "deleted" : "archived"}.`;
        },
      },
    );
  list.controls.push(...["Invoice", "Newsletter", "Team lunch", "Flight"].map(row));

  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    new ft.Row(
      [
        new ft.Column(
          [
            swatch(ft.colors.CYAN, "Cyan", "color"),
            swatch(ft.colors.YELLOW, "Yellow", "color"),
            swatch(ft.colors.GREEN, "Green", "color1"),
          ],
          { spacing: 8 },
        ),
        new ft.Container({ width: 100 }),
        target,
      ],
      { verticalAlignment: ft.CrossAxisAlignment.START },
    ),
    status,
    list,
    log,
  );
}
