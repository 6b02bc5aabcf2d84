// Lottie and WebView in Chromium: the animation really plays (frames advance, reverse
// plays backward, repeat: false stops, animate: false pauses, reduced motion stills it),
// a failing source reports onError with nothing drawn; the WebView loads pages from
// loopback servers (port 0, no internet), its events reach the server with Flet's
// payloads, `url` navigates, preventLink stops same-origin links; screenshots.
import { mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { Socket } from "node:net";
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { main, SLIDING_DOT } from "../../examples/controls/embed.js";
import { browserSuite, testBundle, waitForText } from "./browser.js";

const suite = browserSuite();

/** The dot's x: the translation of the "Dot" layer's group, as lottie-web draws it. */
function dotX(page: Page): Promise<number> {
  return page.evaluate(() => {
    const groups = [...document.querySelectorAll(".flet-lottie svg g[transform]")];
    // The layers are drawn in reverse order: track, dot, spinner; the dot's layer group moves.
    const xs = groups.map((g) => {
      const m = /matrix\(([^)]+)\)/.exec(g.getAttribute("transform") ?? "");
      return m ? Number(m[1]!.split(",")[4]) : Number.NaN;
    });
    return xs.find((x) => x !== 80 && Number.isFinite(x) && x !== 0) ?? Number.NaN;
  });
}

/** Samples the dot's x until `done` says the samples show what is expected. */
async function watchDot(page: Page, done: (xs: number[]) => boolean): Promise<number[]> {
  const xs: number[] = [];
  await expect
    .poll(
      async () => {
        xs.push(await dotX(page));
        return done(xs);
      },
      { timeout: 15_000, interval: 50 },
    )
    .toBe(true);
  return xs;
}

describe("Lottie in Chromium", () => {
  it("plays: the frames advance, and with repeat it starts again", async () => {
    const page = await suite.open((p) => {
      p.add(new ft.Lottie({ srcBase64: SLIDING_DOT, width: 160, height: 96 }));
    });
    const lottie = page.getByRole("img", { name: "Animation" });
    await lottie.locator("svg").waitFor();
    expect(await lottie.getAttribute("data-playback")).toBe("loop");
    // Rising, then back near the start (a new pass), then rising again.
    const xs = await watchDot(page, (seen) => {
      const drop = seen.findIndex((x, i) => i > 0 && x < seen[i - 1]! - 40);
      return drop > 0 && seen.slice(drop).some((x, i, after) => i > 0 && x > after[0]! + 10);
    });
    expect(xs.some((x, i) => i > 0 && x > xs[i - 1]! && x < 136)).toBe(true);
  });

  it("reverse plays forward, then backward; repeat: false stops on the last frame", async () => {
    const lottie = new ft.Lottie({ srcBase64: SLIDING_DOT, reverse: true });
    const page = await suite.open((p) => p.add(lottie));
    const box = page.getByRole("img", { name: "Animation" });
    await box.locator("svg").waitFor();
    expect(await box.getAttribute("data-playback")).toBe("alternate");
    // Backward: the x falls step by step (not a jump back to the start).
    await watchDot(page, (seen) => {
      let falling = 0;
      for (let i = 1; i < seen.length; i++)
        falling = seen[i]! < seen[i - 1]! && seen[i - 1]! - seen[i]! < 40 ? falling + 1 : 0;
      return falling >= 3;
    });
    expect(await box.getAttribute("data-direction")).toBe("-1");
    lottie.repeat = false;
    lottie.reverse = false;
    lottie.update();
    await expect.poll(() => box.getAttribute("data-playback"), { timeout: 15_000 }).toBe("done");
    const end = await dotX(page);
    expect(end).toBeGreaterThan(130);
    // Stopped: the frame no longer changes.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(await dotX(page)).toBe(end);
    // repeat again: it plays from the start.
    lottie.repeat = true;
    lottie.update();
    await watchDot(page, (seen) => seen.some((x) => x < 100));
  });

  it("animate: false pauses where it is; true plays on", async () => {
    const lottie = new ft.Lottie({ srcBase64: SLIDING_DOT, tooltip: "Slider" });
    const page = await suite.open((p) => p.add(lottie));
    const box = page.getByRole("img", { name: "Slider" });
    await box.locator("svg").waitFor();
    lottie.animate = false;
    lottie.update();
    await expect.poll(() => box.getAttribute("data-playback")).toBe("paused");
    const x = await dotX(page);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(await dotX(page)).toBe(x);
    lottie.animate = true;
    lottie.update();
    await watchDot(page, (seen) => seen.some((v) => v !== x));
  });

  it("with prefers-reduced-motion it shows a still first frame", async () => {
    const page = await suite.newPage();
    await page.emulateMedia({ reducedMotion: "reduce" });
    const app = await suite.serve((p) => {
      p.add(new ft.Lottie({ srcBase64: SLIDING_DOT }));
    });
    await page.goto(app.url);
    const box = page.getByRole("img", { name: "Animation" });
    await box.locator("svg").waitFor();
    await expect.poll(() => box.getAttribute("data-playback")).toBe("still");
    expect(await dotX(page)).toBeCloseTo(24, 0);
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await expect.poll(() => box.getAttribute("data-playback")).toBe("loop");
  });

  it("a source that fails sends onError with the reason and draws nothing", async () => {
    const errors: unknown[] = [];
    const page = await suite.open((p) => {
      p.add(
        new ft.Lottie("/no/such/animation.json", { onError: (e) => void errors.push(e.data) }),
        new ft.Lottie({
          srcBase64: Buffer.from("{not json").toString("base64"),
          onError: (e) => void errors.push(e.data),
        }),
      );
    });
    await expect.poll(() => errors.length, { timeout: 10_000 }).toBe(2);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Could not load "\/no\/such\/animation.json": HTTP 404/),
        expect.stringMatching(/^Not a Lottie animation \(invalid JSON\)/),
      ]),
    );
    expect(await page.locator(".flet-lottie svg").count()).toBe(0);
    expect(await page.locator('.flet-lottie[data-state="error"]').count()).toBe(2);
  });
});

