/**
 * Media: an Audio player (an invisible control in `page.overlay`) with play, pause,
 * resume, seek and volume buttons, showing its state, length and position. The sound is
 * a two-second tone made here as WAV bytes (`srcBase64`): no network. Then a Video
 * (`media-video.ts`) playing two short clips from the gallery's assets, and an AudioRecorder
 * (`media-recorder.ts`) whose recording an Audio plays back.
 */
import * as ft from "flet-ts";
import { recorderSection } from "./media-recorder.js";
import { videoSection } from "./media-video.js";

export const title = "Media";
export const description =
  "Play a sound with Audio and clips with Video, record with AudioRecorder: their methods and events.";
export const controls = ["Audio", "Video", "AudioRecorder"] as const;

/**
 * A mono 8-bit WAV file of a sine tone, in base64: `seconds` long at `hz`, sampled 8000
 * times a second, fading in and out over 20 ms.
 */
export function toneWavBase64(seconds = 2, hz = 440): string {
  const rate = 8000;
  const samples = Math.round(seconds * rate);
  const bytes = Buffer.alloc(44 + samples);
  bytes.write("RIFF", 0, "ascii");
  bytes.writeUInt32LE(36 + samples, 4);
  bytes.write("WAVEfmt ", 8, "ascii");
  bytes.writeUInt32LE(16, 16); // format chunk size
  bytes.writeUInt16LE(1, 20); // PCM
  bytes.writeUInt16LE(1, 22); // mono
  bytes.writeUInt32LE(rate, 24);
  bytes.writeUInt32LE(rate, 28); // bytes per second
  bytes.writeUInt16LE(1, 32); // block align
  bytes.writeUInt16LE(8, 34); // bits per sample
  bytes.write("data", 36, "ascii");
  bytes.writeUInt32LE(samples, 40);
  const fade = rate * 0.02;
  for (let i = 0; i < samples; i++) {
    const envelope = Math.min(1, i / fade, (samples - i) / fade);
    const value = Math.sin((2 * Math.PI * hz * i) / rate) * envelope * 0.5;
    bytes[44 + i] = Math.round(128 + value * 127);
  }
  return bytes.toString("base64");
}

export function main(page: ft.Page): void {
  page.title = title;
  page.scroll = ft.ScrollMode.AUTO;
  const state = new ft.Text("State: stopped");
  const position = new ft.Text("Position: 0 ms");
  const duration = new ft.Text("Duration: unknown");
  const volume = new ft.Text("Volume: 50 %");
  const audio = new ft.Audio({
    srcBase64: toneWavBase64(),
    volume: 0.5,
    onDurationChanged: (e) => {
      duration.value = `Duration: ${e.duration} ms`;
    },
    onStateChanged: (e) => {
      state.value = `State: ${e.state}`;
    },
    onPositionChanged: (e) => {
      position.value = `Position: ${e.position} ms`;
    },
    onSeekComplete: () => {
      state.value = `${state.value} (sought)`;
    },
  });
  page.overlay.push(audio);
  const setVolume = (delta: number) => {
    const next = Math.round(Math.min(1, Math.max(0, (audio.volume ?? 1) + delta)) * 10) / 10;
    audio.volume = next;
    volume.value = `Volume: ${Math.round(next * 100)} %`;
  };
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    new ft.Text("Audio", { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM }),
    new ft.Text("A two-second 440 Hz tone. Browsers play sound only after a click on the page."),
    new ft.Row(
      [
        new ft.ElevatedButton("Play", { icon: ft.icons.PLAY_ARROW, onClick: () => audio.play() }),
        new ft.ElevatedButton("Pause", { icon: ft.icons.PAUSE, onClick: () => audio.pause() }),
        new ft.ElevatedButton("Resume", { onClick: () => audio.resume() }),
        new ft.ElevatedButton("Seek to 1 s", { onClick: () => audio.seek(1000) }),
        new ft.OutlinedButton("Get duration", {
          onClick: async () => {
            const ms = await audio.getDuration();
            duration.value = `Duration: ${ms ?? "unknown"} ms`;
            duration.update();
          },
        }),
      ],
      { wrap: true },
    ),
    new ft.Row(
      [
        new ft.IconButton({
          icon: ft.icons.VOLUME_DOWN,
          tooltip: "Volume down",
          onClick: () => setVolume(-0.1),
        }),
        volume,
        new ft.IconButton({
          icon: ft.icons.VOLUME_UP,
          tooltip: "Volume up",
          onClick: () => setVolume(0.1),
        }),
      ],
      { verticalAlignment: ft.CrossAxisAlignment.CENTER },
    ),
    state,
    position,
    duration,
    ...videoSection(),
    ...recorderSection(page),
  );
}
