/**
 * Chips: input chips with avatars and delete buttons, filter chips, choice chips and
 * action chips, each reporting what happened in a status line.
 */
import * as ft from "flet-ts";

export const title = "Chips";
export const description = "Input, filter, choice and action chips, by mouse and keyboard.";
export const controls = ["Chip"] as const;

export function main(page: ft.Page): void {
  page.title = title;
  page.scroll = ft.ScrollMode.AUTO;
  const status = new ft.Text("Pick a filter, a size or an action.", { key: "status" });
  const say = (text: string) => {
    status.value = text;
  };
  const heading = (text: string) =>
    new ft.Text(text, { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM });
  const row = (items: ft.Control[]) => new ft.Row(items, { wrap: true, spacing: 12 });

  const recipients = row([]);
  for (const [name, mail] of [
    ["Ada", "ada@example.com"],
    ["Grace", "grace@example.com"],
    ["Alan", "alan@example.com"],
  ] as const) {
    const chip: ft.Chip = new ft.Chip(new ft.Text(mail), {
      leading: new ft.CircleAvatar(new ft.Text(name.slice(0, 1))),
      onDelete: () => {
        recipients.controls.splice(recipients.controls.indexOf(chip), 1);
        say(`Removed ${name}.`);
      },
    });
    recipients.controls.push(chip);
  }

  const filters = ["Vegan", "Gluten free", "Nut free"].map(
    (name) =>
      new ft.Chip(new ft.Text(name), {
        selected: name === "Vegan",
        onSelect: () => {
          const on = filters.filter((chip) => chip.selected).map(chipName);
          say(on.length > 0 ? `Filters: ${on.join(", ")}.` : "No filters.");
        },
      }),
  );

  const sizes: ft.Chip[] = ["Small", "Medium", "Large"].map(
    (name) =>
      new ft.Chip(new ft.Text(name), {
        showCheckmark: false,
        selected: name === "Medium",
        onSelect: (e) => {
          for (const chip of sizes) chip.selected = chip === e.control;
          say(`Size: ${name}.`);
        },
      }),
  );

  const actions = row([
    new ft.Chip(new ft.Text("Add to calendar"), {
      leading: new ft.Icon(ft.icons.EVENT),
      onClick: () => say("Added to the calendar."),
    }),
    new ft.Chip(new ft.Text("Directions"), {
      leading: new ft.Icon(ft.icons.DIRECTIONS),
      elevation: 1,
      onClick: () => say("Directions requested."),
    }),
    new ft.Chip(new ft.Text("Saved"), {
      leading: new ft.Icon(ft.icons.FAVORITE),
      disabled: true,
      onClick: () => say("Never: the chip is disabled."),
    }),
  ]);

  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    status,
    heading("Recipients (input chips)"),
    recipients,
    heading("Dietary filters (filter chips)"),
    row(filters),
    heading("Size (choice chips)"),
    row(sizes),
    heading("Actions (action chips)"),
    actions,
  );
}

function chipName(chip: ft.Chip): string {
  return (chip.label as ft.Text).value ?? "";
}
