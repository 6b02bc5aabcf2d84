import {
  Control,
  ControlEvent,
  type ControlOptions,
  control,
  type EventHandler,
  event,
} from "flet-ts/pack";
import { payloadOf } from "./events/payload.js";

/** Which files a {@link FilePicker} dialog offers. */
export const FilePickerFileType = {
  ANY: "any",
  MEDIA: "media",
  IMAGE: "image",
  VIDEO: "video",
  AUDIO: "audio",
  /** Only `allowedExtensions`. */
  CUSTOM: "custom",
} as const;
/** One of {@link FilePickerFileType}. */
export type FilePickerFileType = (typeof FilePickerFileType)[keyof typeof FilePickerFileType];

/** A file the user picked: its name, size in bytes, and path (`undefined` in a browser). */
export interface FilePickerFile {
  /** The file's name, without a directory. */
  readonly name: string;
  /** Its size in bytes. */
  readonly size: number;
  /** Its path on the user's machine; browsers never tell it, so `undefined` there. */
  readonly path: string | undefined;
}

/** A file to upload with {@link FilePicker.upload}: a picked file's name and its signed URL. */
export interface FilePickerUploadFile {
  /** The picked file's name. */
  name: string;
  /** Where to send it: `page.getUploadUrl(name, seconds)`. */
  uploadUrl: string;
  /** The HTTP method. Default `PUT`. */
  method?: string;
}

/**
 * The outcome of a FilePicker dialog: handed to `onResult`. `files` is `undefined` when
 * the user cancelled (or for `saveFile`/`getDirectoryPath`, which set `path`).
 *
 * @example
 * ```ts
 * picker.onResult = (e) => { names.value = e.files?.map((f) => f.name).join(", ") ?? "Cancelled"; };
 * ```
 */
export class FilePickerResultEvent extends ControlEvent<FilePicker> {
  /** The chosen path (save dialog) or directory name, if any. */
  readonly path: string | undefined;
  /** The picked files, or `undefined` when nothing was picked. */
  readonly files: readonly FilePickerFile[] | undefined;

  constructor(control: FilePicker, name: string, data?: unknown) {
    super(control, name, data);
    const payload = payloadOf(data);
    this.path = typeof payload.path === "string" ? payload.path : undefined;
    this.files = Array.isArray(payload.files)
      ? payload.files.map((item) => {
          const file = payloadOf(item);
          return {
            name: String(file.name ?? ""),
            size: typeof file.size === "number" && file.size >= 0 ? file.size : 0,
            path: typeof file.path === "string" ? file.path : undefined,
          };
        })
      : undefined;
  }
}

/**
 * Progress of one file's upload: handed to `onUpload`. `progress` runs from 0 to 1 (1 =
 * stored on the server); `error` is set when the upload failed.
 *
 * @example
 * ```ts
 * picker.onUpload = (e) => { bars.get(e.fileName)!.value = e.progress ?? 0; };
 * ```
 */
export class FilePickerUploadEvent extends ControlEvent<FilePicker> {
  /** The file's name. */
  readonly fileName: string;
  /** From 0 to 1, or `undefined` when it failed. */
  readonly progress: number | undefined;
  /** Why it failed, if it did. */
  readonly error: string | undefined;

  constructor(control: FilePicker, name: string, data?: unknown) {
    super(control, name, data);
    const payload = payloadOf(data);
    this.fileName = String(payload.fileName ?? "");
    this.progress =
      typeof payload.progress === "number" && Number.isFinite(payload.progress)
        ? Math.min(1, Math.max(0, payload.progress))
        : undefined;
    this.error = typeof payload.error === "string" ? payload.error : undefined;
  }
}

/** Options of {@link FilePicker.pickFiles}. */
export interface PickFilesOptions {
  /** The dialog's title (desktop clients; browsers ignore it). */
  dialogTitle?: string;
  /** Where the dialog starts (desktop clients; browsers ignore it). */
  initialDirectory?: string;
  /** Which kinds of files to offer. Default `any`. */
  fileType?: FilePickerFileType;
  /** Extensions without the dot (`["png", "jpg"]`); used with `fileType: "custom"` (or alone). */
  allowedExtensions?: string[];
  /** Let the user pick more than one file. Default false. */
  allowMultiple?: boolean;
}

/** Options of {@link FilePicker.saveFile}. */
export interface SaveFileOptions {
  /** The dialog's title (desktop clients). */
  dialogTitle?: string;
  /** The suggested file name. */
  fileName?: string;
  /** Where the dialog starts (desktop clients). */
  initialDirectory?: string;
  /** Which kinds of files to offer. */
  fileType?: FilePickerFileType;
  /** Extensions without the dot. */
  allowedExtensions?: string[];
}

/**
 * Flet's file picker: an invisible control (put it in `page.overlay`) that opens the
 * browser's file dialogs and uploads picked files to the server through signed URLs.
 * Results arrive in `onResult`; upload progress, per file, in `onUpload`. Uploads land in
 * FLET_UPLOAD_DIR (see `docs/guides/uploads.md`).
 *
 * @example
 * ```ts
 * const picker = new ft.FilePicker({
 *   onResult: (e) => picker.upload((e.files ?? []).map((f) => ({
 *     name: f.name, uploadUrl: page.getUploadUrl(f.name, 600),
 *   }))),
 *   onUpload: (e) => console.log(e.fileName, e.progress),
 * });
 * page.overlay.push(picker);
 * page.add(new ft.ElevatedButton("Pick", { onClick: () => picker.pickFiles({ allowMultiple: true }) }));
 * ```
 */
@control("filepicker")
export class FilePicker extends Control {
  /** Makes a picker; set `onResult` and `onUpload` here or later. */
  constructor(options?: ControlOptions<FilePicker>) {
    super(options);
  }

  /** The dialog's outcome. */
  @event({ type: FilePickerResultEvent }) accessor onResult:
    | EventHandler<FilePickerResultEvent>
    | undefined;
  /** Upload progress of each file. */
  @event({ type: FilePickerUploadEvent }) accessor onUpload:
    | EventHandler<FilePickerUploadEvent>
    | undefined;

  /** Opens the browser's open-file dialog; the choice arrives in `onResult`. */
  pickFiles(options: PickFilesOptions = {}): Promise<void> {
    return this.invoke("pickFiles", { ...options }).then(() => undefined);
  }

  /**
   * Asks where to save a file; `onResult` gets its `path` (in a browser: the chosen
   * name). Browsers without a save dialog answer with `fileName`.
   */
  saveFile(options: SaveFileOptions = {}): Promise<void> {
    return this.invoke("saveFile", { ...options }).then(() => undefined);
  }

  /** Asks for a directory; `onResult` gets its name as `path` and its files. */
  getDirectoryPath(
    options: { dialogTitle?: string; initialDirectory?: string } = {},
  ): Promise<void> {
    return this.invoke("getDirectoryPath", { ...options }).then(() => undefined);
  }

  /**
   * Uploads picked files (by name) to their signed URLs, one after another; progress
   * comes to `onUpload`. Resolves once the browser has started.
   */
  upload(files: FilePickerUploadFile[]): Promise<void> {
    return this.invoke("upload", {
      files: files.map((file) => ({
        name: file.name,
        uploadUrl: file.uploadUrl,
        method: file.method ?? "PUT",
      })),
    }).then(() => undefined);
  }
}