/** A loopback server (port 0): the app at `/` plus fixed pages, so they are same-origin. */
async function serveWithPages(
  main: ft.AppMain | undefined,
  pages: Record<string, { status?: number; body: string }>,
): Promise<{ url: string; close(): Promise<void> }> {
  const web = main
    ? ft.app(main, {
        exportApp: true,
        dev: true,
        logger: ft.silentLogger,
        getClientBundle: testBundle,
      })
    : undefined;
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const page = pages[new URL(req.url ?? "/", "http://x").pathname];
    if (page || !web) {
      res.writeHead(page ? (page.status ?? 200) : 404, {
        "Content-Type": "text/html; charset=utf-8",
      });
      res.end(page?.body ?? "<!doctype html><title>Missing</title>Not found");
      return;
    }
    web.handler(req, res);
  });
  server.on("upgrade", (req, socket: Socket, head) => {
    sockets.add(socket);
    web?.upgrade(req, socket, head);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  const close = async () => {
    for (const socket of sockets) socket.destroy();
    server.closeAllConnections();
    await Promise.all([web?.close(), new Promise((resolve) => server.close(resolve))]);
  };
  opened.push(close);
  return { url: `http://127.0.0.1:${port}/`, close };
}

const opened: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of opened.splice(0)) await close();
});

