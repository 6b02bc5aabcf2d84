import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "flet-ts/testing/browser";
import { afterAll, describe, expect, it } from "vitest";
import { startCli, tempApp } from "./helpers.js";

const RUNNING = /is running at (http:\/\/\S+)/;

const counterApp = `import * as ft from "flet-ts";
export function main(page: ft.Page): void {
  const count = new ft.Text("0", { key: "count" });
  page.add(
    count,
    new ft.ElevatedButton("Add one", {
      onClick: () => {
        count.value = String(Number(count.value) + 1);
        page.update();
      },
    }),
  );
}
await ft.app(main);
`;

describe("flet-ts run --record (issue 17)", () => {
  const app = tempApp({ "app.ts": counterApp });
  afterAll(() => app.remove());

  it("writes a vitest file of what was clicked, with finders and the final tree", async () => {
    const cli = startCli(
      ["run", "app.ts", "--port", "0", "--host", "127.0.0.1", "--record", "recorded.test.ts"],
      app.path,
    );
    const browser = await launchChromium();
    try {
      const [, url] = await cli.waitFor(RUNNING);
      const page = await browser.newPage();
      await page.goto(url!);
      await page.getByRole("button", { name: "Add one" }).click();
      await page.getByText("1", { exact: true }).waitFor();
      await page.getByRole("button", { name: "Add one" }).click();
      await page.getByText("2", { exact: true }).waitFor();
      const file = join(app.path, "recorded.test.ts");
      await expect
        .poll(() => existsSync(file) && readFileSync(file, "utf8"), { timeout: 10_000 })
        .toContain('"value": "2"');
      const source = readFileSync(file, "utf8");
      expect(source).toContain('import { main } from "./app.js";');
      expect(
        source.match(/await t\.trigger\(t\.find\.text\("Add one"\), "click"\);/g),
      ).toHaveLength(2);
    } finally {
      await browser.close();
      await cli.stop();
    }
  }, 60_000);
});
