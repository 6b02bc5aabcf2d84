/**
 * Flet's gallery: Video, a looping playlist of three sample clips (Flet's own URLs, so
 * the clips need the network). Flet's `print` in the handlers becomes a line of text
 * under the player.
 */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

function example(): ft.Control {
  const said = new ft.Text();
  const print = (text: string) => {
    said.value = text;
    said.update();
  };
  const sampleMedia = [
    new ft.VideoMedia(
      "https://user-images.githubusercontent.com/28951144/229373720-14d69157-1a56-4a78-a2f4-d7a134d7c3e9.mp4",
    ),
    new ft.VideoMedia(
      "https://user-images.githubusercontent.com/28951144/229373718-86ce5e1d-d195-45d5-baa6-ef94041d0b90.mp4",
    ),
    new ft.VideoMedia(
      "https://user-images.githubusercontent.com/28951144/229373716-76da0a4e-225a-44e4-9ee7-3e9006dbc3e3.mp4",
    ),
  ];
  const video = new ft.Video({
    expand: true,
    playlist: sampleMedia,
    playlistMode: ft.PlaylistMode.LOOP,
    fillColor: ft.colors.BLUE_400,
    aspectRatio: 16 / 9,
    volume: 100,
    autoplay: false,
    filterQuality: ft.FilterQuality.HIGH,
    muted: false,
    onLoaded: () => print("Video loaded successfully!"),
    onEnterFullscreen: () => print("Video entered fullscreen!"),
    onExitFullscreen: () => print("Video exited fullscreen!"),
  });
  return new ft.Column({ height: 400, expand: true, controls: [video, said] });
}

export const control: GalleryControl = {
  slug: "video",
  name: "Video",
  description:
    "A control that displays a video from a playlist. Works on macOS, Linux, Windows, iOS, Android and web.",
  examples: [{ name: "Video example", example }],
};
