import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import type { CliIo } from "../../src/cli/cli-io.js";
import { buildStatic } from "../../src/static/build.js";
import { launchBrowser, waitForText } from "./browser.js";
import { startNginx } from "./nginx.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const APPS = {
  countdown: "examples/countdown.ts",
  todo: "examples/todo.ts",
  counter: "examples/custom-controls.ts",
  features: "test/e2e/fixtures/static-server-features.ts",
  ftApp: "test/e2e/fixtures/static-ft-app.ts",
  // A third-party pack (flet-sparks, listed in this project's package.json).
  sparks: "examples/sparks.ts",
};

let site = "";
let url = "";
let nginx: { url: string; stop(): Promise<void> } | undefined;
let browser: Browser | undefined;
const output: string[] = [];
const io: CliIo = {
  out: (text: string) => void output.push(text),
  err: (text: string) => void output.push(text),
};

/** Debian's nginx serving `root` as static files, and nothing else. */
async function startSite(root: string): Promise<{ url: string; stop(): Promise<void> }> {
  const nginx = await startNginx({
    server: `root ${root};`,
    ready: "/countdown/",
    mimeTypes: true,
  });
  return { url: `${nginx.origin}/`, stop: () => nginx.stop() };
}

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), "flet-static-site-"));
  // Each app in its own sub-folder: a static build works at any path.
  for (const [name, file] of Object.entries(APPS)) {
    const code = await cli(["build", "--static", file, "--out", join(site, name)], io);
    expect(code, output.join("")).toBe(0);
  }
  nginx = await startSite(site);
  url = nginx.url;
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  if (site) await rm(site, { recursive: true, force: true });
});

