// Markdown in Chromium: what a user sees (headings, a table, a task list, an image, a code
// block highlighted once the lazy highlighter loads) and does (links by mouse and keyboard,
// followed only when asked and only when safe), raw HTML never run, and screenshots.
import { mkdirSync } from "node:fs";
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/markdown.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function ready(page: Page): Promise<void> {
  await page.locator(".flet-markdown:not([aria-busy])").first().waitFor({ timeout: 10_000 });
}

async function openGallery(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "Press a link.", 10_000);
  await ready(page);
  return page;
}

/** True when the document has adopted the code themes (the highlighter has loaded). */
function highlighterLoaded(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    document.adoptedStyleSheets.some((sheet) =>
      [...sheet.cssRules].some((rule) => rule.cssText.includes(".hljs-keyword")),
    ),
  );
}

describe("Markdown in Chromium", () => {
  it("shows headings, a table, a task list, strikethrough and an image", async () => {
    const page = await openGallery();
    const md = page.locator(".flet-markdown");
    expect(await md.getByRole("heading", { level: 1 }).textContent()).toBe("Release notes");
    expect(await md.getByRole("heading", { level: 2 }).textContent()).toBe("Checklist");
    const table = md.getByRole("table");
    expect(await table.getByRole("columnheader").allTextContents()).toEqual([
      "Control",
      "Wire type",
      "Since",
    ]);
    expect(await table.getByRole("row").count()).toBe(3);
    expect(
      await table
        .getByRole("cell", { name: "0.21" })
        .first()
        .evaluate((td) => getComputedStyle(td).textAlign),
    ).toBe("right");
    expect(await md.getByRole("img", { name: "Done", exact: true }).count()).toBe(2);
    expect(await md.getByRole("img", { name: "Not done" }).count()).toBe(1);
    expect(await md.locator("del").textContent()).toBe("strikethrough");
    const logo = md.getByRole("img", { name: "The flet-ts logo" });
    await expect
      .poll(() => logo.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBe(96);
    // flutter_markdown's sizes in Material 3: h1 headline small, h2 title large, body 14 px.
    const size = (selector: string) =>
      md
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).fontSize);
    expect([await size("h1"), await size("h2"), await size("p")]).toEqual(["24px", "22px", "14px"]);
  });

  it("highlights a code block once the lazy highlighter loads, and not before one appears", async () => {
    const md = new ft.Markdown("No code here.");
    const page = await suite.open((p) => p.add(md));
    await waitForText(page, "No code here.", 10_000);
    await ready(page);
    expect(await highlighterLoaded(page)).toBe(false);
    md.value = "```python\ndef greet(name):\n    return f'hi {name}'  # greet\n```";
    md.update();
    await page.locator(".flet-markdown pre code.hljs").waitFor({ timeout: 10_000 });
    expect(await highlighterLoaded(page)).toBe(true);
    const code = page.locator(".flet-markdown pre code");
    expect(await code.locator(".hljs-keyword").first().textContent()).toBe("def");
    expect(await code.locator(".hljs-comment").textContent()).toBe("# greet");
    expect(await code.textContent()).toBe("def greet(name):\n    return f'hi {name}'  # greet");
    // The default theme takes the app's colours: the keyword is the primary role.
    const colors = await code
      .locator(".hljs-keyword")
      .first()
      .evaluate((el) => {
        const probe = document.createElement("span");
        probe.style.color = "var(--md-sys-color-primary)";
        document.body.append(probe);
        const primary = getComputedStyle(probe).color;
        probe.remove();
        return [getComputedStyle(el).color, primary];
      });
    expect(colors[0]).toBe(colors[1]);
    md.codeTheme = ft.MarkdownCodeTheme.ATOM_ONE_DARK;
    md.update();
    await expect
      .poll(() =>
        page.locator(".flet-markdown pre").evaluate((pre) => getComputedStyle(pre).backgroundColor),
      )
      .toBe("rgb(40, 44, 52)");
  });

  it("reports links pressed by mouse and by keyboard, without leaving the page", async () => {
    const page = await openGallery();
    const url = page.url();
    await page.getByRole("link", { name: "links" }).click();
    await waitForText(page, "Link: https://flet.dev/docs/controls/markdown");
    // Tab moves from the clicked link to the next one, which shows a focus ring.
    await page.keyboard.press("Tab");
    const bare = page.getByRole("link", { name: "https://flet.dev" });
    expect(await bare.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await bare.evaluate((a) => getComputedStyle(a).outlineStyle)).toBe("solid");
    await page.keyboard.press("Enter");
    await waitForText(page, "Link: https://flet.dev");
    // Shift+Tab goes back to the first link: both are in the Tab order.
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("links");
    expect(page.url()).toBe(url);
    // The unsafe link is plain text: no link, nothing to press.
    expect(await page.getByRole("link", { name: "this one" }).count()).toBe(0);
    expect(await page.getByText("this one").count()).toBe(1);
  });

  it("follows safe links with autoFollowLinks in autoFollowLinksTarget, never unsafe ones", async () => {
    const tapped: unknown[] = [];
    const page = await suite.open((p) =>
      p.add(
        new ft.Markdown(
          "[guide](guide/start) [mail](mailto:team@example.com) [bad](javascript:alert(1))",
          {
            autoFollowLinks: true,
            autoFollowLinksTarget: "_blank",
            onTapLink: (e) => void tapped.push(e.data),
          },
        ),
      ),
    );
    await ready(page);
    const popup = page.waitForEvent("popup");
    await page.getByRole("link", { name: "guide" }).click();
    expect((await popup).url()).toMatch(/\/guide\/start$/);
    await expect.poll(() => tapped).toEqual(["guide/start"]);
    expect(await page.getByRole("link", { name: "mail" }).getAttribute("href")).toBe(
      "mailto:team@example.com",
    );
    expect(await page.getByRole("link", { name: "bad" }).count()).toBe(0);
    await page.getByText("bad").click();
    expect(tapped).toEqual(["guide/start"]);
  });

  it("gitHubWeb: a link to a heading's anchor scrolls to it and is reported", async () => {
    const tapped: unknown[] = [];
    const filler = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1}.`).join("\n\n");
    const page = await suite.open((p) => {
      p.scroll = ft.ScrollMode.AUTO;
      p.add(
        new ft.Markdown(`[Go to details](#details-part-2)\n\n${filler}\n\n## Details: part 2!`, {
          extensionSet: ft.MarkdownExtensionSet.GITHUB_WEB,
          onTapLink: (e) => void tapped.push(e.data),
        }),
      );
    });
    await ready(page);
    const heading = page.getByRole("heading", { name: "Details: part 2!" });
    expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(720);
    await page.getByRole("link", { name: "Go to details" }).press("Enter");
    await expect.poll(() => tapped).toEqual(["#details-part-2"]);
    await expect
      .poll(() => heading.evaluate((el) => el.getBoundingClientRect().top))
      .toBeLessThan(720);
  });

  it("never runs raw HTML: tags show as text, no handlers, no javascript: URLs", async () => {
    const evil = [
      "<script>window.pwned = 1</script>",
      "",
      'Inline <img src="x" onerror="window.pwned = 2"> and <a href="javascript:window.pwned=3" onclick="window.pwned=4">a</a>.',
      "",
      "[click](javascript:window.pwned=5) [caps](JaVaScRiPt:window.pwned=6) [data](data:text/html,<b>x</b>)",
      "[entity](&#106;avascript:window.pwned=9) [spaced](<java script:window.pwned=10>)",
      "",
      "![pic](javascript:window.pwned=7)",
      "",
      '```html\n<img src="x" onerror="window.pwned = 8">\n```',
    ].join("\n");
    const page = await suite.open((p) =>
      p.add(new ft.Markdown(evil, { extensionSet: ft.MarkdownExtensionSet.GITHUB_WEB })),
    );
    await ready(page);
    await page.locator(".flet-markdown pre code.hljs").waitFor({ timeout: 10_000 });
    const md = page.locator(".flet-markdown");
    const found = await md.evaluate((root) => ({
      scripts: root.querySelectorAll("script, iframe, object, embed").length,
      handlers: [...root.querySelectorAll("*")].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => a.name),
      ),
      hrefs: [...root.querySelectorAll("[href], [src]")].map(
        (el) => el.getAttribute("href") ?? el.getAttribute("src"),
      ),
      images: root.querySelectorAll("img").length,
      text: root.textContent,
    }));
    expect(found.scripts).toBe(0);
    expect(found.handlers).toEqual([]);
    expect(found.hrefs).toEqual([]);
    expect(found.images).toBe(0);
    expect(found.text).toContain("<script>window.pwned = 1</script>");
    expect(found.text).toContain('<img src="x" onerror="window.pwned = 2">');
    expect(found.text).toContain('<img src="x" onerror="window.pwned = 8">');
    for (const name of ["click", "caps", "data", "entity", "spaced"])
      await md.getByText(name, { exact: true }).click();
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });

  it("selectable lets the user select the text; unset, it cannot be selected", async () => {
    const page = await suite.open((p) =>
      p.add(new ft.Markdown("Fixed text"), new ft.Markdown("Copy me", { selectable: true })),
    );
    await ready(page);
    const userSelect = (text: string) =>
      page.getByText(text).evaluate((el) => getComputedStyle(el).userSelect);
    expect(await userSelect("Fixed text")).toBe("none");
    expect(await userSelect("Copy me")).toBe("text");
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await suite.open(main);
    await page.emulateMedia({ colorScheme: scheme });
    await waitForText(page, "Press a link.", 10_000);
    await ready(page);
    await page.locator(".flet-markdown pre code.hljs").waitFor({ timeout: 10_000 });
    await page.evaluate(() => document.fonts.ready);
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-markdown-${scheme}.png`, fullPage: true });
  });
});
