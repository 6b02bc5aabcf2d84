/**
 * The flet-codemirror pack end to end in real Chromium: examples/codemirror.ts served by
 * the real `WebApp` with its default client bundle, which finds the pack through the
 * project's package.json. CodeMirror arrives in a lazily loaded chunk (not in the start
 * bundle); typing reaches the server's `value`, a `value` the server sets shows in the
 * editor, and axe-core finds nothing in either theme.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { CodeEditor } from "flet-codemirror";
import * as ft from "flet-ts";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { main, samples, summary } from "../../examples/codemirror.js";
import { launchBrowser, waitForText } from "./browser.js";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface Served {
  url: string;
  close(): Promise<void>;
}

async function serve(main: ft.AppMain): Promise<Served> {
  const web = ft.app(main, { exportApp: true, logger: ft.silentLogger });
  const server: Server = createServer((req, res) => void web.handler(req, res));
  server.on("upgrade", web.upgrade);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`,
    async close() {
      server.closeAllConnections();
      await Promise.all([web.close(), new Promise((resolve) => server.close(resolve))]);
    },
  };
}

let browser: Browser;
let app: Served;
let page: Page | undefined;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), serve(main)]);
}, 60_000);
afterAll(async () => {
  await Promise.all([app?.close(), browser?.close()]);
});
afterEach(async () => {
  await page?.close();
  page = undefined;
});

async function open(colorScheme: "light" | "dark" = "light"): Promise<Page> {
  // bypassCSP lets the axe script in.
  page = await browser.newPage({ bypassCSP: true, colorScheme });
  await page.goto(app.url);
  await waitForText(page, "Code playground", 30_000);
  await source(page).waitFor({ timeout: 30_000 });
  return page;
}

/** The editable text of the editor (CodeMirror's content element, role textbox). */
const source = (p: Page): Locator => p.getByRole("textbox", { name: "Source code" });
/** The editor's text, line by line as CodeMirror draws it. */
const shown = (p: Page) =>
  p
    .locator(".cm-content .cm-line")
    .evaluateAll((lines) => lines.map((line) => line.textContent ?? "").join("\n"));