async function open(app: keyof typeof APPS): Promise<Page> {
  const page = await browser!.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  const response = await page.goto(`${url}${app}/`);
  expect(response?.status()).toBe(200);
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

describe("flet-ts build --static, served by nginx", () => {
  it("prints what it built", () => {
    expect(output.join("")).toMatch(/Built examples\/countdown\.ts into .*countdown\/ \(\d+ files/);
  });

  it("counts down in the Countdown example (tasks and timers run in the Worker)", async () => {
    const page = await open("countdown");
    try {
      await waitForText(page, "02:00", 20_000);
      await waitForText(page, "01:58", 10_000);
      await waitForText(page, "00:58", 10_000);
      expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("counts in the counter example, by mouse and keyboard", async () => {
    const page = await open("counter");
    try {
      const increase = page.getByRole("button", { name: "Increase Apples" });
      await increase.click({ timeout: 20_000 });
      await increase.click();
      await waitForText(page, "2");
      await page.getByRole("button", { name: "Decrease Apples" }).focus();
      await page.keyboard.press("Enter");
      await waitForText(page, "1");
    } finally {
      await page.close();
    }
  });

  it("reconnects over a new MessagePort and resumes the session, losing no click", async () => {
    const page = await open("counter");
    try {
      const increase = page.getByRole("button", { name: "Increase Pears" });
      await increase.click({ timeout: 20_000 });
      await waitForText(page, "1");
      await page.evaluate(() =>
        (
          window as unknown as { __fletClient: { connection: { disconnect(): void } } }
        ).__fletClient.connection.disconnect(),
      );
      await increase.click();
      await increase.click();
      await waitForText(page, "3", 15_000);
      // The same session: the other counter kept its value, nothing was rebuilt.
      expect(await page.getByText("0", { exact: true }).count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it("adds an item in the To-do example", async () => {
    const page = await open("todo");
    try {
      const field = page.getByRole("textbox", { name: "What needs to be done?" });
      await field.fill("Buy milk", { timeout: 20_000 });
      await page.getByRole("button", { name: "Add task" }).click();
      await waitForText(page, "Buy milk");
      await waitForText(page, "1 item left");
      await page.getByRole("checkbox", { name: "Buy milk" }).click();
      await waitForText(page, "0 items left");
    } finally {
      await page.close();
    }
  });

  it("runs an app that calls ft.app(main) itself, unchanged", async () => {
    const page = await open("ftApp");
    try {
      await page.getByRole("button", { name: "Click" }).click({ timeout: 20_000 });
      await waitForText(page, "clicked 1");
    } finally {
      await page.close();
    }
  });

  it("says FLET_ERR_STATIC_UNSUPPORTED for uploads, page.executor, sign-in and env; runThread runs", async () => {
    const page = await open("features");
    try {
      await waitForText(page, "upload: FLET_ERR_STATIC_UNSUPPORTED", 20_000);
      await waitForText(page, "executor: FLET_ERR_STATIC_UNSUPPORTED");
      await waitForText(page, "login: FLET_ERR_STATIC_UNSUPPORTED");
      await waitForText(page, "thread: 2");
      expect(await page.locator("#flet-root").innerText()).toContain(
        "env: FLET_ERR_STATIC_UNSUPPORTED",
      );
      await waitForText(page, "thread: 2");
    } finally {
      await page.close();
    }
  });

  it("bundles no Node built-in into the Worker, and serves no server endpoint", async () => {
    const worker = await readFile(join(site, "countdown/_flet/app-worker.js"), "utf8");
    expect(worker).not.toMatch(/["']node:/);
    expect(worker).not.toMatch(/\brequire\(/);
    const index = await readFile(join(site, "todo/index.html"), "utf8");
    expect(index).toContain('"transport":"worker"');
    const ws = await fetch(`${url}todo/ws`);
    expect(ws.status).toBe(404);
  });
});

describe("a third-party pack in a static build", () => {
  it("draws the pack's controls and runs their events in the Worker", async () => {
    const page = await open("sparks");
    await waitForText(page, "How did we do?", 30_000);
    expect(await page.locator(".flet-unknown").count()).toBe(0);
    const rating = page.getByRole("slider", { name: "Rate Trail running shoes" });
    await rating.locator('[data-star="4"] .sparks-hit').click();
    // Text only the app's handler writes: the pack's event reached the Worker.
    await waitForText(page, "You rated it 4 of 5");
    await expect
      .poll(() => page.getByRole("img", { name: /^Ratings over time:/ }).getAttribute("aria-label"))
      .toBe("Ratings over time: 9 values, from 3 to 5, last 4");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});

describe("what cannot be built statically", () => {
  it.each([
    ["a named import of the server", "static-server-name.ts", "WebApp"],
    ["the server through the namespace", "static-server-namespace.ts", "findPacks"],
  ])("fails with FLET_ERR_STATIC_UNSUPPORTED for %s, naming it", async (_, file, name) => {
    const out = await mkdtemp(join(tmpdir(), "flet-static-bad-"));
    try {
      const built = buildStatic({ app: join(ROOT, "test/e2e/fixtures", file), out });
      await expect(built).rejects.toThrow(
        new RegExp(
          `${file.replace(".", "\\.")}:\\d+: Expected only what runs in the browser, but the app uses "${name}" from flet-ts, which belongs to its server.*flet-ts run.*FLET_ERR_STATIC_UNSUPPORTED`,
          "s",
        ),
      );
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it("fails with FLET_ERR_STATIC_UNSUPPORTED for a server adapter", async () => {
    const out = await mkdtemp(join(tmpdir(), "flet-static-bad-"));
    try {
      await expect(
        buildStatic({ app: join(ROOT, "test/e2e/fixtures/static-server-adapter.ts"), out }),
      ).rejects.toThrow(
        /imports "flet-ts\/express", which is server or test code.*FLET_ERR_STATIC_UNSUPPORTED/s,
      );
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it("fails with FLET_ERR_STATIC_UNSUPPORTED naming the file that imports a Node built-in", async () => {
    const out = await mkdtemp(join(tmpdir(), "flet-static-bad-"));
    try {
      await expect(
        buildStatic({ app: join(ROOT, "test/e2e/fixtures/static-node-import.ts"), out }),
      ).rejects.toThrow(/static-node-import\.ts.*"node:fs".*FLET_ERR_STATIC_UNSUPPORTED/s);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it("refuses `flet-ts build` without --static (exit code 2)", async () => {
    const errors: string[] = [];
    const code = await cli(["build", "examples/countdown.ts"], {
      out: () => {},
      err: (text: string) => void errors.push(text),
    });
    expect(code).toBe(2);
    expect(errors.join("")).toContain("Expected --static");
  });

  it("lists build in the help", async () => {
    const lines: string[] = [];
    await cli(["build", "--help"], { out: (text: string) => void lines.push(text), err: () => {} });
    expect(lines.join("")).toContain("flet-ts build --static app.ts");
  });
});
