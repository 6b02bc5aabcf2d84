/**
 * `filepicker`: an invisible `<input type=file>` that the server opens (`pickFiles`,
 * `getDirectoryPath`, `saveFile`) and that uploads picked files to signed URLs.
 * @module
 */

import type { RenderContext } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";

type PickerElement = HTMLDivElement & {
  fletInput?: HTMLInputElement;
  fletFiles?: Map<string, File>;
  fletDirectory?: boolean;
  fletCtx?: RenderContext;
};

const TYPE_ACCEPT: Record<string, string> = {
  image: "image/*",
  video: "video/*",
  audio: "audio/*",
  media: "image/*,video/*",
};

/** The `accept` attribute for a `fileType` and `allowedExtensions`. */
function acceptOf(args: Record<string, unknown>): string {
  const extensions = Array.isArray(args.allowedExtensions)
    ? args.allowedExtensions
        .filter((item): item is string => typeof item === "string" && item !== "")
        .map((item) => `.${item.replace(/^\./, "")}`)
    : [];
  if (extensions.length > 0) return extensions.join(",");
  return TYPE_ACCEPT[String(args.fileType ?? "any")] ?? "";
}

function open(element: PickerElement, args: Record<string, unknown>, directory: boolean): true {
  const input = element.fletInput!;
  input.value = "";
  input.accept = directory ? "" : acceptOf(args);
  input.multiple = !directory && args.allowMultiple === true;
  input.webkitdirectory = directory;
  element.fletDirectory = directory;
  input.click();
  return true;
}

function onPicked(element: PickerElement): void {
  const ctx = element.fletCtx!;
  const files = [...(element.fletInput!.files ?? [])];
  if (files.length === 0) {
    ctx.send("result", { files: null, path: null });
    return;
  }
  element.fletFiles = new Map(files.map((file) => [file.name, file]));
  const first = files[0]!.webkitRelativePath;
  const path = element.fletDirectory && first ? first.split("/")[0] : null;
  ctx.send("result", {
    path,
    files: files.map((file) => ({ name: file.name, size: file.size, path: null })),
  });
}

function put(
  file: File,
  url: string,
  method: string,
  progress: (value: number) => void,
): Promise<string | undefined> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.upload.onprogress = (event) => {
      // 1 is reported only once the server has stored the file.
      if (event.lengthComputable && event.total > 0)
        progress(Math.min(0.99, event.loaded / event.total));
    };
    xhr.onload = () =>
      resolve(
        xhr.status >= 200 && xhr.status < 300
          ? undefined
          : xhr.responseText.trim() || `HTTP ${xhr.status}`,
      );
    xhr.onerror = () => resolve("The connection failed.");
    xhr.ontimeout = () => resolve("The upload timed out.");
    xhr.send(file);
  });
}

async function uploadAll(element: PickerElement, files: unknown[]): Promise<void> {
  const ctx = element.fletCtx!;
  for (const item of files) {
    const spec = (item ?? {}) as Record<string, unknown>;
    const fileName = String(spec.name ?? "");
    const file = element.fletFiles?.get(fileName);
    if (file === undefined || typeof spec.uploadUrl !== "string") {
      ctx.send("upload", { fileName, progress: null, error: "This file was not picked." });
      continue;
    }
    let last = 0;
    ctx.send("upload", { fileName, progress: 0, error: null });
    const error = await put(file, spec.uploadUrl, String(spec.method ?? "PUT"), (value) => {
      // At most one event per 10 percent, always increasing.
      if (value - last < 0.1) return;
      last = value;
      ctx.send("upload", { fileName, progress: value, error: null });
    });
    ctx.send("upload", error ? { fileName, progress: null, error } : { fileName, progress: 1 });
  }
}

/**
 * Draws `filepicker`: a hidden `<input type=file>`. Its methods open the dialog (accept
 * filters from `allowedExtensions` or `fileType`, `multiple`, `webkitdirectory`) and
 * upload picked files with XMLHttpRequest, one after another, sending `upload` events
 * `{ fileName, progress, error }`; a pick (or a cancel) sends `result`.
 */
export const filePickerRenderer: MaterialRenderer<PickerElement> = {
  create(ctx) {
    const element = document.createElement("div") as PickerElement;
    element.style.display = "none";
    const input = document.createElement("input");
    input.type = "file";
    input.tabIndex = -1;
    input.setAttribute("aria-hidden", "true");
    input.addEventListener("change", () => onPicked(element));
    input.addEventListener("cancel", () => ctx.send("result", { files: null, path: null }));
    element.append(input);
    element.fletInput = input;
    element.fletCtx = ctx;
    return element;
  },
  update(element, ctx) {
    element.fletCtx = ctx;
    element.style.display = "none";
  },
  methods: {
    pickFiles: (element, args) => open(element, args, false),
    getDirectoryPath: (element, args) => open(element, args, true),
    saveFile(element, args) {
      // Browsers give pages no save path: the chosen name is the suggested one.
      element.fletCtx?.send("result", {
        path: typeof args.fileName === "string" ? args.fileName : null,
        files: null,
      });
      return true;
    },
    upload(element, args) {
      void uploadAll(element, Array.isArray(args.files) ? args.files : []);
      return true;
    },
  },
};
