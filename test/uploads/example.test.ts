import * as ft from "flet-ts";
import { createTester } from "flet-ts/testing";
import { describe, expect, it } from "vitest";
import { formatSize, main } from "../../examples/uploads.js";
import { UploadSigner } from "../../src/server/uploads.js";

describe("uploads example", () => {
  it("shows a progress bar per picked file and lists finished uploads", async () => {
    const uploads = new UploadSigner({
      secretKey: "k".repeat(32),
      path: "/upload",
      maxUploadSize: 1e6,
    });
    const t = await createTester(main, { uploads });
    await t.tap(t.find.text("Pick files"));
    expect(t.browser.calls.at(-1)?.method).toBe("pickFiles");
    const picker = t.page.overlay[0] as ft.FilePicker;
    await t.trigger(picker, "result", {
      files: [
        { name: "a.txt", size: 2048 },
        { name: "b.txt", size: 3 },
      ],
    });
    await t.settle();
    expect(t.find.text("a.txt (2.0 KB)").exists).toBe(true);
    const bars = t.find.byType(ft.ProgressBar).all as ft.ProgressBar[];
    expect(bars.map((bar) => bar.value)).toEqual([0, 0]);
    await t.trigger(picker, "upload", { fileName: "a.txt", progress: 0.5 });
    expect(bars[0]!.value).toBe(0.5);
    await t.trigger(picker, "upload", { fileName: "a.txt", progress: 1 });
    await t.trigger(picker, "upload", { fileName: "b.txt", progress: null, error: "HTTP 413" });
    expect(t.find.text("Uploaded a.txt.").exists).toBe(false);
    expect(t.find.text("b.txt: HTTP 413").exists).toBe(true);
    expect(t.find.byType(ft.ListTile).all).toHaveLength(1);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it("formats sizes", () => {
    expect([formatSize(5), formatSize(1536), formatSize(3 * 1024 * 1024)]).toEqual([
      "5 B",
      "1.5 KB",
      "3.0 MB",
    ]);
  });
});
