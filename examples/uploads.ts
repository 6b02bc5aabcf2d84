/**
 * Uploads: pick several files, upload them through signed URLs with a progress bar each,
 * and list what arrived. Needs an upload directory (FLET_UPLOAD_DIR or `uploadDir`); the
 * gallery gives it a temp dir.
 *
 * Run it in the gallery (`npm start`), or in your own app with
 * `ft.app(main, { uploadDir: "/tmp/uploads" })`.
 */
import * as ft from "flet-ts";

export const title = "Uploads";
export const description =
  "FilePicker: pick files, upload them with progress bars, list what arrived.";

/** Formats a byte count as B, KB or MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The uploads page: a pick button, a progress row per picked file, the uploaded list. */
export function main(page: ft.Page): void {
  page.title = "Uploads";
  const bars = new Map<string, ft.ProgressBar>();
  const progressList = new ft.Column({ spacing: 8 });
  const uploaded = new ft.Column({ spacing: 4 });
  const status = new ft.Text("Pick one or more files to upload.");
  const sizes = new Map<string, number>();

  const picker: ft.FilePicker = new ft.FilePicker({
    onResult: (e) => {
      const files = e.files ?? [];
      if (files.length === 0) {
        status.value = "Nothing picked.";
        return;
      }
      bars.clear();
      progressList.controls.length = 0;
      for (const file of files) {
        const bar = new ft.ProgressBar({ value: 0, width: 300 });
        bars.set(file.name, bar);
        sizes.set(file.name, file.size);
        progressList.controls.push(
          // The name right above its bar: nothing floats between them, whatever its length.
          new ft.Column({
            spacing: 4,
            controls: [new ft.Text(`${file.name} (${formatSize(file.size)})`), bar],
          }),
        );
      }
      status.value = `Uploading ${files.length} file${files.length === 1 ? "" : "s"}...`;
      return picker.upload(
        files.map((file) => ({
          name: file.name,
          uploadUrl: page.getUploadUrl(file.name, 600),
        })),
      );
    },
    onUpload: (e) => {
      const bar = bars.get(e.fileName);
      if (e.error !== undefined) {
        status.value = `${e.fileName}: ${e.error}`;
        if (bar) bar.color = ft.colors.RED;
        return;
      }
      if (bar) bar.value = e.progress ?? 0;
      if (e.progress === 1) {
        uploaded.controls.push(
          new ft.ListTile({
            leading: new ft.Icon(ft.icons.UPLOAD_FILE),
            title: new ft.Text(e.fileName),
            subtitle: new ft.Text(formatSize(sizes.get(e.fileName) ?? 0)),
          }),
        );
        status.value = `Uploaded ${e.fileName}.`;
      }
    },
  });
  page.overlay.push(picker);
  page.add(
    new ft.Row({
      controls: [
        new ft.ElevatedButton("Pick files", {
          icon: ft.icons.UPLOAD_FILE,
          onClick: () => picker.pickFiles({ allowMultiple: true }),
        }),
      ],
    }),
    status,
    progressList,
    new ft.Text("Uploaded files", { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM }),
    uploaded,
  );
}
