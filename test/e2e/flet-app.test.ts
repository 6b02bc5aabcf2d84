// FletApp in Chromium: one flet-ts app embedded in another on a second loopback port, as
// an iframe sized by the layout rules and named for screen readers; a click and a key
// press inside the embedded app update it.
import * as ft from "flet-ts";
import { afterEach, describe, expect, it } from "vitest";
import { browserSuite, serveApp, type TestApp, waitForText } from "./browser.js";

const suite = browserSuite();

let embedded: TestApp | undefined;
afterEach(async () => {
  await embedded?.close();
  embedded = undefined;
});

/** The embedded app: a counter. */
function counter(page: ft.Page): void {
  page.title = "Counter";
  const count = new ft.Text("Count: 0");
  let n = 0;
  page.add(
    count,
    new ft.ElevatedButton("Add", {
      onClick: () => {
        count.value = `Count: ${++n}`;
      },
    }),
  );
}

describe("FletApp in Chromium", () => {
  it("embeds another app, sized by the layout rules, and that app answers clicks and keys", async () => {
    embedded = await serveApp(counter);
    const url = embedded.url;
    const page = await suite.open((p) => {
      p.add(new ft.Text("Host"), new ft.FletApp(url, { height: 240 }));
    });
    await waitForText(page, "Host", 10_000);
    const frame = page.locator("iframe.flet-fletapp");
    expect(await frame.getAttribute("title")).toBe(`Embedded app: ${url}`);
    const box = (await frame.boundingBox())!;
    const body = (await page.locator(".flet-view-body").boundingBox())!;
    // It fills the width of the view's column (less its 10 px padding), 240 px high.
    expect([box.width, box.height]).toEqual([body.width - 20, 240]);
    const inside = page.frameLocator("iframe.flet-fletapp");
    await inside.getByText("Count: 0", { exact: true }).waitFor({ timeout: 10_000 });
    await inside.getByRole("button", { name: "Add" }).click();
    await inside.getByText("Count: 1", { exact: true }).waitFor();
    await inside.getByRole("button", { name: "Add" }).focus();
    await page.keyboard.press("Enter");
    await inside.getByText("Count: 2", { exact: true }).waitFor();
    // The host page is untouched by the embedded app.
    expect(await page.getByText("Count: 2").count()).toBe(0);
  });

  it("expands in a column, and follows a new url", async () => {
    embedded = await serveApp(counter);
    const url = embedded.url;
    const app = new ft.FletApp(url, { expand: true });
    const page = await suite.open((p) => {
      p.add(
        new ft.Text("Host"),
        app,
        new ft.TextButton("Elsewhere", {
          onClick: () => {
            app.url = `${url}?again=1`;
          },
        }),
      );
    });
    await waitForText(page, "Host", 10_000);
    const frame = page.locator("iframe.flet-fletapp");
    const view = (await page.locator(".flet-view").boundingBox())!;
    // Expanded: the column's free height goes to it (far more than the 150 px default).
    expect((await frame.boundingBox())!.height).toBeGreaterThan(view.height - 150);
    await page.getByRole("button", { name: "Elsewhere" }).click();
    await expect.poll(() => frame.getAttribute("src")).toBe(`${url}?again=1`);
    await page
      .frameLocator("iframe.flet-fletapp")
      .getByText("Count: 0", { exact: true })
      .waitFor({ timeout: 10_000 });
  });
});
