// FilePicker against the pack contract kit: an invisible control whose events follow its
// methods. `result` comes once Chromium's file chooser (opened by `pickFiles()`) is
// answered; `upload` once `upload()` sends a picked file to a URL.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import type { Page as Tab } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const INVISIBLE = "a non-visual control (page.overlay): it draws nothing";
const note = { name: "note.txt", mimeType: "text/plain", buffer: Buffer.from("hello") };

/**
 * Opens the picker's dialog from the server and answers it with one file. A click comes
 * first: browsers open file dialogs only right after a user's gesture (in an app,
 * `pickFiles()` runs in a button's `onClick`).
 */
async function pick(tab: Tab, picker: ft.FilePicker): Promise<void> {
  await tab.mouse.click(1, 1);
  const chooser = tab.waitForEvent("filechooser");
  // A round trip to the tab: playwright intercepts the dialog from then on.
  await tab.evaluate(() => 0);
  const opened = picker.pickFiles();
  await (await chooser).setFiles(note);
  await opened;
}

describe("FilePicker against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.FilePicker],
      triggers: {
        filepicker: {
          result: (_element, tab, picker) => pick(tab, picker as ft.FilePicker),
          upload: async (_element, tab, picker) => {
            const files = picker as ft.FilePicker;
            await pick(tab, files);
            await files.upload([{ name: note.name, uploadUrl: "/nowhere" }]);
          },
        },
      },
      exempt: {
        filepicker: {
          visible: INVISIBLE,
          disabled: INVISIBLE,
          tooltip: INVISIBLE,
          ...layoutOnly,
          ...noTwin,
        },
      },
    });
  }, 180_000);

  it("sends result after pickFiles() and upload after upload()", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(expect.arrayContaining(["filepicker.result", "filepicker.upload"]));
  });
});
