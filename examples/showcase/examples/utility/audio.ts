/**
 * Flet's gallery: Audio, background music that starts by itself. As in Flet, the player
 * is non-visual: the example puts it in `page.overlay` when it is shown and takes it out
 * when another control is chosen. Browsers hold autoplaying sound back until the person
 * has interacted with the page (the click that opened this example counts).
 */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

class AudioExample extends ft.Column {
  readonly audio1 = new ft.Audio({
    src: "https://luan.xyz/files/audio/ambient_c_motion.mp3",
    autoplay: true,
  });

  constructor() {
    super();
    this.controls = [
      new ft.Text(
        "This is an app with background audio. Note: this example doesn't work in Safari browser.",
      ),
      new ft.ElevatedButton("Stop playing", { onClick: () => this.audio1.pause() }),
    ];
  }

  // Happens when the example is added to the page (the Audio control chosen from the grid).
  override didMount(): void {
    this.page.overlay.push(this.audio1);
    this.page.update();
  }

  // Happens when the example is removed from the page (another group chosen on the rail).
  override willUnmount(): void {
    const overlay = this.page.overlay;
    const at = overlay.indexOf(this.audio1);
    if (at >= 0) overlay.splice(at, 1);
    this.page.update();
  }
}

export const control: GalleryControl = {
  slug: "audio",
  name: "Audio",
  description:
    "A control to simultaneously play multiple audio files. Works on macOS, Linux, Windows, iOS, Android and web. Based on audioplayers Flutter widget.\n\nAudio control is non-visual and should be added to `page.overlay` list.",
  examples: [{ name: "Autoplay Audio", example: () => new AudioExample() }],
};