const PAGE_A = `<!doctype html><html lang="en"><title>Page A</title><h1>Page A</h1>
<p><a href="/site/b.html">To page B</a></p>`;
const PAGE_B = `<!doctype html><html lang="en"><title>Page B</title><h1>Page B</h1>
<p><a href="/site/c.html">To page C</a> <a href="/site/a.html">To page A</a></p>`;
const PAGE_C = `<!doctype html><html lang="en"><title>Page C</title><h1>Page C</h1>`;
const SCRIPTED = `<!doctype html><html lang="en"><title>Scripted</title><p id="out">No script ran.</p>
<script>document.getElementById("out").textContent = "The script ran.";</script>`;
const SITE = {
  "/site/a.html": { body: PAGE_A },
  "/site/b.html": { body: PAGE_B },
  "/site/c.html": { body: PAGE_C },
  "/site/scripted.html": { body: SCRIPTED },
  "/site/gone.html": { status: 404, body: "<!doctype html><title>Gone</title>Gone" },
};

describe("Lottie from a URL", () => {
  it("plays an animation fetched from the app's origin, fitted as Image's fit says", async () => {
    const json = Buffer.from(SLIDING_DOT, "base64").toString();
    const lottie = new ft.Lottie("/animations/dot.json", { width: 320, height: 96 });
    const site = await serveWithPages((p) => p.add(lottie), {
      "/animations/dot.json": { body: json },
    });
    const page = await suite.newPage();
    await page.goto(site.url);
    const svg = page.getByRole("img", { name: "Animation" }).locator("svg");
    await svg.waitFor();
    expect(await svg.getAttribute("preserveAspectRatio")).toBe("xMidYMid meet");
    await watchDot(page, (seen) => seen.some((x, i) => i > 0 && x > seen[i - 1]!));
    const fits: [ft.ImageFit, string][] = [
      [ft.ImageFit.FILL, "none"],
      [ft.ImageFit.COVER, "xMidYMid slice"],
      // The box is wider than the composition: fitting its width overflows its height.
      [ft.ImageFit.FIT_WIDTH, "xMidYMid slice"],
      [ft.ImageFit.FIT_HEIGHT, "xMidYMid meet"],
    ];
    for (const [fit, aspect] of fits) {
      lottie.fit = fit;
      lottie.update();
      await expect.poll(() => svg.getAttribute("preserveAspectRatio")).toBe(aspect);
    }
    lottie.fit = ft.ImageFit.NONE;
    lottie.update();
    await expect.poll(() => svg.evaluate((el) => el.getBoundingClientRect().width)).toBe(160);
  });
});

