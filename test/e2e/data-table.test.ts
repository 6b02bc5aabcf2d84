// DataTable in Chromium: a real <table> with headers, aria-sort and labelled checkboxes;
// sorting and selecting by mouse and keyboard; sideways scrolling on a phone; one cell of
// a 1,000-row table updated without touching anything else; screenshots of the gallery page.
import { mkdirSync } from "node:fs";
import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/data-table.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function open() {
  const page = await suite.open(main);
  await waitForText(page, "No planet selected. Sorted by Planet, ascending.", 10_000);
  return page;
}

const firstColumn = (page: Awaited<ReturnType<typeof open>>) =>
  page.locator("tbody > tr > td:nth-child(2)").allTextContents();

describe("DataTable in Chromium", () => {
  it("is a table with column headers, a sorted column and labelled checkboxes", async () => {
    const page = await open();
    const table = page.getByRole("table");
    await expect(table.count()).resolves.toBe(1);
    const headers = page.getByRole("columnheader");
    // The select-all box's header and five columns.
    await expect(headers.count()).resolves.toBe(6);
    const planet = page.getByRole("columnheader", { name: "Planet" });
    expect(await planet.getAttribute("aria-sort")).toBe("ascending");
    expect(await planet.getAttribute("scope")).toBe("col");
    expect(await page.getByRole("columnheader", { name: "Notes" }).getAttribute("aria-sort")).toBe(
      null,
    );
    // Sortable headers are buttons; the Notes column is not sortable.
    await expect(page.getByRole("button", { name: "Moons" }).count()).resolves.toBe(1);
    await expect(page.getByRole("button", { name: "Notes" }).count()).resolves.toBe(0);
    await expect(page.getByRole("checkbox", { name: "Select all rows" }).count()).resolves.toBe(1);
    await expect(page.getByRole("checkbox", { name: "Select Mercury" }).count()).resolves.toBe(1);
    expect(await firstColumn(page)).toEqual([
      "Earth",
      "Jupiter",
      "Mars",
      "Mercury",
      "Neptune",
      "Saturn",
      "Uranus",
      "Venus",
    ]);
    // Numeric columns are right-aligned: their texts end on the same edge, header included.
    const rights = await page.locator("tr > :nth-child(4)").evaluateAll((cells) =>
      cells.map((cell) => {
        const content = cell.querySelector(".flet-text") as HTMLElement;
        const range = document.createRange();
        range.selectNodeContents(content);
        return Math.round(range.getBoundingClientRect().right);
      }),
    );
    expect(new Set(rights).size).toBe(1);
    const lefts = await page
      .locator("tbody > tr > :nth-child(2) .flet-text")
      .evaluateAll((texts) => texts.map((text) => Math.round(text.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(1);
  });

  it("sorts on a header click: ascending first, then the other way, with the arrow", async () => {
    const page = await open();
    await page.getByRole("button", { name: "Moons" }).click();
    await waitForText(page, "No planet selected. Sorted by Moons, ascending.");
    const moons = page.getByRole("columnheader", { name: "Moons" });
    expect(await moons.getAttribute("aria-sort")).toBe("ascending");
    expect(await page.getByRole("columnheader", { name: "Planet" }).getAttribute("aria-sort")).toBe(
      null,
    );
    const arrow = moons.locator(".flet-dt-arrow");
    const settled = () =>
      arrow.evaluate((el) =>
        Promise.all(el.getAnimations().map((animation) => animation.finished)),
      );
    await settled();
    expect(await arrow.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
    await page.getByRole("button", { name: "Moons" }).click();
    await waitForText(page, "No planet selected. Sorted by Moons, descending.");
    expect(await moons.getAttribute("aria-sort")).toBe("descending");
    expect((await firstColumn(page)).slice(0, 2)).toEqual(["Saturn", "Jupiter"]);
    await settled();
    expect(await arrow.evaluate((el) => getComputedStyle(el).transform)).not.toBe("none");
    // From the keyboard: the header is a button, Enter sorts.
    await page.getByRole("button", { name: "Planet" }).focus();
    await page.keyboard.press("Enter");
    await waitForText(page, "No planet selected. Sorted by Planet, ascending.");
  });

  it("selects rows with the checkbox (mouse, Space, Enter), a row click, and select all", async () => {
    const page = await open();
    const mercury = page.getByRole("checkbox", { name: "Select Mercury" });
    await mercury.click();
    await waitForText(page, "1 planet selected. Sorted by Planet, ascending.");
    expect(await mercury.isChecked()).toBe(true);
    const row = page.locator("tbody > tr", { hasText: "Mercury" });
    expect(await row.evaluate((tr) => tr.classList.contains("flet-selected"))).toBe(true);
    // The keyboard: Space and Enter toggle the focused box.
    const venus = page.getByRole("checkbox", { name: "Select Venus" });
    await venus.focus();
    await page.keyboard.press("Space");
    await waitForText(page, "2 planets selected. Sorted by Planet, ascending.");
    expect(await venus.isChecked()).toBe(true);
    await page.keyboard.press("Enter");
    await waitForText(page, "1 planet selected. Sorted by Planet, ascending.");
    expect(await venus.isChecked()).toBe(false);
    // A click on a cell of the row (one without handlers of its own) toggles the row.
    await page.getByText("Gas giant").first().click();
    await waitForText(page, "2 planets selected. Sorted by Planet, ascending.");
    // The header box shows "some", then selects all, then clears all.
    const all = page.getByRole("checkbox", { name: "Select all rows" });
    expect(await all.evaluate((box) => (box as HTMLInputElement).indeterminate)).toBe(true);
    await all.click();
    await waitForText(page, "8 planets selected. Sorted by Planet, ascending.");
    const clear = page.getByRole("checkbox", { name: "Clear the selection of all rows" });
    expect(await clear.isChecked()).toBe(true);
    await clear.click();
    await waitForText(page, "No planet selected. Sorted by Planet, ascending.");
    expect(await page.locator("tbody input:checked").count()).toBe(0);
  });

  it("taps a cell with its own handler (not the row), greys placeholders, shows the edit icon", async () => {
    const page = await open();
    const placeholder = page.locator("td", { hasText: "Add a note" }).first();
    const note = page.locator("td", { hasText: "Home" });
    const colour = (cell: typeof note) =>
      cell.locator(".flet-text").evaluate((el) => getComputedStyle(el).color);
    expect(await colour(placeholder)).not.toBe(await colour(note));
    await expect(note.locator(".flet-dt-edit").count()).resolves.toBe(1);
    await note.getByRole("button").click();
    await waitForText(page, "Earth: note cleared.");
    await expect(page.getByRole("checkbox", { name: "Select Earth" }).isChecked()).resolves.toBe(
      false,
    );
    // Enter on the focused cell taps it too.
    await page.locator("tbody > tr", { hasText: "Earth" }).getByRole("button").focus();
    await page.keyboard.press("Enter");
    await waitForText(page, "Earth: Visited.");
  });

  it("has Flutter's metrics, and the table's props change them", async () => {
    const cells = (text: string) => [
      new ft.DataCell(new ft.Text(`${text} 1`)),
      new ft.DataCell(new ft.Text(`${text} 2`)),
    ];
    const columns = () => [
      new ft.DataColumn(new ft.Text("First")),
      new ft.DataColumn(new ft.Text("Second")),
    ];
    const page = await suite.open((app: ft.Page) => {
      app.add(
        new ft.DataTable({ columns: columns(), rows: [new ft.DataRow(cells("plain"))] }),
        new ft.DataTable({
          columns: columns(),
          rows: [
            new ft.DataRow(cells("custom"), { selected: true }),
            new ft.DataRow(cells("red"), { color: { selected: "#00ff00", "": "#ff0000" } }),
          ],
          headingRowHeight: 40,
          dataRowMinHeight: 60,
          dataRowMaxHeight: 80,
          horizontalMargin: 10,
          columnSpacing: 30,
          dataRowColor: { selected: "#0000ff" },
          dividerThickness: 3,
        }),
      );
    });
    await waitForText(page, "custom 1", 10_000);
    const measure = (text: string) =>
      page.evaluate((label) => {
        const cell = [...document.querySelectorAll("td")].find(
          (td) => td.textContent === `${label} 1`,
        )!;
        const row = cell.parentElement as HTMLTableRowElement;
        const table = row.closest("table")!;
        const head = table.tHead!.rows[0]!;
        const first = cell.querySelector(".flet-text")!.getBoundingClientRect();
        const second = row.cells[2]!.querySelector(".flet-text")!.getBoundingClientRect();
        const firstHeader = head.cells[1]!.querySelector(".flet-text")!.getBoundingClientRect();
        return {
          heading: Math.round(head.getBoundingClientRect().height),
          row: Math.round(row.getBoundingClientRect().height),
          margin: Math.round(first.left - table.getBoundingClientRect().left),
          spacing: Math.round(second.left - row.cells[1]!.getBoundingClientRect().right),
          headerLeft: Math.round(firstHeader.left - table.getBoundingClientRect().left),
          divider: getComputedStyle(cell).borderTopWidth,
          background: getComputedStyle(row).backgroundColor,
        };
      }, text);
    // Flutter's defaults: 56 px heading, 48 px rows, 24 px margin, 56 px between columns.
    const plain = await measure("plain");
    expect(plain).toMatchObject({ heading: 56, margin: 24, headerLeft: 24, divider: "1px" });
    expect(plain.row).toBe(49); // 48 px and the 1 px divider above it
    expect(plain.spacing).toBe(28); // half of 56 px after the first column's cell
    const custom = await measure("custom");
    expect(custom).toMatchObject({ heading: 40, margin: 10, headerLeft: 10, divider: "3px" });
    expect(custom.row).toBe(63);
    expect(custom.spacing).toBe(15);
    // dataRowColor for a selected row; a row's own colour wins, per state.
    expect(custom.background).toBe("rgb(0, 0, 255)");
    expect((await measure("red")).background).toBe("rgb(255, 0, 0)");
  });

  it("scrolls sideways inside its box on a phone instead of sticking out", async () => {
    const page = await open();
    await page.setViewportSize({ width: 390, height: 800 });
    const box = await page.locator(".flet-datatable").evaluate((el) => ({
      ...el.getBoundingClientRect().toJSON(),
      scroll: el.scrollWidth,
      width: el.clientWidth,
    }));
    expect(box.right).toBeLessThanOrEqual(390);
    expect(box.scroll).toBeGreaterThan(box.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });

  it("updates one cell of a 1,000-row table touching only that cell's elements", async () => {
    const texts: ft.Text[] = [];
    const page = await suite.open((app: ft.Page) => {
      app.scroll = ft.ScrollMode.AUTO;
      const rows = Array.from({ length: 1_000 }, (_, index) => {
        const text = new ft.Text(`value ${index}`);
        texts.push(text);
        return new ft.DataRow(
          [new ft.DataCell(new ft.Text(`row ${index}`)), new ft.DataCell(text)],
          { onSelectChanged: () => {} },
        );
      });
      app.add(
        new ft.ElevatedButton("Change one cell", {
          onClick: () => {
            texts[500]!.value = "changed";
          },
        }),
        new ft.DataTable({
          columns: [new ft.DataColumn(new ft.Text("Row")), new ft.DataColumn(new ft.Text("Value"))],
          rows,
          showCheckboxColumn: true,
        }),
      );
    });
    await waitForText(page, "row 999", 20_000);
    await page.evaluate(() => {
      const root = document.querySelector(".flet-datatable")!;
      const records: MutationRecord[] = [];
      const observer = new MutationObserver((list) => records.push(...list));
      observer.observe(root, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      (window as unknown as { records: () => MutationRecord[] }).records = () => [
        ...records,
        ...observer.takeRecords(),
      ];
    });
    await page.getByRole("button", { name: "Change one cell" }).click();
    await waitForText(page, "changed");
    const touched = await page.evaluate(() => {
      const records = (window as unknown as { records: () => MutationRecord[] }).records();
      const cell = [...document.querySelectorAll("td")].find((td) => td.textContent === "changed")!;
      return {
        count: records.length,
        outside: records.filter((record) => !cell.contains(record.target)).length,
      };
    });
    expect(touched.count).toBeGreaterThan(0);
    expect(touched.outside).toBe(0);
  }, 60_000);

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await suite.open(main);
    await page.emulateMedia({ colorScheme: scheme });
    await waitForText(page, "No planet selected. Sorted by Planet, ascending.", 10_000);
    await page.getByRole("checkbox", { name: "Select Earth" }).click();
    await page.getByRole("checkbox", { name: "Select Mars" }).click();
    await waitForText(page, "2 planets selected. Sorted by Planet, ascending.");
    await page.mouse.move(0, 0);
    await page.evaluate(() => document.fonts.ready);
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-data-table-${scheme}.png`, fullPage: true });
  });
});