describe("examples/codemirror.ts with the flet-codemirror pack", () => {
  it("loads CodeMirror only in a lazy chunk, then shows the server's text highlighted", async () => {
    const p = await open();
    expect(await p.locator(".flet-unknown").count()).toBe(0);
    // The start bundle (client.js and the chunks it imports statically) has no CodeMirror.
    const start = await p.evaluate(async () => {
      const fetchText = async (name: string) => (await fetch(`/_flet/${name}`)).text();
      const entry = await fetchText("client.js");
      const names = [...entry.matchAll(/(?:from|import)\s*["']\.\/(chunk-[\w-]+\.js)["']/g)].map(
        (m) => m[1] as string,
      );
      return [entry, ...(await Promise.all(names.map(fetchText)))].join("\n");
    });
    expect(start).toContain("codemirror.editor");
    expect(start).not.toContain("cm-content");
    expect(await shown(p)).toBe(samples.python);
    expect(await source(p).getAttribute("aria-multiline")).toBe("true");
    // Python is highlighted: `def` and `return` are keywords, in a colour of their own.
    const keyword = p.locator(".cm-line span", { hasText: /^def$/ }).first();
    await keyword.waitFor();
    const colors = await p.evaluate(() => {
      const color = (el: Element | null) => (el ? getComputedStyle(el).color : "");
      const def = [...document.querySelectorAll(".cm-line span")].find(
        (s) => s.textContent === "def",
      );
      return { keyword: color(def ?? null), text: color(document.querySelector(".cm-content")) };
    });
    expect(colors.keyword).not.toBe(colors.text);
    // Line numbers in the gutter.
    expect(await p.locator(".cm-lineNumbers .cm-gutterElement", { hasText: /^6$/ }).count()).toBe(
      1,
    );
  });

  it("sends what the user types to the server; the last keystroke always arrives", async () => {
    const p = await open();
    await source(p).click();
    await p.keyboard.press("Control+End");
    // Typed in one go and followed at once by a blur: the final text still reaches the server.
    await p.keyboard.type("# done");
    await p.getByRole("switch", { name: "Read only" }).focus();
    const expected = `${samples.python}# done`;
    await waitForText(p, `Server has ${summary(expected)}`, 10_000);
    // Typing on, with the focus kept: the debounced send arrives too.
    await source(p).click();
    await p.keyboard.press("Control+End");
    await p.keyboard.press("Enter");
    await p.keyboard.type("x = 1");
    await waitForText(p, `Server has ${summary(`${expected}\nx = 1`)}`, 10_000);
    // Tab indents (the editor keeps the focus).
    await p.keyboard.press("Home");
    await p.keyboard.press("Tab");
    await waitForText(p, `Server has ${summary(`${expected}\n    x = 1`)}`, 10_000);
    expect(await source(p).evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it("shows a value the server sets: Reset and a language switch replace the text", async () => {
    const p = await open();
    await source(p).click();
    await p.keyboard.press("Control+a");
    await p.keyboard.type("scratch");
    await waitForText(p, `Server has ${summary("scratch")}`, 10_000);
    await p.getByRole("button", { name: "Reset" }).click();
    await expect.poll(() => shown(p)).toBe(samples.python);
    await waitForText(p, `Server has ${summary(samples.python)}`);
    // The server's text is not sent back as if the user typed it.
    await p.getByRole("combobox", { name: "Language" }).click();
    await p.getByRole("option", { name: "JavaScript" }).click();
    await expect.poll(() => shown(p)).toBe(samples.javascript);
    await p
      .locator(".cm-line span", { hasText: /^function$/ })
      .first()
      .waitFor();
  });

  it("is read-only when the server says so", async () => {
    const p = await open();
    expect(await source(p).getAttribute("contenteditable")).toBe("true");
    await p.getByRole("switch", { name: "Read only" }).click();
    await expect.poll(() => source(p).getAttribute("contenteditable")).toBe("false");
    expect(await source(p).getAttribute("aria-readonly")).toBe("true");
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`has no axe-core WCAG 2 A/AA violation and is pictured (${scheme})`, async () => {
      const p = await open(scheme);
      await p.locator(".cm-line span", { hasText: /^def$/ }).first().waitFor();
      await p.evaluate(() => document.fonts.ready);
      await p.waitForFunction(() => document.querySelectorAll(":not(:defined)").length === 0);
      mkdirSync("docs/img", { recursive: true });
      await p.screenshot({ path: `docs/img/pack-codemirror-${scheme}.png` });
      await p.addScriptTag({ content: AXE });
      const violations = await p.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: Function } }).axe;
        const result = await axe.run(document, { runOnly: ["wcag2a", "wcag2aa"] });
        return (
          result.violations as { id: string; help: string; nodes: { target: string[] }[] }[]
        ).map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`);
      });
      expect(violations).toEqual([]);
    });
  }
});

describe("CodeEditor focus and blur", () => {
  it("tells the server when the editor gets and loses the focus, and focus() moves it there", async () => {
    const seen: string[] = [];
    let editor!: CodeEditor;
    const served = await serve((p) => {
      editor = new CodeEditor("a", {
        label: "Notes",
        onFocus: () => {
          seen.push("focus");
        },
        onBlur: () => {
          seen.push("blur");
        },
      });
      p.add(editor, new ft.TextField({ label: "Other" }));
    });
    try {
      page = await browser.newPage();
      await page.goto(served.url);
      const notes = page.getByRole("textbox", { name: "Notes" });
      await notes.waitFor({ timeout: 30_000 });
      await notes.click();
      await expect.poll(() => seen).toEqual(["focus"]);
      await page.getByRole("textbox", { name: "Other" }).click();
      await expect.poll(() => seen).toEqual(["focus", "blur"]);
      await expect(editor.focus()).resolves.toBe(true);
      await expect.poll(() => seen).toEqual(["focus", "blur", "focus"]);
      expect(await notes.evaluate((el) => el === document.activeElement)).toBe(true);
    } finally {
      await served.close();
    }
  });
});

describe("CodeEditor with the page's theme and disabled", () => {
  it("follows a switch of the page's theme mode at run time", async () => {
    const served = await serve((p) => {
      p.themeMode = ft.ThemeMode.LIGHT;
      p.add(
        new CodeEditor("def f(): return 1", { label: "Code", language: "python" }),
        new ft.TextButton("Dark", {
          onClick: () => {
            p.themeMode = ft.ThemeMode.DARK;
            p.update();
          },
        }),
      );
    });
    try {
      page = await browser.newPage();
      await page.goto(served.url);
      const keyword = page.locator(".cm-line span", { hasText: /^def$/ }).first();
      await keyword.waitFor({ timeout: 30_000 });
      const looks = () =>
        page!.evaluate(() => {
          const def = [...document.querySelectorAll(".cm-line span")].find(
            (s) => s.textContent === "def",
          )!;
          return {
            background: getComputedStyle(document.querySelector(".cm-editor")!).backgroundColor,
            keyword: getComputedStyle(def).color,
          };
        });
      const light = await looks();
      // GitHub's light keyword red on the light surface.
      expect(light.keyword).toBe("rgb(207, 34, 46)");
      await page.getByRole("button", { name: "Dark" }).click();
      await expect.poll(async () => (await looks()).keyword).toBe("rgb(255, 123, 114)");
      const dark = await looks();
      expect(dark.background).not.toBe(light.background);
    } finally {
      await served.close();
    }
  });

  it("cannot be typed into while disabled, and can once enabled", async () => {
    const changes: string[] = [];
    let editor!: CodeEditor;
    const served = await serve((p) => {
      editor = new CodeEditor("", {
        label: "Locked",
        disabled: true,
        onChange: (e) => {
          changes.push(e.control.value ?? "");
        },
      });
      p.add(editor);
    });
    try {
      page = await browser.newPage();
      await page.goto(served.url);
      const locked = page.getByRole("textbox", { name: "Locked" });
      await locked.waitFor({ timeout: 30_000 });
      expect(await locked.getAttribute("contenteditable")).toBe("false");
      await locked.click({ force: true });
      await page.keyboard.type("no");
      editor.disabled = false;
      editor.update();
      await expect.poll(() => locked.getAttribute("contenteditable")).toBe("true");
      await locked.click();
      await page.keyboard.type("yes");
      await expect.poll(() => changes.at(-1)).toBe("yes");
      expect(changes.every((text) => !text.includes("no"))).toBe(true);
    } finally {
      await served.close();
    }
  });
});
