import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ft from "flet-ts";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, serveApp, type TestApp, waitForText } from "./browser.js";

let browser: Browser;
let app: TestApp | undefined;
let page: Page | undefined;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), "flet-e2e-uploads-"));
}, 30_000);
afterAll(async () => {
  await page?.close();
  await app?.close();
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("uploads in Chromium", () => {
  it("picks several files and uploads them, with progress in order on the server", async () => {
    const uploadDir = join(dir, "uploads");
    const events: { fileName: string; progress: number | undefined; error: string | undefined }[] =
      [];
    const picked: string[] = [];
    app = await serveApp(
      (pg) => {
        const status = new ft.Text("idle");
        const picker: ft.FilePicker = new ft.FilePicker({
          onResult: (e) => {
            for (const file of e.files ?? []) picked.push(`${file.name}:${file.size}`);
            status.value = `picked ${e.files?.length ?? 0}`;
            return picker.upload(
              (e.files ?? []).map((f) => ({
                name: f.name,
                uploadUrl: pg.getUploadUrl(f.name, 60),
              })),
            );
          },
          onUpload: (e) => {
            events.push({ fileName: e.fileName, progress: e.progress, error: e.error });
            if (e.progress === 1) status.value = `done ${e.fileName}`;
          },
        });
        pg.overlay.push(picker);
        pg.add(
          status,
          new ft.ElevatedButton("Pick files", {
            onClick: () =>
              picker.pickFiles({ allowMultiple: true, allowedExtensions: ["txt", "bin"] }),
          }),
        );
      },
      { uploadDir, maxUploadSize: 16 * 1024 * 1024 },
    );
    page = await browser.newPage();
    await page.goto(app.url);
    await waitForText(page, "idle");
    const big = Buffer.alloc(4 * 1024 * 1024, 7);
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Pick files" }).click();
    const fileChooser = await chooser;
    expect(fileChooser.isMultiple()).toBe(true);
    await fileChooser.setFiles([
      { name: "one.txt", mimeType: "text/plain", buffer: Buffer.from("first file") },
      { name: "big.bin", mimeType: "application/octet-stream", buffer: big },
      { name: "three.txt", mimeType: "text/plain", buffer: Buffer.from("third") },
    ]);
    await waitForText(page, "done three.txt", 15_000);
    expect(picked).toEqual(["one.txt:10", `big.bin:${big.length}`, "three.txt:5"]);
    expect(events.every((e) => e.error === undefined)).toBe(true);
    // One file after another, each from 0 to 1, never going back.
    const order = events.map((e) => e.fileName).filter((n, i, all) => all[i - 1] !== n);
    expect(order).toEqual(["one.txt", "big.bin", "three.txt"]);
    for (const name of order) {
      const progress = events.filter((e) => e.fileName === name).map((e) => e.progress!);
      expect(progress[0]).toBe(0);
      expect(progress.at(-1)).toBe(1);
      expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    }
    expect((await readdir(uploadDir)).sort()).toEqual(["big.bin", "one.txt", "three.txt"]);
    expect(await readFile(join(uploadDir, "one.txt"), "utf8")).toBe("first file");
    expect((await readFile(join(uploadDir, "big.bin"))).equals(big)).toBe(true);
  }, 30_000);
});
