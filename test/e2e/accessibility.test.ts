/**
 * Accessibility in a real Chromium: axe-core (WCAG 2 A and AA) on every page of the
 * example gallery in light and dark mode, and the semantics pack end to end on the
 * accessibility example (ARIA tree, live regions, slider keys, semantics debugger).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as ft from "flet-ts";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { controlPages } from "../../examples/controls/index.js";
import { examples, type Gallery, guestbookExample, startGallery } from "../../examples/gallery.js";
import { launchBrowser, serveApp, type TestApp, testBundle, waitForText } from "./browser.js";
import { catalogMain } from "./fixtures/catalog.js";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

let browser: Browser;
let gallery: Gallery;
let page: Page | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
  gallery = await startGallery({ port: 0, host: "127.0.0.1", getClientBundle: testBundle });
}, 60_000);
afterAll(async () => {
  await gallery?.close();
  await browser?.close();
});
afterEach(async () => {
  await page?.close();
  page = undefined;
});

/** Opens a gallery page (bypassing its CSP so axe can be injected) once it rendered. */
async function open(
  path: string,
  colorScheme: "light" | "dark" = "light",
  viewport = { width: 1280, height: 720 },
): Promise<Page> {
  page = await browser.newPage({ bypassCSP: true, viewport });
  await page.emulateMedia({ colorScheme });
  await page.goto(gallery.url + path);
  await page.waitForSelector(".flet-view");
  await page.evaluate(() => document.fonts.ready);
  // Material Web components load lazily and upgrade after the first render.
  await page.waitForFunction(() => [...document.querySelectorAll(":not(:defined)")].length === 0);
  await page.waitForTimeout(300);
  return page;
}

