import * as ft from "flet-ts";
import { notify } from "../../feedback.js";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "container",
  name: "Container",
  description:
    "Container allows to decorate a control with background color and border and position it with padding, margin and alignment.",
  examples: [
    {
      name: "Clickable containers",
      example: (page) => {
        const box = (label: string, options: ft.ControlOptions<ft.Container>) =>
          new ft.Container(new ft.Text(label), {
            margin: 10,
            padding: 10,
            alignment: ft.alignment.center,
            width: 150,
            height: 150,
            borderRadius: 10,
            ...options,
          });
        return new ft.Row(
          [
            box("Non clickable", { bgcolor: ft.colors.AMBER }),
            box("Clickable without Ink", {
              bgcolor: ft.colors.GREEN_200,
              onClick: () => notify(page, "Clickable without Ink clicked!"),
            }),
            box("Clickable with Ink", {
              bgcolor: ft.colors.CYAN_200,
              ink: true,
              onClick: () => notify(page, "Clickable with Ink clicked!"),
            }),
            box("Clickable transparent with Ink", {
              ink: true,
              onClick: () => notify(page, "Clickable transparent with Ink clicked!"),
            }),
          ],
          { wrap: true },
        );
      },
    },
    {
      name: "Containers with different alignment",
      example: () =>
        new ft.Row(
          [
            new ft.Container(new ft.Text("Center"), {
              alignment: ft.alignment.center,
              bgcolor: ft.colors.BLUE_GREY_100,
              width: 150,
              height: 150,
            }),
            new ft.Container(new ft.Text("Top left"), {
              alignment: ft.alignment.topLeft,
              bgcolor: ft.colors.BLUE_GREY_200,
              width: 150,
              height: 150,
            }),
            new ft.Container(new ft.Text("-0.5, -0.5"), {
              alignment: { x: -0.5, y: -0.5 },
              bgcolor: ft.colors.BLUE_GREY_300,
              width: 150,
              height: 150,
            }),
          ],
          { wrap: true },
        ),
    },
    {
      name: "Animate container",
      example: () => {
        const c = new ft.Container({
          width: 200,
          height: 200,
          bgcolor: "red",
          animate: new ft.Animation(1000, ft.AnimationCurve.BOUNCE_OUT),
        });
        return new ft.Column([
          c,
          new ft.ElevatedButton("Animate container", {
            onClick: () => {
              c.width = c.width === 200 ? 100 : 200;
              c.height = c.height === 200 ? 100 : 200;
              c.bgcolor = c.bgcolor === "red" ? "blue" : "red";
            },
          }),
        ]);
      },
    },
    {
      name: "Containers with different gradient backgrounds",
      example: () =>
        new ft.Row(
          [
            new ft.Container(new ft.Text("LinearGradient"), {
              alignment: ft.alignment.center,
              gradient: ft.linearGradient([ft.colors.BLUE, ft.colors.YELLOW], {
                begin: ft.alignment.topCenter,
                end: ft.alignment.bottomCenter,
              }),
              width: 150,
              height: 150,
              borderRadius: 5,
            }),
            new ft.Container(new ft.Text("RadialGradient"), {
              alignment: ft.alignment.center,
              gradient: ft.radialGradient([ft.colors.YELLOW, ft.colors.BLUE]),
              width: 150,
              height: 150,
              borderRadius: 5,
            }),
            new ft.Container(new ft.Text("SweepGradient"), {
              alignment: ft.alignment.center,
              gradient: ft.sweepGradient([ft.colors.YELLOW, ft.colors.BLUE], {
                center: ft.alignment.center,
                startAngle: 0,
                endAngle: Math.PI * 2,
              }),
              width: 150,
              height: 150,
              borderRadius: 5,
            }),
          ],
          { wrap: true },
        ),
    },
  ],
};
