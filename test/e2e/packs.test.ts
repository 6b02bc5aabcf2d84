/**
 * Installed packs in Chromium: picked up from the app's package.json with no glue, refused
 * when the page holds an out-of-date copy, and drawn as a visible box when absent.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as ft from "flet-ts";
import type { BrowserConfig } from "flet-ts/protocol";
import { describe, expect, it } from "vitest";
import { buildClientBundle } from "../../src/browser/bundle.js";
import { staticFiles } from "../../src/browser/static-files.js";
import { Badge } from "../fixtures/packs/contract-pack/server.js";
import { browserSuite, waitForText } from "./browser.js";

const packDir = fileURLToPath(new URL("../fixtures/packs/contract-pack", import.meta.url));

const suite = browserSuite();

function badges(page: ft.Page): void {
  const badge = new Badge();
  badge.label = "Stars";
  badge.count = 4;
  page.add(badge, new ft.Text("after the badge"));
}

/** A client bundle holding the test pack at `version`. */
async function bundleWithPack(version: string): Promise<ft.ClientBundle> {
  const built = await buildClientBundle({
    installed: [{ name: "contract-pack", version, browser: join(packDir, "browser.ts") }],
  });
  return { ...built, files: staticFiles };
}

function open(options: Parameters<typeof suite.open>[1], main: ft.AppMain = badges) {
  return suite.open(main, options);
}

describe("installed packs in the browser", () => {
  it("bundles a pack listed in the app's package.json, with no glue", async () => {
    const project = mkdtempSync(join(tmpdir(), "flet-app-"));
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({ name: "app", dependencies: { "contract-pack": "1.2.0" } }),
    );
    mkdirSync(join(project, "node_modules"));
    symlinkSync(packDir, join(project, "node_modules/contract-pack"));
    const p = await open({ getClientBundle: undefined, packsFrom: project });
    await waitForText(p, "Stars 4", 20_000);
    await waitForText(p, "after the badge");
    expect(await p.locator(".flet-unknown").count()).toBe(0);
    // The bundle says which version it holds; the server accepted it.
    expect(
      await p.evaluate(
        () =>
          (window as unknown as { __fletClient: { config: BrowserConfig } }).__fletClient.config
            .packs,
      ),
    ).toEqual({ "contract-pack": "1.2.0" });
  }, 60_000);

  it("refuses a page holding an older copy of a pack, and tells the user to reload", async () => {
    const warnings: string[] = [];
    const logger = { ...ft.silentLogger, warn: (line: string) => warnings.push(line) };
    let started = 0;
    const old = await bundleWithPack("1.1.0");
    const p = await open({ getClientBundle: async () => old, logger }, (pg) => {
      started++;
      badges(pg);
    });
    const prompt = p.getByRole("alertdialog");
    await prompt.waitFor();
    expect(await prompt.getByRole("heading").textContent()).toBe("This page is out of date");
    expect(await prompt.textContent()).toContain(
      "This page has contract-pack 1.1.0, but the server needs ^1.2.0. Reload the page to load the new version.",
    );
    expect(await prompt.getByRole("button", { name: "Reload" }).isVisible()).toBe(true);
    expect(started).toBe(0);
    expect(suite.app!.web.host.sessionCount).toBe(0);
    expect(warnings).toEqual([
      "Refused a browser with out-of-date packs: contract-pack 1.1.0 (server 1.2.0)",
    ]);
    // It does not retry in a loop: the page stays refused.
    await p.waitForTimeout(1_500);
    expect(suite.app!.web.host.sessionCount).toBe(0);
    expect(warnings).toHaveLength(1);
  }, 60_000);

  it("accepts a page holding a newer compatible copy", async () => {
    const newer = await bundleWithPack("1.3.0");
    const p = await open({ getClientBundle: async () => newer });
    await waitForText(p, "Stars 4");
    expect(await p.getByRole("alertdialog").count()).toBe(0);
  }, 60_000);

  it("draws a visible Unknown control box when the page lacks the pack", async () => {
    const p = await open({});
    await waitForText(p, "Unknown control: contract.badge");
    await waitForText(p, "after the badge");
    expect(await p.locator(".flet-unknown").isVisible()).toBe(true);
  }, 60_000);
});