async function axe(p: Page): Promise<string[]> {
  await p.addScriptTag({ content: AXE });
  const violations = await p.evaluate(
    async () =>
      (
        await (window as unknown as { axe: { run: Function } }).axe.run(document, {
          runOnly: ["wcag2a", "wcag2aa"],
        })
      ).violations as AxeViolation[],
  );
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .map((n) => `${n.target.join(" ")} — ${n.failureSummary}`)
        .join("; ")}`,
  );
}

const PAGES = [
  "",
  ...[...examples, guestbookExample].map((e) => `examples/${e.slug}/`),
  ...controlPages.map((c) => `controls/${c.slug}/`),
  // The showcase (examples/showcase/): its overview and a group's grid of controls.
  "gallery/",
  "gallery/layout",
];

describe.each(["light", "dark"] as const)("axe-core, %s theme", (scheme) => {
  it.each(PAGES)("finds no WCAG 2 A/AA violation on /%s", async (path) => {
    expect(await axe(await open(path, scheme))).toEqual([]);
  });
});

describe.each(["light", "dark"] as const)("the pickers' open dialogs, %s theme", (scheme) => {
  it.each([
    ["Pick date", "nothing", "dialog.flet-datepicker"],
    ["Pick date", "Switch to input", "dialog.flet-datepicker"],
    ["Pick date", "May 2024, choose year", "dialog.flet-datepicker"],
    ["Pick time", "nothing", "dialog.flet-timepicker"],
    ["Pick time", "Switch to text input mode", "dialog.flet-timepicker"],
  ])("%s, then %s: no WCAG 2 A/AA violation in %s", async (button, then, selector) => {
    const p = await open("controls/pickers/", scheme);
    await p.getByRole("button", { name: button }).click();
    await p.waitForFunction((s) => document.querySelector<HTMLDialogElement>(s)?.open, selector);
    if (then !== "nothing") await p.locator(selector).getByRole("button", { name: then }).click();
    expect(await axe(p)).toEqual([]);
  });
});

describe("on a 390 px phone", () => {
  it.each(PAGES)("/%s does not scroll sideways (sizes are clamped to the screen)", async (path) => {
    const p = await open(path, "light", { width: 390, height: 800 });
    const cut = await p.evaluate(() => {
      // Sized controls that stick out of the screen (outside horizontal scrollers, which
      // may hold wider content on purpose).
      // A Row or ListView that scrolls sideways (its content is wider and the user can
      // scroll to it); the page's own body does not count: it must not need to.
      const scrolls = (e: Element) => {
        if (e.classList.contains("flet-view-body")) return false;
        const sideways = ["auto", "scroll"].includes(getComputedStyle(e).overflowX);
        return sideways && e.scrollWidth > e.clientWidth + 1;
      };
      return [...document.querySelectorAll<HTMLElement>("[data-flet-width]")]
        .filter((e) => {
          for (let a = e.parentElement; a; a = a.parentElement) if (scrolls(a)) return false;
          const r = e.getBoundingClientRect();
          return r.width > 0 && (r.left < -1 || r.right > window.innerWidth + 1);
        })
        .map((e) => `${e.className} ${Math.round(e.getBoundingClientRect().width)} px`);
    });
    expect(cut).toEqual([]);
    const overflow = await p.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe("axe-core after switching light → dark at run time", () => {
  it.each(PAGES)("repaints /%s and finds no violation", async (path) => {
    const p = await open(path, "light");
    await p.emulateMedia({ colorScheme: "dark" });
    await p.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    await p.waitForTimeout(300);
    expect(await axe(p)).toEqual([]);
  });

  it("repaints the Cupertino page when its own toggle switches the theme", async () => {
    const p = await open("examples/cupertino/", "dark");
    const bar = p.locator(".cu-appbar").first();
    const background = () => bar.evaluate((el) => getComputedStyle(el).backgroundColor);
    const darkBar = await background();
    await p.getByRole("button", { name: "Toggle theme" }).click();
    await p.waitForFunction(() => document.documentElement.dataset.theme === "light");
    await expect.poll(background).not.toBe(darkBar);
    await p.getByRole("button", { name: "Toggle theme" }).click();
    await p.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    await expect.poll(background).toBe(darkBar);
    await p.waitForTimeout(300);
    expect(await axe(p)).toEqual([]);
  });
});

describe("the accessibility example", () => {
  const path = "examples/accessibility/";

  it("exposes its semantics in the accessibility tree", async () => {
    const p = await open(path);
    const tree = await p.locator(".flet-view").ariaSnapshot();
    expect(tree).toContain('heading "Accessibility" [level=2]');
    expect(tree).toMatch(/slider "Volume"[^\n]*/);
    expect(tree).toMatch(/button "Favourite"(?! \[pressed\])/);
    expect(tree).toContain('group "Ada Lovelace Wrote the first published algorithm"');
    expect(tree).toContain('button "Announce politely"');
    expect(tree).toContain('switch "Show semantics debugger"');
    const slider = p.getByRole("slider", { name: "Volume" });
    expect(await slider.getAttribute("aria-valuetext")).toBe("50%");
    expect(await slider.getAttribute("aria-valuenow")).toBe("50");
    expect(await slider.getAttribute("tabindex")).toBe("0");
    const hint = await slider.getAttribute("aria-describedby");
    // The hint, then what an adjustment leads to (increasedValue, decreasedValue).
    expect(await p.locator(`#${hint}`).textContent()).toBe(
      "Use the arrow keys to change the volume. Increases to 60%. Decreases to 40%",
    );
  });

  it("changes the slider on the server with the arrow keys", async () => {
    const p = await open(path);
    const slider = p.getByRole("slider", { name: "Volume" });
    await slider.focus();
    await p.keyboard.press("ArrowUp");
    await waitForText(p, "Volume: 60%");
    await p.keyboard.press("ArrowRight");
    await waitForText(p, "Volume: 70%");
    await p.keyboard.press("ArrowDown");
    await p.keyboard.press("ArrowLeft");
    await p.keyboard.press("ArrowLeft");
    await waitForText(p, "Volume: 40%");
    await expect.poll(() => slider.getAttribute("aria-valuetext")).toBe("40%");
    expect(await slider.getAttribute("aria-valuenow")).toBe("40");
  });

  it("runs onTap from Enter and Space on a Semantics button", async () => {
    const p = await open(path);
    const button = p.getByRole("button", { name: "Favourite" });
    await button.focus();
    await p.keyboard.press("Enter");
    await expect.poll(() => button.getAttribute("aria-pressed")).toBe("true");
    expect(await p.locator(".flet-view").ariaSnapshot()).toContain('button "Favourite" [pressed]');
    await p.keyboard.press(" ");
    await expect.poll(() => button.getAttribute("aria-pressed")).toBe("false");
  });

  it("announces messages in polite and assertive live regions", async () => {
    const p = await open(path);
    await p.getByRole("button", { name: "Announce politely" }).click();
    const polite = p.getByRole("status").filter({ hasText: "Saved, politely" });
    await polite.waitFor({ state: "attached" });
    expect(await polite.getAttribute("aria-live")).toBe("polite");
    await p.getByRole("button", { name: "Announce assertively" }).click();
    const alert = p.getByRole("alert");
    await expect.poll(() => alert.textContent()).toBe("Connection lost!");
    expect(await alert.getAttribute("aria-live")).toBe("assertive");
    // A repeated message is cleared and set again, so it is announced again.
    const texts = await p.evaluate(async () => {
      const region = document.getElementById("flet-live-assertive")!;
      const seen: string[] = [];
      new MutationObserver(() => seen.push(region.textContent ?? "")).observe(region, {
        childList: true,
        subtree: true,
        characterData: true,
      });
      const buttons = [...document.querySelectorAll<HTMLElement>("md-elevated-button")];
      buttons.find((b) => b.textContent?.includes("Announce assertively"))?.click();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      return seen;
    });
    expect(texts).toEqual(["", "Connection lost!"]);
  });

  it("outlines what assistive technology sees when the debugger is on", async () => {
    const p = await open(path);
    expect(await p.locator("#flet-semantics-debugger").count()).toBe(0);
    await p.getByRole("switch", { name: "Show semantics debugger" }).click();
    const labels = p.locator("#flet-semantics-debugger .flet-semantics-debugger-label");
    await expect.poll(() => labels.count()).toBeGreaterThan(5);
    const all = await labels.allTextContents();
    expect(all).toContain("heading: Accessibility");
    expect(all).toContain("slider: Volume");
    expect(all).toContain("button: Announce politely");
    // Each label sits outside its box (it covers no text it describes) and shows whole.
    const placed = await labels.evaluateAll((tags) =>
      tags.map((tag) => {
        const box = tag.parentElement!.getBoundingClientRect();
        const own = tag.getBoundingClientRect();
        const outside = own.bottom <= box.top + 1 || own.top >= box.bottom - 1;
        return outside && tag.scrollWidth <= tag.clientWidth + 1;
      }),
    );
    expect(placed.every(Boolean)).toBe(true);
    expect(await p.locator("#flet-semantics-debugger").getAttribute("aria-hidden")).toBe("true");
    await p.getByRole("switch", { name: "Show semantics debugger" }).click();
    await expect.poll(() => p.locator("#flet-semantics-debugger").count()).toBe(0);
  });
});

