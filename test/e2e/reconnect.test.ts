import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite, type TestApp, waitForText } from "./browser.js";

const suite = browserSuite();
let app: TestApp | undefined;
let page: Page | undefined;

function counter(log: { clicks: number; typed: string[] }) {
  return (pg: ft.Page) => {
    const count = new ft.Text("count 0");
    const echo = new ft.Text("echo");
    const field = new ft.TextField({
      label: "Note",
      onChange: () => {
        log.typed.push(field.value ?? "");
        echo.value = `echo ${field.value}`;
      },
    });
    const add = new ft.ElevatedButton("Add", {
      onClick: () => {
        log.clicks++;
        count.value = `count ${log.clicks}`;
      },
    });
    pg.add(count, add, field, echo);
  };
}

describe("reconnect", () => {
  it("keeps clicks and typing made while offline, without doubling them", async () => {
    const log = { clicks: 0, typed: [] as string[] };
    app = await suite.serve(counter(log));
    page = await suite.newPage();
    await page.goto(app.url);
    await page.getByRole("button", { name: "Add" }).click();
    await waitForText(page, "count 1");
    app.refuseSockets(true);
    app.cutSockets();
    await page.getByRole("status").getByText("Reconnecting…").waitFor();
    await page.getByRole("button", { name: "Add" }).click();
    await page.getByRole("button", { name: "Add" }).click();
    await page.getByRole("textbox").pressSequentially("abc", { delay: 10 });
    app.refuseSockets(false);
    await waitForText(page, "count 3", 15_000);
    await waitForText(page, "echo abc");
    expect(log.clicks).toBe(3);
    expect(log.typed).toEqual(["a", "ab", "abc"]);
    expect(await page.getByRole("status").isHidden()).toBe(true);
    expect(app.web.host.sessions.size).toBe(1);
  });

  it("resumes the same session after a reload, and gives a duplicated tab its own", async () => {
    const log = { clicks: 0, typed: [] as string[] };
    app = await suite.serve(counter(log));
    const context = await suite.browser.newContext();
    page = await context.newPage();
    await page.goto(app.url);
    await page.getByRole("button", { name: "Add" }).click();
    await waitForText(page, "count 1");
    await page.reload();
    await waitForText(page, "count 1");
    await page.getByRole("button", { name: "Add" }).click();
    await waitForText(page, "count 2");
    // Each resume rotated the token; the tab saved the new one, so it resumes again.
    await page.reload();
    await waitForText(page, "count 2");
    expect(app.web.host.sessions.size).toBe(1);
    // A duplicate copies the live tab's sessionStorage.
    const storage = await page.evaluate(() => JSON.stringify({ ...sessionStorage }));
    const copy = await context.newPage();
    await copy.addInitScript((items: string) => {
      for (const [key, value] of Object.entries(JSON.parse(items))) {
        sessionStorage.setItem(key, value as string);
      }
    }, storage);
    await copy.goto(app.url);
    await waitForText(copy, "count 0");
    await expect.poll(() => app!.web.host.sessions.size).toBe(2);
    // The original tab keeps its session.
    await page.getByRole("button", { name: "Add" }).click();
    await waitForText(page, "count 3");
    await context.close();
  });

  it("says the server is busy while it is full, and gets in once there is room", async () => {
    app = await suite.serve(counter({ clicks: 0, typed: [] }), { maxSessions: 1 });
    const first = await suite.newPage();
    await first.goto(app.url);
    await waitForText(first, "count 0");
    page = await suite.newPage();
    await page.goto(app.url);
    await page.getByRole("status").getByText("The server is busy. Trying again…").waitFor();
    expect(app.web.host.sessions.size).toBe(1);
    const [id] = app.web.host.sessions.keys();
    await app.web.host.closeSession(id!);
    await waitForText(page, "count 0", 15_000);
    expect(await page.getByRole("status").isHidden()).toBe(true);
    expect(app.web.host.sessions.size).toBe(1);
  });

  it("says the session expired and offers a reload", async () => {
    app = await suite.serve(counter({ clicks: 0, typed: [] }));
    page = await suite.newPage();
    await page.goto(app.url);
    await waitForText(page, "count 0");
    const [id] = app.web.host.sessions.keys();
    app.refuseSockets(true);
    app.cutSockets();
    await app.web.host.closeSession(id!);
    app.refuseSockets(false);
    await waitForText(page, "Session expired", 15_000);
    await page.getByRole("button", { name: "Reload" }).click();
    await waitForText(page, "count 0");
  });
});
