// TextSpan in Chromium: inline runs of a Text in their own styles, links and clickable
// words for pointer and keyboard, hover events; screenshots of the rich-text page.
import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/rich-text.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

describe("TextSpan in Chromium", () => {
  it("flows inline in its Text's line, in its own style", async () => {
    const page = await suite.open(main);
    await waitForText(page, "Rich text", 10_000);
    // Its text is "TypeScript" and then its nested span's.
    const typescript = page.locator(".flet-span", { hasText: /^TypeScript \(strictly typed\)$/ });
    const box = await typescript.boundingBox();
    const line = await page
      .getByText("Flet apps are written in", { exact: false })
      .first()
      .boundingBox();
    // On the same line as the text before it (not a block of its own).
    expect(Math.abs(box!.y - line!.y)).toBeLessThan(6);
    const style = await typescript.evaluate((el) => {
      const css = getComputedStyle(el);
      return { weight: css.fontWeight, color: css.color, display: css.display };
    });
    expect(style.weight).toBe("700");
    expect(style.display).toBe("inline");
    const plain = await page
      .getByText("; flet-ts apps in", { exact: true })
      .evaluate((el) => getComputedStyle(el).color);
    expect(style.color).not.toBe(plain);
    // A nested span inherits its parent's colour and adds its own italic.
    const nested = await page
      .getByText(" (strictly typed)", { exact: true })
      .evaluate((el) => [getComputedStyle(el).fontStyle, getComputedStyle(el).color]);
    expect(nested).toEqual(["italic", style.color]);
  });

  it("acts on click, on Enter from the keyboard, and on hover", async () => {
    const page = await suite.open(main);
    const click = page.getByRole("link", { name: "click me" });
    await click.click();
    await waitForText(page, "You clicked a span.");
    await page.getByRole("link", { name: "Flet's documentation" }).focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await click.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByText("Rich text", { exact: true }).hover();
    await page.keyboard.press("Enter");
    await waitForText(page, "You clicked a span.");
    await page.getByText("point at me", { exact: true }).hover();
    await waitForText(page, "The pointer is on the span.");
    await page.getByText("Rich text", { exact: true }).hover();
    await waitForText(page, "The pointer left the span.");
  });

  it("opens a span's url in a new tab without a handle on the app", async () => {
    const page = await suite.open(main);
    // The machine is offline: answer for flet.dev, to see where the tab went.
    await page
      .context()
      .route("https://flet.dev/**", (route) =>
        route.fulfill({ contentType: "text/html", body: "<title>Flet docs</title>" }),
      );
    const [popup] = await Promise.all([
      page.context().waitForEvent("page"),
      page.getByRole("link", { name: "Flet's documentation" }).click(),
    ]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe("https://flet.dev/docs");
    expect(await popup.evaluate(() => window.opener)).toBeNull();
    await popup.close();
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await suite.open(main);
    await page.emulateMedia({ colorScheme: scheme });
    await waitForText(page, "Rich text", 10_000);
    await page.evaluate(() => document.fonts.ready);
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-rich-text-${scheme}.png` });
  });
});
