import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type CliProcess, startCli, tempApp, tempDir } from "./helpers.js";

const RUNNING = /is running at (http:\/\/\S+)/;

/** An app whose page shows `label` and the route, with a button that goes to /store. */
function routedApp(label: string): string {
  return `import * as ft from "flet-ts";
await ft.app((page) => {
  const show = () => {
    page.clean();
    page.add(
      new ft.Text(\`${label} at \${page.route}\`),
      new ft.ElevatedButton("Go to the store", { onClick: () => page.go("/store") }),
    );
  };
  page.onRouteChange = show;
  show();
});
`;
}

describe("flet-ts run", () => {
  const running: CliProcess[] = [];
  const start = (args: string[], cwd: string) => {
    const cli = startCli(args, cwd);
    running.push(cli);
    return cli;
  };
  const folders: { remove(): void }[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((cli) => cli.stop()));
  });
  afterAll(() => {
    for (const folder of folders) folder.remove();
  });

  it("says which files it looked for when there is no app, and exits with 1", async () => {
    const dir = tempDir();
    folders.push(dir);
    const cli = start(["run"], dir.path);
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toContain(
      "flet-ts: Expected an app in this folder, but found none of main.ts, app.ts, main.js, app.js.",
    );
    const missing = start(["run", "nope.ts"], dir.path);
    expect(await missing.exited).toBe(1);
    expect(missing.output()).toContain("but nope.ts does not exist");
  });

  it("serves a TypeScript app and prints its URL; SIGTERM stops it", async () => {
    const app = tempApp({ "app.ts": routedApp("v1") });
    folders.push(app);
    const cli = start(["run", "app.ts", "--port", "0", "--host", "127.0.0.1"], app.path);
    const [, url] = await cli.waitFor(RUNNING);
    const response = await fetch(url!);
    expect(response.status).toBe(200);
    // The URL is printed once, by the CLI (the app's own "App running at" is left out).
    expect(cli.output().split(url!).length - 1, cli.output()).toBe(1);
    expect((await response.text()).toLowerCase()).toContain("<!doctype html>");
    expect(await cli.stop("SIGTERM")).toBe(143);
    expect(cli.output()).toContain("SIGTERM: shutting down.");
  });

  it("stops the app when the CLI itself is killed", async () => {
    const app = tempApp({ "app.ts": routedApp("v1") });
    folders.push(app);
    const cli = start(["run", "app.ts", "--port", "0", "--host", "127.0.0.1"], app.path);
    const [, url] = await cli.waitFor(RUNNING);
    await cli.stop("SIGKILL");
    const deadline = Date.now() + 10_000;
    let up = true;
    while (up && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      up = await fetch(url!).then(
        () => true,
        () => false,
      );
    }
    expect(up).toBe(false);
  }, 20_000);

  it("finds main.js in a folder, passes the settings and arguments, and exits with its code", async () => {
    const app = tempApp({
      "main.js": `const e = process.env;
console.log("APP", JSON.stringify([process.argv.slice(2), e.FLET_FORCE_WEB_SERVER, e.FLET_SERVER_PORT, e.FLET_SERVER_IP, e.FLET_WEB_APP_PATH, e.FLET_TS_HOT_RELOAD ?? null]));
process.exit(3);
`,
    });
    folders.push(app);
    const cli = start(
      ["run", ".", "--port", "9123", "--host", "127.0.0.1", "--path", "apps/x", "--", "-a", "b"],
      app.path,
    );
    expect(await cli.exited).toBe(3);
    expect(cli.output()).toContain(
      `APP ${JSON.stringify([["-a", "b"], "true", "9123", "127.0.0.1", "/apps/x", null])}`,
    );
  });

  it("serves under --path", async () => {
    const app = tempApp({ "main.ts": routedApp("v1") });
    folders.push(app);
    const cli = start(["run", "--port", "0", "--host", "127.0.0.1", "--path", "/apps/x"], app.path);
    const [, url] = await cli.waitFor(RUNNING);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/apps\/x\/$/);
    expect((await fetch(url!)).status).toBe(200);
  });

  it("with -r, restarts on save, and waits for a fix after a syntax error", async () => {
    const app = tempApp({ "app.ts": routedApp("v1") });
    folders.push(app);
    const cli = start(["run", "-r", "app.ts", "--port", "0", "--host", "127.0.0.1"], app.path);
    const [, url] = await cli.waitFor(RUNNING);
    await cli.waitFor(/watching for changes/);

    let from = cli.output().length;
    writeFileSync(join(app.path, "app.ts"), "export const broken = ;\n");
    await cli.waitFor(/reloading \(changed: app\.ts\)/, 10_000, from);
    await cli.waitFor(/app\.ts exited with code 1; fix it and save to restart\./, 20_000, from);

    from = cli.output().length;
    writeFileSync(join(app.path, "app.ts"), routedApp("v2"));
    const [, again] = await cli.waitFor(/reloaded at (http:\/\/\S+)/, 20_000, from);
    expect(again).toBe(url); // the same port, so open tabs find the app again
    expect((await fetch(url!)).status).toBe(200);

    from = cli.output().length;
    writeFileSync(join(app.path, "notes.txt"), "not a source file");
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(cli.output().slice(from)).not.toContain("reloading");
  }, 60_000);
});

