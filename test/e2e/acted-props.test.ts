// Props the contract kit cannot see on a drawn control, because they act on a later
// event: where a url opens (urlTarget), whether a modal dialog or a sheet stays on
// Escape (modal, dismissible), when a snackbar closes (duration), and whether the old
// picture stays while a new src loads (gaplessPlayback), how long a dismissed row
// shrinks (resizeDuration).
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

/** Records the window.open calls of the tab (the machine is offline: nothing opens). */
async function recordOpens(page: Page): Promise<void> {
  await page.evaluate(() => {
    const calls: unknown[][] = [];
    (window as unknown as { opened: unknown[][] }).opened = calls;
    window.open = (...args: unknown[]) => {
      calls.push(args);
      return null;
    };
  });
}
const opened = (page: Page) =>
  page.evaluate(() => (window as unknown as { opened: unknown[][] }).opened);

describe("props that act on a later event, in Chromium", () => {
  it("opens a Container's and a ListTile's url in their urlTarget", async () => {
    const page = await suite.open((app) => {
      app.add(
        new ft.Container({
          content: new ft.Text("Box link"),
          url: "https://example.com/box",
          urlTarget: "docs",
        }),
        new ft.ListTile({
          title: new ft.Text("Tile link"),
          url: "https://example.com/tile",
          urlTarget: "help",
        }),
      );
    });
    await waitForText(page, "Box link", 10_000);
    await recordOpens(page);
    await page.getByText("Box link").click();
    await page.getByText("Tile link").click();
    await expect
      .poll(() => opened(page))
      .toEqual([
        ["https://example.com/box", "docs", "noopener,noreferrer"],
        ["https://example.com/tile", "help", "noopener,noreferrer"],
      ]);
  });

  it("keeps a modal dialog and an undismissible sheet open on Escape", async () => {
    const status = new ft.Text("waiting");
    const mark = (text: string) => () => {
      status.value = text;
      status.update();
    };
    const dialog = new ft.AlertDialog({
      modal: true,
      title: new ft.Text("Modal dialog"),
      actions: [new ft.TextButton("Mark", { onClick: mark("marked") })],
    });
    const sheet = new ft.BottomSheet(
      new ft.Column([
        new ft.Text("Fixed sheet"),
        new ft.TextButton("Mark again", { onClick: mark("again") }),
      ]),
      { dismissible: false },
    );
    const page = await suite.open((app) => {
      app.add(status);
      app.overlay.push(dialog, sheet);
      dialog.open = true;
      app.update();
    });
    await waitForText(page, "Modal dialog", 10_000);
    await page.keyboard.press("Escape");
    // A round trip after the key: the server has seen anything Escape would have sent.
    await page.getByRole("button", { name: "Mark", exact: true }).click();
    await waitForText(page, "marked");
    const isOpen = (selector: string) =>
      page.locator(selector).evaluate((element) => element.hasAttribute("open"));
    expect(await isOpen("dialog.flet-alertdialog")).toBe(true);
    expect(dialog.open).toBe(true);
    dialog.open = false;
    dialog.update();
    sheet.open = true;
    sheet.update();
    await waitForText(page, "Fixed sheet");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Mark again", exact: true }).click();
    await waitForText(page, "again");
    expect(await isOpen("dialog.flet-bottomsheet")).toBe(true);
    expect(sheet.open).toBe(true);
  });

  it("closes a snackbar after its duration", async () => {
    const snack = new ft.SnackBar(new ft.Text("Saved"), { duration: 300 });
    const page = await suite.open((app) => {
      app.overlay.push(snack);
      snack.open = true;
      app.update();
    });
    await waitForText(page, "Saved", 10_000);
    await page.locator(".flet-snackbar").waitFor({ state: "hidden" });
    await expect.poll(() => snack.open).toBe(false);
  });

  it("shrinks a dismissed row over its resizeDuration, one resize event per step", async () => {
    const resizes = new Map<string, number>();
    const row = (name: string, resizeDuration: number) =>
      new ft.Dismissible(new ft.Container(new ft.Text(name), { width: 240, height: 56 }), {
        resizeDuration,
        onResize: () => resizes.set(name, (resizes.get(name) ?? 0) + 1),
        onDismiss: () => resizes.set(`${name} dismissed`, 1),
      });
    const page = await suite.open((app) => {
      app.add(row("Instant", 0), row("Slow", 1_000));
    });
    // Dismissible's renderer loads lazily: focus the row it draws, not its placeholder.
    await page.locator(".flet-dismissible").first().waitFor();
    await page.waitForFunction(() => document.querySelector("[data-flet-loading]") === null);
    for (const name of ["Instant", "Slow"]) {
      await page.getByRole("group", { name }).focus();
      await page.keyboard.press("Delete");
      await expect.poll(() => resizes.get(`${name} dismissed`), { timeout: 15_000 }).toBe(1);
    }
    // No resize step for 0 ms: the row is gone at once; a one-second shrink takes a frame each.
    expect(resizes.get("Instant")).toBe(1);
    expect(resizes.get("Slow")).toBeGreaterThan(2);
  });

  it("dismisses at the row's dismissThresholds, and slides out along crossAxisEndOffset", async () => {
    const dismissed: string[] = [];
    const row = (name: string, options: ft.ControlOptions<ft.Dismissible> = {}) =>
      new ft.Dismissible(new ft.Container(new ft.Text(name), { width: 240, height: 56 }), {
        dismissDirection: ft.DismissDirection.END_TO_START,
        onDismiss: () => dismissed.push(name),
        ...options,
      });
    const page = await suite.open((app) => {
      app.add(
        row("Loose", { dismissThresholds: { endToStart: 0.2 } }),
        row("Default"),
        row("Tilted", { crossAxisEndOffset: 0.5, movementDuration: 60_000 }),
      );
    });
    await page.locator(".flet-dismissible").first().waitFor();
    await page.waitForFunction(() => document.querySelector("[data-flet-loading]") === null);
    // A slow swipe (no fling) of 30% of the row: past 0.2, short of the default 0.4.
    const swipe = async (name: string) => {
      const box = (await page.getByRole("group", { name }).boundingBox())!;
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + box.width - 10, y);
      await page.mouse.down();
      for (let step = 1; step <= 6; step++)
        await page.mouse.move(box.x + box.width - 10 - step * 12, y);
      // A pause before the last pixel makes the release velocity slow, as a careful finger's.
      await page.waitForTimeout(200);
      await page.mouse.move(box.x + box.width - 83, y);
      await page.mouse.up();
    };
    await swipe("Loose");
    await expect.poll(() => dismissed, { timeout: 15_000 }).toEqual(["Loose"]);
    await swipe("Default");
    const content = page.getByRole("group", { name: "Default" }).locator(".flet-dismiss-content");
    await expect.poll(() => content.evaluate((el) => el.style.transform)).toBe("");
    expect(dismissed).toEqual(["Loose"]);
    // crossAxisEndOffset: the slide out ends half the row's height down as well as off to the left.
    await page.getByRole("group", { name: "Tilted" }).focus();
    await page.keyboard.press("Delete");
    const tilted = page.getByRole("group", { name: "Tilted" }).locator(".flet-dismiss-content");
    await expect
      .poll(() => tilted.evaluate((el) => el.style.transform))
      .toBe("translate(-240px, 28px)");
  });

  it("keeps the <img> while a new src loads only with gaplessPlayback", async () => {
    const image = (gapless: boolean) =>
      new ft.Image("/first.png", { width: 20, height: 20, gaplessPlayback: gapless });
    const [gapless, gapped] = [image(true), image(false)];
    const page = await suite.open((app) => app.add(gapless, gapped));
    const imgs = page.locator(".flet-image img");
    await imgs.nth(1).waitFor({ state: "attached", timeout: 10_000 });
    await imgs.evaluateAll((all) => {
      for (const img of all) (img as HTMLImageElement & { marked?: boolean }).marked = true;
    });
    gapless.src = "/second.png";
    gapped.src = "/second.png";
    gapless.update();
    gapped.update();
    await expect
      .poll(() => imgs.evaluateAll((all) => all.map((img) => img.getAttribute("src"))))
      .toEqual(["/second.png", "/second.png"]);
    const kept = await imgs.evaluateAll((all) =>
      all.map((img) => (img as HTMLImageElement & { marked?: boolean }).marked === true),
    );
    expect(kept).toEqual([true, false]);
  });

  it("keeps an autoScroll column scrolled to its end", async () => {
    const items = Array.from({ length: 30 }, (_, i) => new ft.Text(`Item ${i}`));
    const page = await suite.open((app) =>
      app.add(new ft.Column(items, { height: 100, scroll: ft.ScrollMode.AUTO, autoScroll: true })),
    );
    await waitForText(page, "Item 29", 10_000);
    const column = page.locator(".flet-column");
    await expect
      .poll(() =>
        column.evaluate(
          (element) => element.scrollTop + element.clientHeight >= element.scrollHeight - 1,
        ),
      )
      .toBe(true);
  });
});
