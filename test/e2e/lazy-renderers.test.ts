// Lazy renderers in Chromium (defineLazyRenderer / materialLazy): a heavy control's code is
// fetched only when a page first shows it, the control then appears with every prop, a
// method called in the same update as the mount waits for it, and a chunk that cannot be
// loaded shows a clear box while the rest of the page keeps working.
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

/** Records the script chunks the tab fetches from now on. */
function chunkRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    const name = new URL(request.url()).pathname.split("/").pop()!;
    if (name.startsWith("chunk-")) seen.push(name);
  });
  return seen;
}

function table(): ft.DataTable {
  return new ft.DataTable({
    columns: [new ft.DataColumn(new ft.Text("Planet")), new ft.DataColumn(new ft.Text("Moons"))],
    rows: [
      new ft.DataRow([new ft.DataCell(new ft.Text("Mars")), new ft.DataCell(new ft.Text("2"))]),
    ],
    headingRowColor: ft.colors.AMBER_100,
  });
}

describe("lazy renderers in Chromium", () => {
  it("fetch a control's code when a page first shows it, then draw it in full", async () => {
    const page = await suite.newPage();
    const chunks = chunkRequests(page);
    const app = await suite.serve((p) => {
      p.add(
        new ft.ElevatedButton({
          text: "Show the table",
          onClick: () => {
            p.add(table());
          },
        }),
      );
    });
    await page.goto(app.url);
    await waitForText(page, "Show the table", 10_000);
    const atStart = [...chunks];
    await page.getByRole("button", { name: "Show the table" }).click();
    const grid = page.getByRole("table");
    await grid.waitFor({ timeout: 10_000 });
    expect(await grid.getByRole("columnheader", { name: "Planet" }).count()).toBe(1);
    expect(await grid.getByRole("columnheader", { name: "Moons" }).count()).toBe(1);
    expect(await grid.getByRole("cell").allTextContents()).toEqual(["Mars", "2"]);
    // The first render after the load carried every prop, not just the later changes.
    const heading = await grid
      .getByRole("row")
      .first()
      .evaluate((row) => getComputedStyle(row).backgroundColor);
    expect(heading).toBe("rgb(255, 236, 179)");
    // The table's code was not part of the start: it came with the click.
    expect(chunks.length).toBeGreaterThan(atStart.length);
    expect(await page.locator("[data-flet-loading]").count()).toBe(0);
  });

  it("run a method called in the same update as the mount once the real element is there", async () => {
    const page = await suite.open((p) => {
      const bar = new ft.SearchBar({
        barHintText: "Search planets",
        controls: [new ft.ListTile({ title: new ft.Text("Mars") })],
      });
      p.add(
        new ft.ElevatedButton({
          text: "Search",
          onClick: async () => {
            p.add(bar);
            await bar.openView();
          },
        }),
      );
    });
    await waitForText(page, "Search", 10_000);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("dialog").waitFor({ timeout: 10_000 });
    await waitForText(page, "Mars");
  });

  it("show a clear box when the code cannot be loaded, and keep the page working", async () => {
    const errors: string[] = [];
    let clicks = 0;
    const page = await suite.open((p) => {
      const count = new ft.Text("0 clicks");
      p.add(
        count,
        new ft.ElevatedButton({
          text: "Add notes",
          onClick: () => {
            p.add(new ft.Markdown("# Notes"));
          },
        }),
        new ft.ElevatedButton({
          text: "Count",
          onClick: () => {
            count.value = `${++clicks} clicks`;
            count.update();
          },
        }),
      );
    });
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await waitForText(page, "0 clicks", 10_000);
    await page.getByRole("button", { name: "Count" }).waitFor();
    // The network is gone for script chunks from now on.
    await page.route(/chunk-[\w-]+\.js$/, (route) => route.abort());
    await page.getByRole("button", { name: "Add notes" }).click();
    await waitForText(page, "Could not load control: markdown", 10_000);
    expect(await page.locator("[data-flet-loading]").count()).toBe(0);
    await page.getByRole("button", { name: "Count" }).click();
    await waitForText(page, "1 clicks");
    expect(errors.join("\n")).toContain("flet-ts: the renderer of control");
  });
});
