import * as ft from "flet-ts";
import { createTester } from "flet-ts/testing";
import { describe, expect, it } from "vitest";
import { UploadSigner } from "../../src/server/uploads.js";

function signer() {
  return new UploadSigner({ secretKey: "k".repeat(32), path: "/upload", maxUploadSize: 1000 });
}

describe(ft.FilePicker, () => {
  it("declares onResult and onUpload with their event classes", () => {
    const schema = ft.schemaOf(ft.FilePicker);
    expect(schema.type).toBe("filepicker");
    expect(schema.events.map((e) => e.handler)).toEqual(["onResult", "onUpload"]);
  });

  it("pickFiles asks the browser, and the result event reaches onResult", async () => {
    const results: ft.FilePickerResultEvent[] = [];
    const picker = new ft.FilePicker({ onResult: (e) => void results.push(e) });
    const t = await createTester((page) => {
      page.overlay.push(picker);
      page.update();
    });
    await picker.pickFiles({ allowedExtensions: ["png", "jpg"], allowMultiple: true });
    expect(t.browser.calls.at(-1)).toEqual({
      method: "pickFiles",
      args: { allowedExtensions: ["png", "jpg"], allowMultiple: true },
      target: picker.uid,
    });
    await t.trigger(picker, "result", {
      path: null,
      files: [
        { name: "a.png", size: 10, path: null },
        { name: "b.jpg", size: 20, path: null },
      ],
    });
    await t.trigger(picker, "result", { files: null, path: null });
    expect(results.map((e) => e.files)).toEqual([
      [
        { name: "a.png", size: 10, path: undefined },
        { name: "b.jpg", size: 20, path: undefined },
      ],
      undefined,
    ]);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it("saveFile and getDirectoryPath are browser calls too", async () => {
    const picker = new ft.FilePicker();
    const t = await createTester((page) => {
      page.overlay.push(picker);
      page.update();
    });
    await picker.saveFile({ fileName: "out.txt" });
    await picker.getDirectoryPath({ dialogTitle: "Pick a folder" });
    expect(t.browser.calls.slice(-2).map((c) => [c.method, c.args])).toEqual([
      ["saveFile", { fileName: "out.txt" }],
      ["getDirectoryPath", { dialogTitle: "Pick a folder" }],
    ]);
    await t.close();
  });

  it("upload sends signed URLs, and upload events arrive in order", async () => {
    const uploads = signer();
    const events: [string, number | undefined, string | undefined][] = [];
    let sessionId = "";
    const picker = new ft.FilePicker({
      onUpload: (e) => void events.push([e.fileName, e.progress, e.error]),
    });
    const t = await createTester(
      (page) => {
        sessionId = page.sessionId;
        picker.onResult = (e) =>
          picker.upload(
            (e.files ?? []).map((f) => ({
              name: f.name,
              uploadUrl: page.getUploadUrl(f.name, 60),
            })),
          );
        page.overlay.push(picker);
        page.update();
      },
      { uploads },
    );
    await t.trigger(picker, "result", {
      files: [
        { name: "a.txt", size: 3 },
        { name: "b.txt", size: 4 },
      ],
    });
    await t.settle();
    const call = t.browser.calls.find((c) => c.method === "upload");
    const files = call?.args.files as { name: string; uploadUrl: string; method: string }[];
    expect(files.map((f) => [f.name, f.method])).toEqual([
      ["a.txt", "PUT"],
      ["b.txt", "PUT"],
    ]);
    for (const file of files) {
      const url = new URL(file.uploadUrl, "http://x");
      expect(url.searchParams.get("sid")).toBe(sessionId);
      expect(uploads.verify("PUT", url.pathname, url.searchParams)).toHaveProperty("grant");
    }
    for (const data of [
      { fileName: "a.txt", progress: 0 },
      { fileName: "a.txt", progress: 0.5 },
      { fileName: "a.txt", progress: 1 },
      { fileName: "b.txt", progress: 0 },
      { fileName: "b.txt", progress: null, error: "HTTP 413" },
    ])
      await t.trigger(picker, "upload", data);
    expect(events).toEqual([
      ["a.txt", 0, undefined],
      ["a.txt", 0.5, undefined],
      ["a.txt", 1, undefined],
      ["b.txt", 0, undefined],
      ["b.txt", undefined, "HTTP 413"],
    ]);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it("page.getUploadUrl needs uploads on, and a plain file name", async () => {
    let page!: ft.Page;
    const t = await createTester((p) => void (page = p));
    expect(() => page.getUploadUrl("a.txt", 60)).toThrow(/no upload directory/);
    await t.close();
    const t2 = await createTester((p) => void (page = p), { uploads: signer() });
    expect(page.getUploadUrl("a.txt", 60)).toMatch(
      /^\/upload\?sid=.+&f=a\.txt&max=1000&e=\d+&n=[0-9a-f]{24}&s=[0-9a-f]{64}$/,
    );
    expect(() => page.getUploadUrl("../a.txt", 60)).toThrow(/plain file name/);
    await t2.close();
  });

  it("reads bad event payloads safely", () => {
    const picker = new ft.FilePicker();
    const upload = new ft.FilePickerUploadEvent(picker, "upload", { fileName: 3, progress: 7 });
    expect([upload.fileName, upload.progress, upload.error]).toEqual(["3", 1, undefined]);
    const result = new ft.FilePickerResultEvent(picker, "result", "not json");
    expect([result.files, result.path]).toEqual([undefined, undefined]);
  });
});
