/** Flet's gallery: AnimatedSwitcher, scaling between two containers. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "animatedswitcher",
  name: "AnimatedSwitcher",
  description:
    "A control that by default does a cross-fade between a new control and the control previously set on the AnimatedSwitcher as a `content`.",
  examples: [
    {
      name: "Animated switching between two containers with scale effect",
      example: () => {
        const c1 = new ft.Container(
          new ft.Text("Hello!", { themeStyle: ft.TextThemeStyle.HEADLINE_MEDIUM }),
          { alignment: ft.alignment.center, width: 200, height: 200, bgcolor: ft.colors.GREEN },
        );
        const c2 = new ft.Container(new ft.Text("Bye!", { size: 50 }), {
          alignment: ft.alignment.center,
          width: 200,
          height: 200,
          bgcolor: ft.colors.YELLOW,
        });
        const c = new ft.AnimatedSwitcher(c1, {
          transition: ft.AnimatedSwitcherTransition.SCALE,
          duration: 500,
          reverseDuration: 100,
          switchInCurve: ft.AnimationCurve.BOUNCE_OUT,
          switchOutCurve: ft.AnimationCurve.BOUNCE_IN,
        });
        return new ft.Column({
          controls: [
            c,
            new ft.ElevatedButton("Animate!", {
              onClick: () => {
                c.content = c.content === c1 ? c2 : c1;
                c.update();
              },
            }),
          ],
        });
      },
    },
  ],
};