describe("flet-ts run -r in a browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
      ],
    });
  }, 30_000);
  afterAll(() => browser?.close());

  it("reloads an open tab with the new code, at the same route", async () => {
    const app = tempApp({ "app.ts": routedApp("v1") });
    const cli = startCli(["run", "-r", "--port", "0", "--host", "127.0.0.1"], app.path);
    try {
      const [, url] = await cli.waitFor(RUNNING);
      const page = await browser.newPage();
      await page.goto(url!);
      await page.getByText("v1 at /", { exact: true }).waitFor({ timeout: 15_000 });
      await page.getByText("Go to the store").click();
      await page.getByText("v1 at /store", { exact: true }).waitFor({ timeout: 5_000 });
      expect(new URL(page.url()).pathname).toBe("/store");

      let loads = 0;
      page.on("load", () => loads++);
      const from = cli.output().length;
      const source = readFileSync(join(app.path, "app.ts"), "utf8");
      writeFileSync(join(app.path, "app.ts"), source.replace("`v1 at", "`v2 at"));
      await cli.waitFor(/reloaded at/, 20_000, from);
      await page.getByText("v2 at /store", { exact: true }).waitFor({ timeout: 15_000 });
      expect(new URL(page.url()).pathname).toBe("/store");
      // One reload, then it stays: the new session is not mistaken for the old one.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(loads).toBe(1);
      expect(await page.getByText("v2 at /store", { exact: true }).isVisible()).toBe(true);
    } finally {
      await cli.stop();
      app.remove();
    }
  }, 60_000);

  it("shows why the app stopped in an open tab and on a page load, then reloads the fixed app", async () => {
    const app = tempApp({ "app.ts": routedApp("v1") });
    const cli = startCli(["run", "-r", "--port", "0", "--host", "127.0.0.1"], app.path);
    try {
      const [, url] = await cli.waitFor(RUNNING);
      const page = await browser.newPage();
      await page.goto(url!);
      await page.getByText("v1 at /", { exact: true }).waitFor({ timeout: 15_000 });
      let from = cli.output().length;
      writeFileSync(join(app.path, "app.ts"), 'throw new Error("the database is not set up");\n');
      await cli.waitFor(/exited with code 1; fix it and save to restart/, 20_000, from);
      // The open tab: the dev overlay says which file stopped and the error it threw.
      const overlay = page.getByRole("alert");
      await overlay.getByText(/FLET_ERR_APP_STOPPED: app\.ts stopped with an error/).waitFor({
        timeout: 15_000,
      });
      await overlay
        .getByText(/the database is not set up/)
        .first()
        .waitFor();
      // A new page load: the same, as a page (503) that reloads itself.
      const fresh = await fetch(url!);
      expect(fresh.status).toBe(503);
      expect(await fresh.text()).toContain("the database is not set up");

      from = cli.output().length;
      writeFileSync(join(app.path, "app.ts"), routedApp("v2"));
      await cli.waitFor(/reloaded at/, 20_000, from);
      await page.getByText("v2 at /", { exact: true }).waitFor({ timeout: 20_000 });
    } finally {
      await cli.stop();
      app.remove();
    }
  }, 90_000);
});