describe("Semantics and the core controls in the browser", () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function serve(main: ft.AppMain): Promise<Page> {
    app = await serveApp(main);
    page = await browser.newPage({ bypassCSP: true });
    await page.goto(app.url);
    await page.waitForSelector(".flet-semantics");
    return page;
  }

  it("maps roles and states to ARIA", async () => {
    const p = await serve((pg) => {
      const s = (text: string, options: ft.ControlOptions<ft.Semantics>) =>
        new ft.Semantics(new ft.Text(text), { label: text, ...options });
      pg.add(
        s("Wi-Fi", { toggled: true }),
        s("Agree", { checked: false }),
        s("Docs", { link: true, onTap: () => {} }),
        s("Sunset", { image: true }),
        s("Notes", { textfield: true, multiline: true, readOnly: true, obscured: true }),
        s("More", { expanded: true, tooltip: "Shows more options" }),
        s("Tab one", { button: true, selected: true }),
        s("Secret", { hidden: true }),
        s("Status", { liveRegion: true }),
        s("Title", { header: true, focusable: false }),
      );
    });
    const tree = await p.locator(".flet-view").ariaSnapshot();
    expect(tree).toContain('switch "Wi-Fi" [checked]');
    expect(tree).toContain('checkbox "Agree"');
    expect(tree).toContain('link "Docs"');
    expect(tree).toContain('img "Sunset"');
    expect(tree).toContain('textbox "Notes"');
    expect(tree).toContain('button "More" [expanded]');
    expect(tree).toContain('heading "Title" [level=2]');
    expect(tree).not.toContain("Secret");
    const attrs = (label: string) =>
      p
        .locator(`[aria-label="${label}"]`)
        .evaluate((e) => Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])));
    expect(await attrs("Agree")).toMatchObject({ role: "checkbox", "aria-checked": "false" });
    expect(await attrs("Notes")).toMatchObject({
      role: "textbox",
      "aria-multiline": "true",
      "aria-readonly": "true",
      "aria-roledescription": "password field",
      tabindex: "0",
    });
    expect(await attrs("More")).toMatchObject({ "aria-description": "Shows more options" });
    expect(await attrs("Tab one")).toMatchObject({ role: "button", "aria-current": "true" });
    expect(await attrs("Secret")).toMatchObject({ "aria-hidden": "true" });
    expect(await attrs("Status")).toMatchObject({ "aria-live": "polite" });
    expect(await attrs("Title")).not.toHaveProperty("tabindex");
    expect(await attrs("Docs")).toMatchObject({ tabindex: "0" });
  });

  it("sends actions from the keyboard, the pointer, the clipboard and focus", async () => {
    const seen: string[] = [];
    const p = await serve((pg) => {
      const record = (e: ft.ControlEvent) => {
        seen.push(`${e.name}${e.data ? `=${String(e.data)}` : ""}`);
      };
      pg.add(
        new ft.Semantics(new ft.Text("Panel"), {
          label: "Panel",
          focused: true,
          onTap: record,
          onDoubleTap: record,
          onDismiss: record,
          onLongPress: record,
          onPaste: record,
          onDidGainAccessibilityFocus: record,
          onDidLoseAccessibilityFocus: record,
        }),
        new ft.ElevatedButton("Elsewhere"),
      );
    });
    const panel = p.getByRole("group", { name: "Panel" });
    await expect.poll(() => panel.evaluate((e) => e === document.activeElement)).toBe(true);
    await p.keyboard.press("Escape");
    await p.keyboard.press("Shift+F10");
    await p.keyboard.press("Enter");
    await panel.dblclick();
    await panel.evaluate((e) => {
      const data = new DataTransfer();
      data.setData("text/plain", "pasted text");
      e.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
    });
    await p.keyboard.press("Tab");
    await expect.poll(() => seen.at(-1)).toBe("didLoseAccessibilityFocus");
    expect(seen).toEqual([
      "didGainAccessibilityFocus",
      "dismiss",
      "longPress",
      "tap",
      "tap",
      "tap",
      "doubleTap",
      "paste=pasted text",
      "didLoseAccessibilityFocus",
    ]);
  });

  it("gives a tap to the innermost Semantics that listens", async () => {
    const taps: string[] = [];
    const p = await serve((pg) => {
      const inner = new ft.Semantics(new ft.Text("Inner"), {
        label: "Inner",
        button: true,
        onTap: () => void taps.push("inner"),
      });
      pg.add(
        new ft.Semantics(new ft.Container(inner, { padding: 20 }), {
          label: "Outer",
          onTap: () => void taps.push("outer"),
        }),
      );
    });
    await p.getByRole("button", { name: "Inner" }).click();
    await p.getByRole("group", { name: "Outer" }).click({ position: { x: 5, y: 5 } });
    await expect.poll(() => taps.length).toBe(2);
    expect(taps).toEqual(["inner", "outer"]);
  });

  it.each(["light", "dark"] as const)(
    "has no axe violations with every core control (%s)",
    async (scheme) => {
      app = await serveApp(catalogMain);
      page = await browser.newPage({ bypassCSP: true });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(app.url);
      await page.waitForSelector(".flet-view");
      await page.waitForFunction(() => document.querySelectorAll(":not(:defined)").length === 0);
      await page.waitForTimeout(300);
      expect(await axe(page)).toEqual([]);
    },
  );

  it("has no axe violations with every kind of Semantics", async () => {
    const p = await serve((pg) => {
      pg.add(
        new ft.Semantics(new ft.Text("Heading"), { header: true }),
        new ft.Semantics(new ft.Text("Level 3"), {
          label: "Level",
          slider: true,
          value: "3",
          onIncrease: () => {},
        }),
        new ft.Semantics(new ft.Text("On"), { label: "Sound", toggled: true }),
        new ft.Semantics(new ft.Text("Open"), { button: true, expanded: true, onTap: () => {} }),
        new ft.MergeSemantics(
          new ft.Column({ controls: [new ft.Text("Card title"), new ft.Text("Card body")] }),
        ),
        new ft.Semantics(new ft.Text("A note"), { label: "Note", hintText: "More about it" }),
      );
    });
    expect(await axe(p)).toEqual([]);
  });
});
