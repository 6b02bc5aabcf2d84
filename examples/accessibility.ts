/**
 * Accessibility: `ft.Semantics` gives custom widgets real roles, names, states and
 * keyboard actions; `ft.MergeSemantics` reads a card as one item; `ft.SemanticsService`
 * speaks through live regions; `page.showSemanticsDebugger` shows what assistive
 * technology sees.
 */
import * as ft from "flet-ts";

export const title = "Accessibility";
export const description =
  "Semantics roles and actions, a merged card, announcements and the semantics debugger.";

/** A volume "slider" drawn with containers: the arrow keys change it on the server. */
function volumeSlider(onChange: (volume: number) => void): ft.Semantics {
  let volume = 50;
  const fill = new ft.Container({ width: 100, height: 8, bgcolor: ft.colors.PRIMARY });
  const readout = new ft.Text("Volume: 50%");
  const slider: ft.Semantics = new ft.Semantics({
    label: "Volume",
    slider: true,
    hintText: "Use the arrow keys to change the volume",
    content: new ft.Column({
      spacing: 6,
      controls: [
        readout,
        new ft.Container(fill, { width: 200, bgcolor: ft.colors.SURFACE_VARIANT }),
      ],
    }),
  });
  const set = (value: number) => {
    volume = Math.min(100, Math.max(0, value));
    fill.width = volume * 2;
    readout.value = `Volume: ${volume}%`;
    slider.value = `${volume}%`;
    slider.increasedValue = `${Math.min(100, volume + 10)}%`;
    slider.decreasedValue = `${Math.max(0, volume - 10)}%`;
    onChange(volume);
  };
  slider.onIncrease = () => set(volume + 10);
  slider.onDecrease = () => set(volume - 10);
  set(volume);
  return slider;
}

export function main(page: ft.Page): void {
  page.title = "Accessibility";
  const announcer = new ft.SemanticsService();
  page.overlay.push(announcer);
  const status = new ft.Text("Nothing yet");
  const log = (text: string) => {
    status.value = text;
  };
  let liked = false;
  const favourite: ft.Semantics = new ft.Semantics(
    new ft.Container(new ft.Text("♡ Favourite"), { padding: 8 }),
    {
      label: "Favourite",
      button: true,
      checked: false,
      onTapHintText: "Marks the article as a favourite",
      onTap: () => {
        liked = !liked;
        favourite.checked = liked;
        (favourite.content as ft.Container).content = new ft.Text(
          liked ? "♥ Favourite" : "♡ Favourite",
        );
        log(liked ? "Marked as favourite" : "Removed from favourites");
      },
    },
  );
  page.add(
    new ft.Semantics(new ft.Text("Accessibility", { size: 28 }), { header: true }),
    volumeSlider((volume) => log(`Volume ${volume}%`)),
    favourite,
    new ft.MergeSemantics(
      new ft.Card({
        content: new ft.Container({
          padding: 16,
          content: new ft.Column({
            controls: [
              new ft.Text("Ada Lovelace", { size: 18 }),
              new ft.Text("Wrote the first published algorithm"),
            ],
          }),
        }),
      }),
    ),
    new ft.Row({
      wrap: true,
      controls: [
        new ft.ElevatedButton("Announce politely", {
          onClick: () => announcer.announceMessage("Saved, politely"),
        }),
        new ft.ElevatedButton("Announce assertively", {
          onClick: () =>
            announcer.announceMessage("Connection lost!", {
              assertiveness: ft.Assertiveness.ASSERTIVE,
            }),
        }),
      ],
    }),
    new ft.Switch("Show semantics debugger", {
      onChange: (e) => {
        page.showSemanticsDebugger = e.control.value === true;
      },
    }),
    new ft.Semantics(status, { liveRegion: true, label: "Last action" }),
  );
}
