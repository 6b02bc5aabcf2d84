// Scale-out end to end: redis-server, two app processes and nginx in front of them with
// sticky sessions (hash on a cookie), all started here on free loopback ports; two
// Chromium contexts, each pinned to its own process. Pubsub crosses processes through
// Redis; HTTP and WebSocket stay on their process; a killed process costs only its pages.
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { launchBrowser } from "../e2e/browser.js";
import {
  type Child,
  freePort,
  type NginxServer,
  type RedisServer,
  startChild,
  startNginx,
  startRedis,
  waitForPort,
} from "./servers.js";

const CHAT_APP = fileURLToPath(new URL("./fixtures/chat-app.ts", import.meta.url));

let redis: RedisServer | undefined;
let nginx: NginxServer | undefined;
const apps = new Map<string, { child: Child; port: number }>();
let browser: Browser | undefined;

async function startApp(name: string, redisUrl: string): Promise<void> {
  const port = await freePort();
  const child = startChild(name, process.execPath, ["--import", "tsx", CHAT_APP], {
    FLET_SERVER_PORT: String(port),
    FLET_SERVER_IP: "127.0.0.1",
    FLET_FORCE_WEB_SERVER: "true",
    FLET_PUBSUB_URL: redisUrl,
    FLET_SECRET_KEY: "the-same-secret-in-every-process",
    FLET_TS_NODE_NAME: name,
    NODE_ENV: "production",
  });
  apps.set(name, { child, port });
  await waitForPort(port, 30_000, child);
}

beforeAll(async () => {
  redis = await startRedis();
  await Promise.all(["node-a", "node-b"].map((name) => startApp(name, redis!.url)));
  nginx = await startNginx([...apps.values()].map((app) => app.port));
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  await Promise.all([...apps.values()].map((app) => app.child.kill()));
  await redis?.stop();
}, 30_000);

/** A browser context whose `flet_affinity` cookie is `value`, and a tab in it. */
async function pinnedTab(value: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser!.newContext();
  await context.addCookies([{ name: "flet_affinity", value, url: nginx!.url }]);
  const page = await context.newPage();
  return { context, page };
}

/** The process named on the page ("process node-a" → "node-a"). */
async function processOf(page: Page): Promise<string> {
  const text = await page.getByText(/^process /).textContent({ timeout: 20_000 });
  return text!.slice("process ".length);
}

async function sessionOf(page: Page): Promise<string> {
  return (await page.getByText(/^session /).textContent())!;
}

/** Which process answers this tab's plain HTTP requests (its cookies included). */
function whoami(page: Page): Promise<string> {
  return page.evaluate(() => fetch("/whoami", { cache: "no-store" }).then((res) => res.text()));
}

async function send(page: Page, text: string): Promise<void> {
  await page.getByRole("textbox").fill(text);
  await page.getByRole("button", { name: "Send" }).click();
}

function shows(page: Page, text: string, timeout = 10_000): Promise<void> {
  return page.getByText(text, { exact: true }).first().waitFor({ timeout });
}

describe("several processes behind nginx with sticky sessions", () => {
  it("serves one app: pubsub crosses processes, each browser stays on its process, a dead process costs only its own pages", async () => {
    onTestFailed(() => {
      for (const child of [...[...apps.values()].map((app) => app.child), nginx!.child])
        console.error(`── ${child.name} output ──\n${child.output}`);
    });
    // Find two cookie values that nginx hashes to different processes.
    const tabs = new Map<string, { context: BrowserContext; page: Page; cookie: string }>();
    for (let i = 0; tabs.size < 2 && i < 40; i++) {
      const cookie = `user-${i}`;
      const tab = await pinnedTab(cookie);
      await tab.page.goto(nginx!.url);
      const name = await processOf(tab.page);
      if (tabs.has(name)) await tab.context.close();
      else tabs.set(name, { ...tab, cookie });
    }
    expect([...tabs.keys()].sort()).toEqual(["node-a", "node-b"]);
    const a = tabs.get("node-a")!.page;
    const b = tabs.get("node-b")!.page;

    // Plain HTTP from each tab reaches the same process as its WebSocket.
    expect(await whoami(a)).toBe("node-a");
    expect(await whoami(b)).toBe("node-b");

    // A message typed on node-a reaches the page on node-b (through Redis), and back.
    let started = Date.now();
    await send(a, "hello from a");
    await shows(b, "node-a: hello from a");
    const crossMs = Date.now() - started;
    await shows(a, "node-a: hello from a");
    started = Date.now();
    await send(b, "hi from b");
    await shows(a, "node-b: hi from b");
    const backMs = Date.now() - started;
    console.info(
      `scale-out: a message typed on one process showed on the other after ${crossMs} ms and ${backMs} ms (click to paint, through nginx and Redis)`,
    );

    // Sticky: a reload lands on the same process and resumes the same session.
    const session = await sessionOf(a);
    await a.reload();
    expect(await processOf(a)).toBe("node-a");
    expect(await sessionOf(a)).toBe(session);
    await shows(a, "node-b: hi from b");
    expect(await whoami(a)).toBe("node-a");
    await send(b, "after the reload");
    await shows(a, "node-b: after the reload");

    // node-b dies: its page says it is reconnecting; node-a's page keeps working.
    // The pill shows until the first retry (about half a second); record every text it shows.
    await b.evaluate(() => {
      const pill = document.querySelector<HTMLElement>('[role="status"]')!;
      const shown: string[] = [];
      Object.assign(window, { shownStatuses: shown });
      new MutationObserver(() => {
        if (!pill.hidden) shown.push(pill.textContent ?? "");
      }).observe(pill, { attributes: true, childList: true, characterData: true, subtree: true });
    });
    await apps.get("node-b")!.child.kill(0);
    await b.waitForFunction(
      () =>
        (window as unknown as { shownStatuses: string[] }).shownStatuses.includes("Reconnecting…"),
      undefined,
      { timeout: 10_000 },
    );
    await send(a, "still here");
    await shows(a, "node-a: still here");
    // nginx fails over to node-a, which does not know b's session: b starts a new session
    // there by itself (handing it what was typed), with no prompt, and receives again.
    await expect.poll(() => processOf(b), { timeout: 20_000 }).toBe("node-a");
    expect(await b.getByText("Session expired").count()).toBe(0);
    await send(a, "welcome back");
    await shows(b, "node-a: welcome back");
    for (const tab of tabs.values()) await tab.context.close();
  }, 120_000);
});
