/**
 * The AudioRecorder part of the Media page: record from the microphone (the browser asks
 * first), pause and resume, stop, then play the recording back with an Audio. Without an
 * `outputPath` the recording stays in the browser as a `blob:` URL, which the Audio plays.
 */
import * as ft from "flet-ts";

/** The recorder section's controls; the recorder and its player go into the overlay. */
export function recorderSection(page: ft.Page): ft.Control[] {
  const status = new ft.Text("Recorder: stopped");
  const recorder = new ft.AudioRecorder({
    onStateChanged: (e) => {
      status.value = `Recorder: ${e.state}`;
      status.update();
    },
  });
  // Joins the overlay once there is a recording to play (an Audio needs a source).
  const player = new ft.Audio();
  page.overlay.push(recorder);
  const playBack = new ft.FilledTonalButton("Play the recording", {
    icon: ft.icons.PLAY_ARROW,
    disabled: true,
    onClick: () => void player.play(),
  });
  const fail = (error: unknown) => {
    status.value = `Recorder: ${(error as Error).message}`;
    status.update();
  };
  const button = (text: string, icon: string, action: () => Promise<unknown>) =>
    new ft.OutlinedButton(text, { icon, onClick: () => void action().catch(fail) });
  return [
    new ft.Text("AudioRecorder", { themeStyle: ft.TextThemeStyle.TITLE_LARGE }),
    new ft.Text("Records the microphone; the browser asks you first."),
    new ft.Row(
      [
        button("Record", ft.icons.MIC, () => recorder.startRecording()),
        button("Pause recording", ft.icons.PAUSE, () => recorder.pauseRecording()),
        button("Resume recording", ft.icons.FIBER_MANUAL_RECORD, () => recorder.resumeRecording()),
        button("Stop recording", ft.icons.STOP, async () => {
          const url = await recorder.stopRecording();
          if (url === undefined) return;
          player.src = url;
          if (!page.overlay.includes(player)) page.overlay.push(player);
          playBack.disabled = false;
          page.update();
        }),
        playBack,
      ],
      { wrap: true },
    ),
    status,
  ];
}
