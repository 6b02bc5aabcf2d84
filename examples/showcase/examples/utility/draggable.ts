/**
 * Flet's gallery: Draggable / DragTarget, dropping colours on a target. The green
 * Draggable is of another group, so the target refuses it.
 */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

const swatch = (bgcolor: string, size = 50, borderRadius = 5) =>
  new ft.Container({ width: size, height: size, bgcolor, borderRadius });

export const control: GalleryControl = {
  slug: "draggable",
  name: "Draggable / DragTarget",
  description:
    "Draggable is a control that can be dragged from to a DragTarget.\n\nWhen a draggable control recognizes the start of a drag gesture, it displays a content_feedback control that tracks the user's finger across the screen. If the user lifts their finger while on top of a DragTarget, that target is given the opportunity to complete drag-and-drop flow.\n\nThis control displays content when zero drags are under way. If content_when_dragging is non-null, this control instead displays content_when_dragging when one or more drags are underway. Otherwise, this widget always displays `content`.\n\n\nDragTarget is a control that completes drag operation when a Draggable widget is dropped.\n\nWhen a draggable is dragged on top of a drag target, the drag target is asked whether it will accept the data the draggable is carrying. The drag target will accept incoming drag if it belongs to the same `group` as draggable. If the user does drop the draggable on top of the drag target (and the drag target has indicated that it will accept the draggable's data), then the drag target is asked to accept the draggable's data.",
  examples: [
    {
      name: "Drag and drop colors",
      example: () => {
        const box = swatch(ft.colors.BLUE_GREY_100);
        return new ft.Row([
          new ft.Column([
            new ft.Draggable({
              group: "color",
              content: swatch(ft.colors.CYAN),
              contentFeedback: swatch(ft.colors.CYAN, 20, 3),
            }),
            new ft.Draggable({ group: "color", content: swatch(ft.colors.YELLOW) }),
            new ft.Draggable({ group: "color1", content: swatch(ft.colors.GREEN) }),
          ]),
          new ft.Container({ width: 100 }),
          new ft.DragTarget({
            group: "color",
            content: box,
            onWillAccept: (e) => {
              box.border = ft.border.all(2, e.accept ? ft.colors.BLACK45 : ft.colors.RED);
              e.control.update();
            },
            onAccept: (e) => {
              const src = e.source as ft.Draggable;
              box.bgcolor = (src.content as ft.Container).bgcolor;
              box.border = undefined;
              e.control.update();
            },
            onLeave: (e) => {
              box.border = undefined;
              e.control.update();
            },
          }),
        ]);
      },
    },
  ],
};
