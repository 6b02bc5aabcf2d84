// Video against the pack contract kit: its look (fit, fill colour, alignment, filter
// quality), its element's attributes (controls, muted, loop, autoplay, label, source) and
// its subtitles' track change the DOM; props that act on the sound or while playing are
// checked in test/e2e/video.test.ts, as are its events (a failing clip sends `error` here).
import { readFileSync } from "node:fs";
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { galleryAssetsDir } from "../../examples/gallery.js";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const asData = (file: string, type: string) =>
  `data:${type};base64,${readFileSync(`${galleryAssetsDir}/media/${file}`).toString("base64")}`;
const A = asData("clip-a.webm", "video/webm");
const B = asData("clip-b.webm", "video/webm");
const VTT = asData("subtitles.vtt", "text/vtt");
const E2E = "checked in test/e2e/video.test.ts";

describe("Video against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.Video],
      samples: {
        video: {
          playlist: () => [new ft.VideoMedia(A), new ft.VideoMedia(B)],
          title: "Clips",
          fit: ft.ImageFit.COVER,
          fillColor: "#1e88e5",
          autoplay: true,
          showControls: false,
          muted: true,
          playlistMode: ft.PlaylistMode.SINGLE,
          alignment: ft.alignment.topLeft,
          filterQuality: ft.FilterQuality.NONE,
          subtitleConfiguration: { src: VTT, language: "en", textStyle: { color: "#ffeb3b" } },
        },
      },
      triggers: {
        video: {
          error: async (_element, _tab, video) => {
            (video as ft.Video).playlist = [new ft.VideoMedia("data:video/webm;base64,AAAA")];
            video.update();
          },
        },
      },
      exempt: {
        video: {
          ...layoutOnly,
          ...noTwin,
          wakelock: `acts while playing (a wake lock request): ${E2E}`,
          shufflePlaylist: `acts at next/previous (the order followed): ${E2E}`,
          volume: `acts on the sound (the element's volume, no attribute): ${E2E}`,
          playbackRate: `acts on the speed (the element's rate, no attribute): ${E2E}`,
          pauseUponEnteringBackgroundMode: `acts when the page is hidden: ${E2E}`,
          resumeUponEnteringForegroundMode: `acts when the page is shown again: ${E2E}`,
          pitch: "browser no-op: a <video> keeps the pitch or changes it with the speed",
          loaded: `sent once, when the player is first ready (before a listener can be added here): ${E2E}`,
          enterFullscreen: `needs Chromium's own fullscreen (a double click on the video): ${E2E}`,
          exitFullscreen: `needs Chromium's own fullscreen (a double click on the video): ${E2E}`,
        },
      },
    });
  }, 240_000);

  it("draws every declared prop and sends error", () => {
    expect(report.failures, report.format()).toEqual([]);
    expect(report.checks.map((check) => `${check.type}.${check.member}`)).toEqual(
      expect.arrayContaining([
        "video.playlist",
        "video.fit",
        "video.fillColor",
        "video.subtitleConfiguration",
        "video.error",
      ]),
    );
  });
});
