// onAnimationEnd in Chromium: an implicit animation (animateOpacity, animateRotation...)
// tells the server when it ends, with the animation's name, as Flet does.
import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

describe("onAnimationEnd", () => {
  it("fires once per finished animation, naming it", async () => {
    const ended: string[] = [];
    const box = new ft.Container({
      width: 80,
      height: 80,
      bgcolor: ft.colors.PRIMARY,
      animateOpacity: 150,
      animateRotation: 150,
      onAnimationEnd: (e) => {
        ended.push(String(e.data));
        status.value = `ended: ${ended.join(", ")}`;
      },
    });
    const status = new ft.Text("none yet");
    const page = await suite.open((p) =>
      p.add(
        box,
        status,
        new ft.ElevatedButton("Fade", {
          onClick: () => {
            box.opacity = 0.3;
          },
        }),
        new ft.ElevatedButton("Turn", {
          onClick: () => {
            box.rotate = 1;
          },
        }),
      ),
    );
    await page.getByRole("button", { name: "Fade" }).click();
    await waitForText(page, "ended: opacity");
    await page.getByRole("button", { name: "Turn" }).click();
    await waitForText(page, "ended: opacity, rotation");
    expect(ended).toEqual(["opacity", "rotation"]);
  });
});
