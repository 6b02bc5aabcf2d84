/**
 * App lifecycle end to end: real Chromium signals, driven through the Chrome DevTools
 * Protocol, reach `page.onAppLifecycleStateChange` on the server as Flutter's transitions.
 *
 * Chromium is started here and joined with `connectOverCDP(..., { noDefaults: true })`,
 * not launched by Playwright: Playwright turns focus emulation on for its pages, which
 * holds them visible (a DevTools capture), so tabs never hide and `Page.setWebLifecycleState`
 * cannot freeze them; and it disables the back-forward cache.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ft from "flet-ts";
import {
  type Browser,
  type BrowserContext,
  type CDPSession,
  chromium,
  type Page,
} from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { main as lifecycleExample } from "../../examples/lifecycle.js";
import { LIFECYCLE_EDGES, type LifecycleState } from "../../src/browser/lifecycle-machine.js";
import { CHROMIUM, serveApp, type TestApp, waitForText } from "./browser.js";

let chrome: ChildProcess;
let profile: string;
let browser: Browser;
let context: BrowserContext;
let app: TestApp | undefined;
let pages: Page[] = [];

beforeAll(async () => {
  profile = await mkdtemp(join(tmpdir(), "flet-lifecycle-"));
  chrome = spawn(
    CHROMIUM,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--no-default-browser-check",
      "--remote-debugging-port=0",
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = "";
    chrome.stderr?.on("data", (chunk) => {
      output += String(chunk);
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match) resolve(match[1] as string);
    });
    chrome.once("exit", (code) => reject(new Error(`Chromium exited (${code}): ${output}`)));
  });
  browser = await chromium.connectOverCDP(endpoint, { noDefaults: true });
  context = browser.contexts()[0] as BrowserContext;
}, 30_000);

afterAll(async () => {
  // A browser joined over CDP outlives browser.close(): ask it to quit first.
  await browser
    ?.newBrowserCDPSession()
    .then((cdp) => cdp.send("Browser.close"))
    .catch(() => {});
  await browser?.close();
  if (chrome && chrome.exitCode === null) {
    const exited = new Promise((resolve) => chrome.once("exit", resolve));
    chrome.kill();
    await exited;
  }
  if (profile) await rm(profile, { recursive: true, force: true, maxRetries: 5 });
});

afterEach(async () => {
  for (const page of pages) await page.close().catch(() => {});
  pages = [];
  await app?.close();
  app = undefined;
});

/** The server's record of the states it received, with a cursor for step-by-step checks. */
class StateLog {
  readonly states: string[] = [];
  #checked = 0;

  /** Waits until the next states the server got are exactly `expected`. */
  async next(expected: string[]): Promise<void> {
    await expect
      .poll(() => this.states.slice(this.#checked, this.#checked + expected.length), {
        timeout: 10_000,
      })
      .toEqual(expected);
    this.#checked += expected.length;
  }

  /** After a short quiet time, nothing more arrived; the whole record is legal. */
  async done(start: LifecycleState = "resumed"): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(this.states.slice(this.#checked)).toEqual([]);
    expectLegal(this.states, start);
  }
}

/** Replays Flet events on Flutter's state machine; fails on an impossible transition. */
function expectLegal(states: readonly string[], start: LifecycleState): void {
  let state = start;
  for (const name of states) {
    const edge = LIFECYCLE_EDGES.find((e) => e.from === state && e.event === name);
    expect(edge, `"${name}" from ${state} in ${states.join(", ")}`).toBeDefined();
    state = (edge as { to: LifecycleState }).to;
  }
}

async function open(log: StateLog): Promise<{ page: Page; cdp: CDPSession }> {
  app = await serveApp((page) => {
    page.onAppLifecycleStateChange = (e) => void log.states.push(e.state);
    page.add(new ft.Text("lifecycle ready"));
  });
  const page = await newPage();
  await page.goto(app.url);
  await waitForText(page, "lifecycle ready");
  await page.bringToFront();
  await expect.poll(() => page.evaluate(() => document.hasFocus())).toBe(true);
  return { page, cdp: await context.newCDPSession(page) };
}

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  pages.push(page);
  return page;
}

async function windowOf(cdp: CDPSession): Promise<number> {
  return (await cdp.send("Browser.getWindowForTarget")).windowId;
}

