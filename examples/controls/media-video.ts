/**
 * The Video part of the Media page: a playlist of two short clips (in the gallery's
 * assets, `examples/assets/media/`) that loops, with subtitles, the browser's controls, and
 * buttons for the player's methods; its events show in a line of text.
 */
import * as ft from "flet-ts";

/** The clips, relative to the app's path (served from its assets directory). */
export const clips = ["media/clip-a.webm", "media/clip-b.webm"] as const;

/** The Video section's controls: a heading, the player, its buttons and its status. */
export function videoSection(): ft.Control[] {
  const status = new ft.Text("Video: loading");
  const where = new ft.Text("Position: unknown");
  const say = (text: string) => {
    status.value = text;
    status.update();
  };
  const video = new ft.Video({
    playlist: clips.map((clip) => new ft.VideoMedia(clip)),
    playlistMode: ft.PlaylistMode.LOOP,
    width: 480,
    aspectRatio: 16 / 9,
    fillColor: ft.colors.BLUE_GREY_900,
    title: "Test clips",
    subtitleConfiguration: {
      src: "media/subtitles.vtt",
      title: "English",
      language: "en",
      textStyle: { size: 16 },
    },
    onLoaded: () => say("Video: loaded"),
    onError: (e) => say(`Video error: ${String(e.data)}`),
    onEnterFullscreen: () => say("Video: fullscreen"),
    onExitFullscreen: () => say("Video: windowed"),
  });
  const button = (text: string, icon: string, action: () => Promise<unknown>) =>
    new ft.OutlinedButton(text, { icon, onClick: () => void action() });
  return [
    new ft.Text("Video", { themeStyle: ft.TextThemeStyle.TITLE_LARGE }),
    video,
    new ft.Row(
      [
        button("Previous", ft.icons.SKIP_PREVIOUS, () => video.previous()),
        button("Play or pause", ft.icons.PLAY_ARROW, () => video.playOrPause()),
        button("Next", ft.icons.SKIP_NEXT, () => video.next()),
        button("Stop", ft.icons.STOP, () => video.stop()),
        button("Where?", ft.icons.SCHEDULE, async () => {
          const [position, duration] = await Promise.all([
            video.getCurrentPosition(),
            video.getDuration(),
          ]);
          where.value = `Position: ${position ?? "unknown"} of ${duration ?? "unknown"} ms`;
          where.update();
        }),
      ],
      { wrap: true },
    ),
    status,
    where,
  ];
}
