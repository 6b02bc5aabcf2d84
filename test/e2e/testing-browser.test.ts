import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as ft from "flet-ts";
import {
  type BrowserApp,
  checkAccessibility,
  launchChromium,
  matchScreenshot,
  openApp,
} from "flet-ts/testing/browser";
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

function counter(step: number) {
  return (page: ft.Page): void => {
    page.title = "Counter";
    const count = new ft.Text("0", { key: "count", size: 30 });
    page.add(
      count,
      new ft.ElevatedButton("Add", {
        onClick: () => {
          count.value = String(Number(count.value) + step);
          page.update();
        },
      }),
      new ft.IconButton(ft.icons.DELETE, { tooltip: "Reset", key: "reset" }),
      new ft.Text("♥ 3", { semanticsLabel: "3 likes" }),
    );
  };
}

let browser: Browser;
let app: BrowserApp | undefined;
const dir = mkdtempSync(join(tmpdir(), "flet-goldens-"));
beforeAll(async () => {
  browser = await launchChromium();
}, 30_000);
afterAll(async () => {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe("flet-ts/testing/browser (issue 17)", () => {
  it("locators by text, key, type and semantics label reach the rendered elements", async () => {
    app = await openApp(counter(1), { browser });
    await app.find.text("Add").click();
    await app.page.waitForFunction(() =>
      document.querySelector(".flet-view")?.textContent?.includes("1"),
    );
    await expect.poll(() => app?.find.byKey("count").textContent()).toBe("1");
    expect(await app.find.byType("elevatedbutton").count()).toBe(1);
    expect(await app.find.byType(ft.IconButton).count()).toBe(1);
    expect(await app.find.byKey("reset").getAttribute("data-flet-id")).toBe(
      app.finders.byKey("reset").ids[0],
    );
    expect(await app.find.text("nothing like this").count()).toBe(0);
    expect(await app.find.bySemanticsLabel("3 likes").textContent()).toContain("♥ 3");
  });

  it("screenshot goldens: written, matched within tolerance, and a changed look fails", async () => {
    app = await openApp(counter(1), {
      browser,
      context: { viewport: { width: 400, height: 300 } },
    });
    const golden = join(dir, "counter.png");
    expect((await matchScreenshot(app.page, golden)).status).toBe("written");
    expect((await matchScreenshot(app.page, golden)).status).toBe("match");
    await app.find.text("Add").click();
    await expect.poll(() => app?.find.byKey("count").textContent()).toBe("1");
    await expect(matchScreenshot(app.page, golden)).rejects.toThrow(
      /pixels differ .* FLET_UPDATE_GOLDENS=1/,
    );
    expect(readFileSync(`${golden}.actual.png`).subarray(1, 4).toString()).toBe("PNG");
    // A looser tolerance accepts the small change.
    expect((await matchScreenshot(app.page, golden, { maxDiffRatio: 0.5 })).status).toBe("match");
  });

  it("axe-core finds no violation in a good page and names one in a bad page", async () => {
    app = await openApp(counter(1), { browser });
    expect(await checkAccessibility(app.page)).toEqual([]);
    await app.close();
    // Light grey text on white is unreadable.
    app = await openApp((page) => page.add(new ft.Text("faint", { color: "#eeeeee" })), {
      browser,
    });
    const found = await checkAccessibility(app.page);
    expect(found.join("\n")).toMatch(/color-contrast/);
    expect(await checkAccessibility(app.page, { disableRules: ["color-contrast"] })).toEqual([]);
  });
});

describe("flet-ts/testing does not need playwright", () => {
  it("no module reachable from src/testing/index.ts imports playwright-core", () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, "utf8");
      // A type import is erased, and a dynamic import inside a function only loads when called.
      if (/^import (?!type\b)[^;]*?from "playwright-core"/m.test(text)) offenders.push(file);
      for (const [, spec] of text.matchAll(/^(?:import|export)[^;]*?from "(\.[^"]+)"/gms)) {
        visit(resolve(dirname(file), (spec as string).replace(/\.js$/, ".ts")));
      }
    };
    visit(join(root, "src/testing/index.ts"));
    expect(seen.size).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
    // While the browser entry does.
    visit(join(root, "src/testing/browser/index.ts"));
    expect(offenders.length).toBeGreaterThan(0);
  });
});