describe("app lifecycle in Chromium", () => {
  it("another tab in front hides the app; coming back shows and resumes it", async () => {
    const log = new StateLog();
    const { page } = await open(log);
    const other = await newPage();
    await other.bringToFront();
    await log.next(["inactive", "hide"]);
    expect(await page.evaluate(() => document.visibilityState)).toBe("hidden");
    await page.bringToFront();
    await log.next(["show", "resume"]);
    await log.done();
  });

  it("minimising and restoring the window (Browser.setWindowBounds)", async () => {
    const log = new StateLog();
    const { cdp } = await open(log);
    const windowId = await windowOf(cdp);
    await cdp.send("Browser.setWindowBounds", { windowId, bounds: { windowState: "minimized" } });
    await log.next(["inactive", "hide"]);
    await cdp.send("Browser.setWindowBounds", { windowId, bounds: { windowState: "normal" } });
    await log.next(["show", "resume"]);
    await log.done();
  });

  it("freeze and resume (Page.setWebLifecycleState) pause and restart the app", async () => {
    const log = new StateLog();
    const { page, cdp } = await open(log);
    await cdp.send("Page.setWebLifecycleState", { state: "frozen" });
    await log.next(["inactive", "hide", "pause"]);
    await cdp.send("Page.setWebLifecycleState", { state: "active" });
    await log.next(["restart"]);
    // Chromium keeps a resumed page hidden until it is shown again.
    const windowId = await windowOf(cdp);
    await cdp.send("Browser.setWindowBounds", { windowId, bounds: { windowState: "minimized" } });
    await cdp.send("Browser.setWindowBounds", { windowId, bounds: { windowState: "normal" } });
    await log.next(["show", "resume"]);
    // The session went on: the page still talks to the server.
    await waitForText(page, "lifecycle ready");
    await log.done();
  });

  it("focus emulation (Emulation.setFocusEmulationEnabled) shows a page behind another", async () => {
    const log = new StateLog();
    const { cdp } = await open(log);
    const other = await newPage();
    await other.bringToFront();
    await log.next(["inactive", "hide"]);
    // Emulated focus is a DevTools capture: the page counts as shown and focused.
    await cdp.send("Emulation.setFocusEmulationEnabled", { enabled: true });
    await log.next(["show", "resume"]);
    await cdp.send("Emulation.setFocusEmulationEnabled", { enabled: false });
    await log.next(["inactive", "hide"]);
    await log.done();
  });

  it("navigating away and back through the back-forward cache pauses and restarts", async () => {
    const log = new StateLog();
    const { page } = await open(log);
    await page.evaluate(() => {
      (window as { bfcacheMarker?: number }).bfcacheMarker = 42;
    });
    await page.goto("about:blank");
    await log.next(["inactive", "hide", "pause"]);
    await page.goBack({ waitUntil: "commit" });
    await log.next(["restart", "show", "resume"]);
    // The very same document came back (a reload would have lost the marker).
    expect(await page.evaluate(() => (window as { bfcacheMarker?: number }).bfcacheMarker)).toBe(
      42,
    );
    await waitForText(page, "lifecycle ready");
    expect(app?.web.host.sessions.size).toBe(1);
    await log.done();
  });

  it("a reload detaches the app; the reloaded page resumes the same session", async () => {
    const log = new StateLog();
    const { page } = await open(log);
    await page.reload();
    await log.next(["inactive", "hide", "pause", "detach"]);
    await waitForText(page, "lifecycle ready");
    await log.next(["resume"]);
    expect(app?.web.host.sessions.size).toBe(1);
    await log.done();
  });

  it("sends nothing while the page has no onAppLifecycleStateChange", async () => {
    app = await serveApp((page) => page.add(new ft.Text("not listening")));
    const page = await newPage();
    const frames: string[] = [];
    page.on("websocket", (ws) => ws.on("framesent", (frame) => frames.push(String(frame.payload))));
    await page.goto(app.url);
    await waitForText(page, "not listening");
    const other = await newPage();
    await other.bringToFront();
    await expect.poll(() => page.evaluate(() => document.visibilityState)).toBe("hidden");
    await page.bringToFront();
    await expect.poll(() => page.evaluate(() => document.visibilityState)).toBe("visible");
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.filter((frame) => frame.includes("appLifecycleStateChange"))).toEqual([]);
  });

  it("the lifecycle example lists the states it saw", async () => {
    app = await serveApp(lifecycleExample);
    const page = await newPage();
    await page.goto(app.url);
    await waitForText(page, "Switch tabs or minimise the window, then come back.");
    await page.bringToFront();
    const other = await newPage();
    await other.bringToFront();
    await page.bringToFront();
    const lines = page.getByText(/^\d\d:\d\d:\d\d \w+$/);
    await expect
      .poll(async () => (await lines.allTextContents()).map((line) => line.slice(9)))
      .toEqual(["inactive", "hide", "show", "resume"]);
  });
});
