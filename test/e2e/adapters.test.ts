// Each hosting example (examples/adapters/) on a free port: the guestbook under
// /apps/myapp works in Chromium, signing reaches every open tab, and the framework's
// own route still answers.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as express from "../../examples/adapters/express.js";
import * as fastify from "../../examples/adapters/fastify.js";
import type { StartedExample } from "../../examples/adapters/guestbook.js";
import * as hono from "../../examples/adapters/hono.js";
import * as koa from "../../examples/adapters/koa.js";
import * as nodeHttp from "../../examples/adapters/node-http.js";
import { launchBrowser, waitForText } from "./browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 30_000);
afterAll(async () => {
  await browser?.close();
});

async function sign(page: Page, name: string): Promise<void> {
  const field = page.getByRole("textbox", { name: "Your name" });
  await field.fill(name);
  await page.getByRole("button", { name: "Sign" }).click();
}

describe.each([
  ["node:http", nodeHttp],
  ["Express", express],
  ["Fastify", fastify],
  ["Koa", koa],
  ["Hono", hono],
] as const)("the %s example", (name, example) => {
  let started: StartedExample;
  let pages: Page[] = [];
  beforeAll(async () => {
    started = await example.start({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    for (const page of pages) await page.close();
    pages = [];
    await started?.close();
  });

  it("has a title and a description", () => {
    expect(example.title).toBe(name);
    expect(example.description).toContain("guestbook");
  });

  it("serves the guestbook under /apps/myapp; signing shows in every open tab", async () => {
    expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/apps\/myapp\/$/);
    const [first, second] = (pages = [await browser.newPage(), await browser.newPage()]);
    for (const page of pages) {
      await page.goto(started.url);
      await waitForText(page, "Guestbook", 15_000);
    }
    await sign(first!, "Ada");
    await waitForText(first!, "Ada signed the guestbook");
    await waitForText(second!, "Ada signed the guestbook");
    expect(await first!.getByRole("textbox", { name: "Your name" }).inputValue()).toBe("");
  });

  it("answers its own route beside the app", async () => {
    const res = await fetch(new URL("/api/health", started.url));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ status: "ok", sessions: expect.any(Number) });
    expect((await fetch(new URL("/nothing-here", started.url))).status).toBe(404);
  });
});
