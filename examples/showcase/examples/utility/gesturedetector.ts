/** Flet's gallery: GestureDetector, two boxes dragged around a Stack. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "gesturedetector",
  name: "GestureDetector",
  description:
    "A control that detects gestures.\n\nAttempts to recognize gestures that correspond to its non-null callbacks.\n\nIf this control has a `content`, it defers to that child control for its sizing behavior. If it does not have a `content`, it grows to fit the parent instead.",
  examples: [
    {
      name: "Draggable containers",
      example: () => {
        const gd = new ft.GestureDetector({
          mouseCursor: ft.MouseCursor.MOVE,
          dragInterval: 50,
          onPanUpdate: (e) => {
            c.top = Math.max(0, (c.top ?? 0) + e.deltaY);
            c.left = Math.max(0, (c.left ?? 0) + e.deltaX);
            c.update();
          },
        });
        const c = new ft.Container(gd, {
          bgcolor: ft.colors.AMBER,
          width: 50,
          height: 50,
          left: 0,
          top: 0,
        });
        const gd1 = new ft.GestureDetector({
          mouseCursor: ft.MouseCursor.MOVE,
          dragInterval: 10,
          onVerticalDragUpdate: (e) => {
            e.control.top = Math.max(0, (e.control.top ?? 0) + e.deltaY);
            e.control.left = Math.max(0, (e.control.left ?? 0) + e.deltaX);
            e.control.update();
          },
          left: 100,
          top: 100,
          content: new ft.Container({ bgcolor: ft.colors.BLUE, width: 50, height: 50 }),
        });
        return new ft.Stack([c, gd1], { width: 1000, height: 500 });
      },
    },
  ],
};
