// Audio against the pack contract kit: an invisible control whose source, autoplay and
// release mode reach its hidden <audio> element, and whose events follow its methods
// (play, seek) or a new source. Props that act on the sound alone (volume, balance,
// playbackRate) are no attributes: test/e2e/media.test.ts checks them on the element.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import type { Page as Tab } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { toneWavBase64 } from "../../examples/controls/media.js";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const INVISIBLE = "a non-visual control (page.overlay): it draws nothing";
const SOUND_ONLY = "acts on the sound only (no attribute): checked in test/e2e/media.test.ts";
const tone = `data:audio/wav;base64,${toneWavBase64(1)}`;

/** Plays from the server after a click on the page (the autoplay policy's user gesture). */
async function play(tab: Tab, audio: ft.Audio): Promise<void> {
  await tab.mouse.click(1, 1);
  await audio.play();
}

describe("Audio against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.Audio],
      samples: {
        audio: {
          src: tone,
          srcBase64: toneWavBase64(0.5),
          autoplay: true,
          volume: 0.3,
          balance: -1,
          playbackRate: 1.5,
          releaseMode: ft.ReleaseMode.LOOP,
        },
      },
      triggers: {
        audio: {
          loaded: async (_element, _tab, audio) => {
            (audio as ft.Audio).src = `data:audio/wav;base64,${toneWavBase64(0.75)}`;
            audio.update();
          },
          durationChanged: async (_element, _tab, audio) => {
            (audio as ft.Audio).src = `data:audio/wav;base64,${toneWavBase64(0.25)}`;
            audio.update();
          },
          // Playing, then paused: the sample's autoplay may have started it already.
          stateChanged: async (_element, tab, audio) => {
            await play(tab, audio as ft.Audio);
            await (audio as ft.Audio).pause();
          },
          positionChanged: (_element, tab, audio) => play(tab, audio as ft.Audio),
          seekComplete: (_element, _tab, audio) => (audio as ft.Audio).seek(500),
        },
      },
      exempt: {
        audio: {
          visible: INVISIBLE,
          disabled: INVISIBLE,
          tooltip: INVISIBLE,
          srcBase64: "src wins when both are set; srcBase64 alone plays in test/e2e/media.test.ts",
          volume: SOUND_ONLY,
          balance: SOUND_ONLY,
          playbackRate: SOUND_ONLY,
          ...layoutOnly,
          ...noTwin,
        },
      },
    });
  }, 180_000);

  it("gives src, autoplay and releaseMode to the element and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "audio.src",
        "audio.autoplay",
        "audio.releaseMode",
        "audio.loaded",
        "audio.stateChanged",
        "audio.positionChanged",
        "audio.seekComplete",
      ]),
    );
  });
});
