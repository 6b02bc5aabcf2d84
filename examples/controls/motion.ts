/**
 * Motion: implicit animations with Flutter's curves (`animate*` props and a Container's
 * `animate`, each reporting its end), an AnimatedSwitcher swapping its content, and
 * ShaderMasks painting gradients over text and pictures.
 */
import * as ft from "flet-ts";

export const title = "Motion";
export const description = "Implicit animations, an animated switcher and shader masks.";
export const controls = ["AnimatedSwitcher", "ShaderMask"] as const;

function face(text: string, color: string): ft.Container {
  return new ft.Container(new ft.Text(text, { size: 24, color: ft.colors.WHITE }), {
    width: 120,
    height: 120,
    borderRadius: 16,
    bgcolor: color,
    alignment: ft.alignment.center,
  });
}

function stripes(): ft.Column {
  const colors = [ft.colors.RED_700, ft.colors.AMBER_700, ft.colors.GREEN_700, ft.colors.BLUE_700];
  return new ft.Column(
    colors.map((color) => new ft.Container({ width: 120, height: 30, bgcolor: color })),
    { spacing: 0 },
  );
}

export function main(page: ft.Page): void {
  page.title = title;
  page.scroll = ft.ScrollMode.AUTO;
  const ended = new ft.Text("No animation has ended yet");
  const box = new ft.Container({
    width: 80,
    height: 80,
    borderRadius: 12,
    bgcolor: ft.colors.PRIMARY,
    animate: new ft.Animation(700, ft.AnimationCurve.BOUNCE_OUT),
    animateRotation: new ft.Animation(700, ft.AnimationCurve.ELASTIC_OUT),
    onAnimationEnd: (e) => {
      ended.value = `Ended: ${String(e.data)}`;
    },
  });
  let big = false;
  const switcher = new ft.AnimatedSwitcher(face("Hello!", ft.colors.GREEN_700), {
    transition: ft.AnimatedSwitcherTransition.SCALE,
    duration: 500,
    reverseDuration: 300,
    switchInCurve: ft.AnimationCurve.EASE_OUT_BACK,
    switchOutCurve: ft.AnimationCurve.EASE_IN,
  });
  let hello = true;
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    new ft.Text("Implicit animations", { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM }),
    new ft.Row([
      box,
      new ft.FilledButton("Animate", {
        onClick: () => {
          big = !big;
          box.width = big ? 140 : 80;
          box.rotate = big ? Math.PI / 4 : 0;
        },
      }),
      ended,
    ]),
    new ft.Text("Animated switcher", { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM }),
    new ft.Row([
      new ft.Container(switcher, { width: 140, height: 140, alignment: ft.alignment.center }),
      new ft.FilledButton("Switch", {
        onClick: () => {
          hello = !hello;
          switcher.content = hello
            ? face("Hello!", ft.colors.GREEN_700)
            : face("Bye!", ft.colors.DEEP_PURPLE_700);
        },
      }),
    ]),
    new ft.Text("Shader masks", { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM }),
    new ft.Row(
      [
        new ft.ShaderMask(new ft.Text("Gradient text", { size: 32, weight: ft.FontWeight.BOLD }), {
          blendMode: ft.BlendMode.SRC_IN,
          shader: ft.linearGradient([ft.colors.PINK_600, ft.colors.INDIGO_600]),
        }),
        new ft.ShaderMask(stripes(), {
          blendMode: ft.BlendMode.DST_IN,
          shader: ft.linearGradient([ft.colors.BLACK, ft.colors.TRANSPARENT], {
            begin: ft.alignment.topCenter,
            end: ft.alignment.bottomCenter,
            stops: [0.5, 1],
          }),
          borderRadius: 10,
        }),
        new ft.ShaderMask(stripes(), {
          blendMode: ft.BlendMode.MULTIPLY,
          shader: ft.radialGradient([ft.colors.WHITE, ft.colors.BLACK], { radius: 0.7 }),
          borderRadius: 60,
        }),
        new ft.ShaderMask(stripes(), {
          shader: ft.sweepGradient([ft.colors.WHITE, ft.colors.BLUE_GREY_300, ft.colors.WHITE]),
        }),
      ],
      { wrap: true, spacing: 24 },
    ),
  );
}
