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

  it("replaces a session the server lost by a new one that gets what the user typed", async () => {
    const log = { clicks: 0, typed: [] as string[] };
    const restores: ft.PageRestoreEvent[] = [];
    const main = counter(log);
    app = await suite.serve((pg) => {
      pg.onRestore = (e) => void restores.push(e);
      main(pg);
    });
    page = await suite.newPage();
    await page.goto(app.url);
    await waitForText(page, "count 0");
    const field = page.getByRole("textbox", { name: "Note" });
    await field.pressSequentially("Dear", { delay: 10 });
    await waitForText(page, "echo Dear");
    // The server loses the session (as after a restart) while the user keeps typing.
    const [id] = app.web.host.sessions.keys();
    app.refuseSockets(true);
    app.cutSockets();
    await app.web.host.closeSession(id!);
    await page.getByRole("status").getByText("Reconnecting…").waitFor();
    await field.pressSequentially(" Ada", { delay: 10 });
    await page.getByRole("button", { name: "Add" }).click();
    app.refuseSockets(false);
    // A new session: the field holds everything typed, and no "Session expired" prompt.
    await expect.poll(() => app!.web.host.sessions.size, { timeout: 15_000 }).toBe(1);
    const [next] = app.web.host.sessions.keys();
    expect(next).not.toBe(id);
    await expect.poll(() => restores.length, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => field.inputValue()).toBe("Dear Ada");
    expect(restores[0]!.values.map((v) => [v.name, v.value])).toEqual([["value", "Dear Ada"]]);
    expect(restores[0]!.events.map((e) => e.name).at(-1)).toBe("click");
    expect(await page.getByText("Session expired").count()).toBe(0);
    // The new session is live: it counts clicks (from 0: main ran again).
    await page.getByRole("button", { name: "Add" }).click();
    await waitForText(page, "count 1");
    // And a reload resumes the new session.
    await page.reload();
    await waitForText(page, "count 1");
  });

  it("starts a new session at once after a reload whose session is gone", async () => {
    app = await suite.serve(counter({ clicks: 0, typed: [] }));
    page = await suite.newPage();
    await page.goto(app.url);
    await waitForText(page, "count 0");
    const [id] = app.web.host.sessions.keys();
    await app.web.host.closeSession(id!);
    await page.reload();
    // A reload keeps nothing typed: it starts a new session at once.
    await waitForText(page, "count 0");
    await expect.poll(() => app!.web.host.sessions.size).toBe(1);
    expect(await page.getByText("Session expired").count()).toBe(0);
  });
});
