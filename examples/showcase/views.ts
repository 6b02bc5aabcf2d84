/**
 * The showcase's views, as in Flet's Controls Gallery: the groups overview (`/`), a group's
 * grid of control cards (Flet's ControlsGrid, `/<group>`), a control's examples (Flet's
 * ExamplesView, `/<group>/<control>`) and a "not found" page for any other route.
 * @module
 */
import * as ft from "flet-ts";
import type { GalleryControl, GalleryGroup } from "./model.js";
import { controlSource, exampleSource, sourcePath } from "./source.js";

const heading = (text: string) =>
  new ft.Text(text, { themeStyle: ft.TextThemeStyle.HEADLINE_MEDIUM, semanticsLabel: text });

/** A clickable card of the grid: an icon and a name on the secondary container colour. */
function tile(page: ft.Page, icon: string, name: string, route: string): ft.Container {
  return new ft.Container(
    new ft.Row(
      [
        new ft.Icon(icon, { color: ft.colors.ON_SECONDARY_CONTAINER }),
        new ft.Text(name, {
          weight: ft.FontWeight.W_500,
          size: 14,
          color: ft.colors.ON_SECONDARY_CONTAINER,
        }),
      ],
      { alignment: ft.MainAxisAlignment.START },
    ),
    {
      bgcolor: ft.colors.SECONDARY_CONTAINER,
      borderRadius: 5,
      padding: 15,
      ink: true,
      tooltip: `Open ${name}`,
      onClick: () => page.go(route),
    },
  );
}

function grid(tiles: ft.Control[]): ft.GridView {
  // Each clickable tile sits in a plain box: the grid's list items are those boxes.
  return new ft.GridView(
    tiles.map((tile) => new ft.Container(tile)),
    {
      expand: true,
      maxExtent: 250,
      childAspectRatio: 3,
      spacing: 10,
      runSpacing: 10,
    },
  );
}

/** `/`: every group, each a card opening its grid. */
export function homeView(page: ft.Page, groups: readonly GalleryGroup[]): ft.Control {
  return new ft.Column(
    [
      heading("flet-ts Controls Gallery"),
      new ft.Text(
        "Flet's Controls Gallery, ported to flet-ts: every control with Flet's examples, " +
          "translated to TypeScript. Pick a group.",
      ),
      grid(
        groups.map((group) =>
          tile(page, group.icon, `${group.label} (${group.controls.length})`, `/${group.slug}`),
        ),
      ),
    ],
    { expand: true },
  );
}

/** `/<group>`: the group's controls as a grid of cards. */
export function controlsGrid(page: ft.Page, group: GalleryGroup): ft.Control {
  return new ft.Column(
    [
      heading(group.label),
      new ft.Text(group.description),
      group.controls.length === 0
        ? new ft.Text("This group's examples are on their way.", { italic: true })
        : grid(
            group.controls.map((control) =>
              tile(page, ft.icons.FOLDER_OPEN, control.name, `/${group.slug}/${control.slug}`),
            ),
          ),
    ],
    { expand: true },
  );
}

/** Builds an example, or says why it could not be built. */
function build(page: ft.Page, make: (page: ft.Page) => ft.Control): ft.Control {
  try {
    return make(page);
  } catch (error) {
    return new ft.Text(`This example failed to build: ${(error as Error).message}`, {
      color: ft.colors.ERROR,
    });
  }
}

/** Source in a collapsed tile: a Markdown code block, highlighted. */
function sourceTile(title: string, subtitle: string, code: string): ft.ExpansionTile {
  return new ft.ExpansionTile({
    title: new ft.Text(title),
    subtitle: new ft.Text(subtitle),
    expandedCrossAxisAlignment: ft.CrossAxisAlignment.START,
    expandedAlignment: ft.alignment.topLeft,
    controls: [
      new ft.Markdown(`\`\`\`ts\n${code}\n\`\`\``, {
        selectable: true,
        extensionSet: ft.MarkdownExtensionSet.GITHUB_WEB,
        codeTheme: ft.MarkdownCodeTheme.ATOM_ONE_DARK,
      }),
    ],
  });
}

/** `/<group>/<control>`: the control's name, description, and each example in a card. */
export function examplesView(
  page: ft.Page,
  group: GalleryGroup,
  control: GalleryControl,
): ft.Control {
  const code = controlSource(group, control);
  const path = sourcePath(group, control);
  const exampleTile = (name: string) => {
    const part = code === undefined ? undefined : exampleSource(code, name);
    return part === undefined ? [] : [sourceTile(`Source of ${name}`, path, part)];
  };
  return new ft.Column(
    [
      new ft.Row(
        [
          new ft.IconButton({
            icon: ft.icons.ARROW_BACK,
            tooltip: `Back to ${group.label}`,
            onClick: () => page.go(`/${group.slug}`),
          }),
          heading(control.name),
        ],
        { wrap: true },
      ),
      new ft.Text(control.description, { themeStyle: ft.TextThemeStyle.BODY_MEDIUM }),
      ...control.examples.map(
        (example) =>
          new ft.Card(
            new ft.Container(
              new ft.Column(
                [
                  new ft.Container(
                    new ft.Text(example.name, {
                      themeStyle: ft.TextThemeStyle.TITLE_MEDIUM,
                      weight: ft.FontWeight.W_500,
                      color: ft.colors.ON_SECONDARY_CONTAINER,
                    }),
                    { bgcolor: ft.colors.SECONDARY_CONTAINER, padding: 8, borderRadius: 5 },
                  ),
                  new ft.Container(build(page, example.example), {
                    clipBehavior: ft.ClipBehavior.HARD_EDGE,
                    alignment: ft.alignment.topLeft,
                  }),
                  ...exampleTile(example.name),
                ],
                { horizontalAlignment: ft.CrossAxisAlignment.STRETCH },
              ),
              { padding: 12 },
            ),
          ),
      ),
      ...(code === undefined ? [] : [sourceTile("TypeScript source of all examples", path, code)]),
    ],
    {
      expand: true,
      scroll: ft.ScrollMode.AUTO,
      spacing: 10,
      horizontalAlignment: ft.CrossAxisAlignment.STRETCH,
    },
  );
}

/** Any other route: says so, with a way back. */
export function notFoundView(page: ft.Page, route: string): ft.Control {
  return new ft.Column(
    [
      new ft.Icon(ft.icons.SEARCH_OFF, { size: 64, color: ft.colors.ERROR }),
      heading("Page not found"),
      new ft.Text(`There is no gallery page at ${route}.`),
      new ft.FilledButton("Back to the gallery", {
        icon: ft.icons.HOME,
        onClick: () => page.go("/"),
      }),
    ],
    { horizontalAlignment: ft.CrossAxisAlignment.START, spacing: 12 },
  );
}
