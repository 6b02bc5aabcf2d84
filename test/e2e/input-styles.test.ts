// The colour, shape and size props of the Material input controls as Chromium draws
// them (issue 12): each one read back from the computed style of what the user sees.
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function open(controls: () => ft.Control[]): Promise<Page> {
  const page = await suite.open((page) => {
    page.add(new ft.Text("Ready"), ...controls());
  });
  await waitForText(page, "Ready", 10_000);
  return page;
}

/** The computed `property` of the element `selector` finds in `host`'s shadow root (or of `host`). */
function shadowStyle(page: Page, host: string, selector: string | null, property: string) {
  return page.evaluate(
    ([host, selector, property]) => {
      const element = document.querySelector(host!)!;
      const target = selector ? element.shadowRoot!.querySelector(selector!)! : element;
      return getComputedStyle(target).getPropertyValue(property!);
    },
    [host, selector, property] as const,
  );
}

describe("Tabs in Chromium", () => {
  it("draws indicatorColor, labelColor and unselectedLabelColor", async () => {
    const page = await open(() => [
      new ft.Tabs({
        indicatorColor: "#ff0000",
        labelColor: "#00ff00",
        unselectedLabelColor: "#0000ff",
        tabs: [new ft.Tab("Alpha"), new ft.Tab("Beta")],
      }),
    ]);
    await page.getByRole("tab", { name: "Beta" }).waitFor();
    await expect
      .poll(() => shadowStyle(page, "md-primary-tab[active]", ".indicator", "background-color"))
      .toBe("rgb(255, 0, 0)");
    expect(await shadowStyle(page, "md-primary-tab[active]", null, "color")).toBe("rgb(0, 255, 0)");
    expect(await shadowStyle(page, "md-primary-tab:not([active])", null, "color")).toBe(
      "rgb(0, 0, 255)",
    );
  });
});
