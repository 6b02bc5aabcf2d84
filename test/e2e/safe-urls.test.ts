// URLs that controls and page.launchUrl open: only safe schemes, and the opened page gets
// no handle on the app's window (noopener), in a real Chromium.
import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { isSafeUrl } from "../../src/core/safe-url.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

describe("safe URLs", () => {
  it.each([
    ["https://flet.dev/docs", true],
    ["http://localhost:8000/", true],
    ["mailto:ada@example.com", true],
    ["tel:+44123", true],
    ["/store/1", true],
    ["store/1?x=1#top", true],
    ["//cdn.example.com/a.png", true],
    ["javascript:alert(1)", false],
    [" JavaScript:alert(1)", false],
    ["java\tscript:alert(1)", false],
    ["java\nscript:alert(1)", false],
    ["data:text/html,<script>alert(1)</script>", false],
    ["vbscript:msgbox", false],
    ["file:///etc/passwd", false],
    ["blob:https://example.com/x", false],
  ])("judges %j safe: %s", (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });

  it("refuses an unsafe url prop where the app sets it, and an unsafe launchUrl", async () => {
    expect(() => new ft.ElevatedButton("Go", { url: "javascript:alert(1)" })).toThrow(
      /Expected ElevatedButton\.url to be a URL with one of the schemes http: https: mailto: tel:/,
    );
    const tile = new ft.ListTile({ url: "https://flet.dev" });
    expect(() => {
      tile.url = "data:text/html,x";
    }).toThrow(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(tile.url).toBe("https://flet.dev");
    let refused: unknown;
    const page = await suite.open((pg) => {
      pg.add(new ft.Text("ready"));
      try {
        void pg.launchUrl("javascript:alert(document.cookie)");
      } catch (error) {
        refused = error;
      }
    });
    await waitForText(page, "ready", 10_000);
    expect(refused).toMatchObject({ code: ft.ErrorCode.URL_UNSAFE });
  });

  it("opens a button's url in a new tab that has no window.opener", async () => {
    const page = await suite.open((pg) => {
      pg.add(new ft.ElevatedButton("Open", { url: "/?opened=1" }));
    });
    await page.getByRole("button", { name: "Open" }).waitFor();
    const [popup] = await Promise.all([
      page.context().waitForEvent("page"),
      page.getByRole("button", { name: "Open" }).click(),
    ]);
    await popup.waitForLoadState();
    expect(popup.url()).toContain("opened=1");
    expect(await popup.evaluate(() => window.opener)).toBeNull();
    await popup.close();
  });
});
