import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { derivePalette } from "../../src/browser/palette.js";
import { browserSuite, waitForText } from "./browser.js";

const { open } = browserSuite();

describe("browser client", () => {
  it("renders a column of texts and a button, and a click reaches the handler", async () => {
    const p = await open((pg) => {
      const count = new ft.Text("0");
      pg.add(
        new ft.Column({ controls: [new ft.Text("First"), new ft.Text("Second"), count] }),
        new ft.ElevatedButton("Add", {
          onClick: () => {
            count.value = String(Number(count.value) + 1);
          },
        }),
      );
    });
    await waitForText(p, "Second");
    await p.getByRole("button", { name: "Add" }).click();
    await waitForText(p, "1");
    await p.getByRole("button", { name: "Add" }).click();
    await waitForText(p, "2");
  });

  it("sends what the user types into a text field", async () => {
    const typed: string[] = [];
    const p = await open((pg) => {
      const echo = new ft.Text("");
      const field = new ft.TextField({
        label: "Name",
        onChange: () => {
          typed.push(field.value ?? "");
          echo.value = `Hello ${field.value}`;
        },
      });
      pg.add(field, echo);
    });
    const input = p.getByRole("textbox").first();
    await input.waitFor();
    await input.pressSequentially("Ada", { delay: 20 });
    await waitForText(p, "Hello Ada");
    expect(await input.inputValue()).toBe("Ada");
    expect(typed.at(-1)).toBe("Ada");
  });

  it("shows a visible box for a control type without a renderer", async () => {
    @ft.control("acme.nothing")
    class Nothing extends ft.Control {}
    const p = await open((pg) => pg.add(new Nothing(), new ft.Text("after")));
    await waitForText(p, "Unknown control: acme.nothing");
    await waitForText(p, "after");
  });

  it("sets the title and the theme's colours", async () => {
    const p = await open((pg) => {
      pg.title = "Themed";
      pg.themeMode = "dark";
      pg.theme = { colorSchemeSeed: "green" };
      pg.add(new ft.Text("x"));
    });
    await waitForText(p, "x");
    await expect.poll(() => p.title()).toBe("Themed");
    // The green scheme comes from the colour library's lazy chunk.
    await expect
      .poll(() =>
        p.evaluate(() =>
          getComputedStyle(document.documentElement).getPropertyValue("--md-sys-color-primary"),
        ),
      )
      .toBe(derivePalette("green", true).primary);
    expect(await p.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  });
});
