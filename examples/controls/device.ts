/**
 * Device controls: HapticFeedback buttons (the phone vibrates; desktop browsers have no
 * vibration), a ShakeDetector that counts shakes, and a WindowDragArea title bar (a
 * browser page has no window to drag: it draws its content).
 */
import * as ft from "flet-ts";

export const title = "Device";
export const description = "Vibrate the phone, count its shakes, and a window drag area.";
export const controls = ["HapticFeedback", "ShakeDetector", "WindowDragArea"] as const;

export function main(page: ft.Page): void {
  page.title = title;
  const heading = (text: string) =>
    new ft.Text(text, { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM });
  const haptics = new ft.HapticFeedback();
  let shakes = 0;
  const shaken = new ft.Text("Shake the phone twice.");
  page.overlay.push(
    haptics,
    new ft.ShakeDetector({
      minimumShakeCount: 2,
      shakeSlopTimeMs: 300,
      shakeCountResetTimeMs: 1000,
      onShake: () => {
        shakes++;
        shaken.value = `Shaken ${shakes} ${shakes === 1 ? "time" : "times"}.`;
      },
    }),
  );
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    heading("HapticFeedback"),
    new ft.Row(
      [
        new ft.ElevatedButton("Light impact", { onClick: () => haptics.lightImpact() }),
        new ft.ElevatedButton("Medium impact", { onClick: () => haptics.mediumImpact() }),
        new ft.ElevatedButton("Heavy impact", { onClick: () => haptics.heavyImpact() }),
        new ft.ElevatedButton("Vibrate", { onClick: () => haptics.vibrate() }),
      ],
      { wrap: true },
    ),
    heading("ShakeDetector"),
    shaken,
    heading("WindowDragArea"),
    new ft.Row(
      [
        new ft.WindowDragArea(
          new ft.Container(new ft.Text("Drag here to move the desktop window"), {
            bgcolor: ft.colors.SECONDARY_CONTAINER,
            padding: 12,
          }),
          { expand: true },
        ),
        new ft.IconButton({ icon: ft.icons.CLOSE, tooltip: "Close" }),
      ],
      { width: 480 },
    ),
  );
}