describe("WebView in Chromium", () => {
  it("loads a same-origin page; events carry its URL; links by mouse and keyboard; url navigates", async () => {
    const log: string[] = [];
    const webview = new ft.WebView("/site/a.html", {
      height: 200,
      onPageStarted: (e) => void log.push(`started ${String(e.data)}`),
      onPageEnded: (e) => void log.push(`ended ${String(e.data)}`),
      onWebResourceError: (e) => void log.push(`error ${String(e.data)}`),
    });
    const site = await serveWithPages((p) => p.add(webview), SITE);
    const page = await suite.newPage();
    await page.goto(site.url);
    const at = (path: string) => `${site.url}site/${path}`;
    await expect
      .poll(() => log.join(" | "))
      .toBe(`started ${at("a.html")} | ended ${at("a.html")}`);
    // Named by the page's title.
    await page.locator('iframe[title="Page A"]').waitFor();
    const frame = page.frameLocator("iframe.flet-webview-frame");
    log.length = 0;
    await frame.getByRole("link", { name: "To page B" }).click();
    await expect
      .poll(() => log.join(" | "))
      .toBe(`started ${at("b.html")} | ended ${at("b.html")}`);
    log.length = 0;
    await frame.getByRole("link", { name: "To page A" }).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => log.join(" | "))
      .toBe(`started ${at("a.html")} | ended ${at("a.html")}`);
    log.length = 0;
    webview.url = "/site/c.html";
    webview.update();
    await expect
      .poll(() => log.join(" | "))
      .toBe(`started ${at("c.html")} | ended ${at("c.html")}`);
    await frame.getByRole("heading", { name: "Page C" }).waitFor();
  });

  it("preventLink stops links that start with it; a 404 reports onWebResourceError", async () => {
    const log: string[] = [];
    const webview = new ft.WebView("/site/b.html", {
      onPageEnded: (e) => void log.push(`ended ${String(e.data)}`),
      onWebResourceError: (e) => void log.push(`error ${String(e.data)}`),
    });
    const site = await serveWithPages((p) => p.add(webview), SITE);
    webview.preventLink = `${site.url}site/c`;
    const page = await suite.newPage();
    await page.goto(site.url);
    await expect.poll(() => log.length).toBe(1);
    const frame = page.frameLocator("iframe.flet-webview-frame");
    await frame.getByRole("link", { name: "To page C" }).click();
    await frame.getByRole("link", { name: "To page A" }).click();
    await frame.getByRole("heading", { name: "Page A" }).waitFor();
    expect(log).toEqual([`ended ${site.url}site/b.html`, `ended ${site.url}site/a.html`]);
    log.length = 0;
    webview.url = "/site/gone.html";
    webview.update();
    await expect
      .poll(() => log.join(" | "))
      .toBe(
        `error WebResourceError(errorCode: 404, description: HTTP 404, url: ${site.url}site/gone.html) | ended ${site.url}site/gone.html`,
      );
  });

  it("javascriptEnabled: false sandboxes scripts away; true runs them (after a reload)", async () => {
    const webview = new ft.WebView("/site/scripted.html", { javascriptEnabled: false });
    const site = await serveWithPages((p) => p.add(webview), SITE);
    const page = await suite.newPage();
    await page.goto(site.url);
    const frame = page.frameLocator("iframe.flet-webview-frame");
    await frame.getByText("No script ran.").waitFor();
    webview.javascriptEnabled = true;
    webview.update();
    await frame.getByText("The script ran.").waitFor();
    expect(await page.locator("iframe.flet-webview-frame").getAttribute("sandbox")).toBeNull();
    // Disabled: the page takes no input (the link cannot be reached).
    webview.disabled = true;
    webview.update();
    await expect
      .poll(() =>
        page.locator("iframe.flet-webview-frame").evaluate((el) => (el as HTMLIFrameElement).inert),
      )
      .toBe(true);
  });

  it("another origin: the page shows and pageEnded arrives; the browser hides the rest", async () => {
    const other = await serveWithPages(undefined, SITE);
    const log: string[] = [];
    const page = await suite.open((p) => {
      p.add(
        new ft.WebView(`${other.url}site/a.html`, {
          bgcolor: "#ffeb3b",
          tooltip: "Other site",
          onPageStarted: (e) => void log.push(`started ${String(e.data)}`),
          onPageEnded: (e) => void log.push(`ended ${String(e.data)}`),
          onWebResourceError: (e) => void log.push(`error ${String(e.data)}`),
        }),
      );
    });
    const a = `${other.url}site/a.html`;
    await expect.poll(() => log.join(" | ")).toBe(`started ${a} | ended ${a}`);
    const iframe = page.locator('iframe[title="Other site"]');
    expect(await iframe.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      "rgb(255, 235, 59)",
    );
    // A link inside: the frame loads again, but its new URL is hidden from the app.
    await page.frameLocator("iframe").getByRole("link", { name: "To page B" }).click();
    await expect.poll(() => log.length).toBe(3);
    expect(log[2]).toBe(`ended ${a}`);
  });
});

it.each(["light", "dark"] as const)("the Lottie and WebView page (%s)", async (scheme) => {
  const page = await suite.open(main);
  await page.emulateMedia({ colorScheme: scheme });
  await waitForText(page, "Lottie and WebView", 10_000);
  await waitForText(page, "Page ended: page 1 is shown.", 10_000);
  await page.locator(".flet-lottie svg").first().waitFor();
  await page.getByText(/^on_error: /).waitFor();
  await page.evaluate(() => document.fonts.ready);
  mkdirSync("docs/img", { recursive: true });
  await page.screenshot({ path: `docs/img/controls-embed-${scheme}.png` });
});
