import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { forgetBundles, getClientBundle } from "../../src/browser/bundle.js";

const fixture = fileURLToPath(new URL("../fixtures/packs/contract-pack", import.meta.url));

describe("the client bundle with installed packs", () => {
  it("is built once, then served from memory and disk until a pack file changes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "flet-pack-cache-"));
    cpSync(fixture, dir, { recursive: true });
    const pack = { name: "cache-pack", version: "3.0.0", browser: join(dir, "browser.ts"), dir };
    const lines: string[] = [];
    const load = () => getClientBundle({ installed: [pack], log: (line) => lines.push(line) });

    const first = await load();
    expect(lines).toEqual([
      "bundling the browser client with cache-pack@3.0.0…",
      expect.stringMatching(/^bundled the browser client in \d+\.\d s$/),
    ]);
    expect(first.js).toContain("contract.badge");
    expect(first.js).toContain('"cache-pack":"3.0.0"');

    expect(await load()).toBe(first);
    forgetBundles();
    const fromDisk = await load();
    expect(fromDisk.js).toBe(first.js);
    expect(lines).toHaveLength(2);

    const browser = join(dir, "browser.ts");
    writeFileSync(
      browser,
      readFileSync(browser, "utf8").replace("contract.leaky", "contract.leaky2"),
    );
    utimesSync(browser, new Date(), new Date(Date.now() + 5_000));
    forgetBundles();
    const rebuilt = await load();
    expect(lines).toHaveLength(4);
    expect(rebuilt.js).toContain("contract.leaky2");
  }, 60_000);
});
