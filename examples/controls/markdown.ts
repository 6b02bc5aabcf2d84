/**
 * Markdown: GitHub Flavored Markdown with headings, emphasis, a task list, a table, a
 * quote, an image and a highlighted code block; links report their URL, and the code
 * theme can be switched.
 */
import * as ft from "flet-ts";

export const title = "Markdown";
export const description = "GitHub Flavored Markdown with links, tables, task lists and code.";
export const controls = ["Markdown"] as const;

const LOGO = `data:image/svg+xml,${encodeURIComponent(
  "<svg xmlns='http://www.w3.org/2000/svg' width='96' height='48'><rect width='96' height='48' rx='12' fill='#6750a4'/><text x='48' y='31' font-family='sans-serif' font-size='18' fill='white' text-anchor='middle'>flet-ts</text></svg>",
)}`;

const TEXT = `# Release notes

Flet-ts renders **Markdown** with *emphasis*, ~~strikethrough~~, \`inline code\` and
[links](https://flet.dev/docs/controls/markdown). Bare links work too: https://flet.dev.

## Checklist

- [x] Tables and task lists
- [x] Code highlighted when a code block appears
- [ ] Raw HTML stays text: <b onclick="alert(1)">not bold</b>

| Control  | Wire type  | Since |
|:---------|:-----------|------:|
| Markdown | \`markdown\` |  0.21 |
| Chip     | \`chip\`     |  0.21 |

> Unsafe links such as [this one](javascript:alert(1)) show as plain text.

![The flet-ts logo](${LOGO})

\`\`\`python
import flet as ft

def main(page: ft.Page):
    page.add(ft.Markdown("# Hello", selectable=True))  # a comment

ft.app(main)
\`\`\`
`;

export function main(page: ft.Page): void {
  page.title = title;
  page.scroll = ft.ScrollMode.AUTO;
  const status = new ft.Text("Press a link.", { key: "status" });
  const markdown = new ft.Markdown(TEXT, {
    extensionSet: ft.MarkdownExtensionSet.GITHUB_FLAVORED,
    selectable: true,
    onTapLink: (e) => {
      status.value = `Link: ${String(e.data)}`;
    },
  });
  const themes: [string, ft.MarkdownCodeTheme | undefined][] = [
    ["Theme colours", undefined],
    ["GitHub", ft.MarkdownCodeTheme.GITHUB],
    ["Atom One Dark", ft.MarkdownCodeTheme.ATOM_ONE_DARK],
  ];
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    status,
    new ft.SegmentedButton(
      themes.map(([label], i) => new ft.Segment(String(i), { label: new ft.Text(label) })),
      {
        selected: ["0"],
        onChange: (e) => {
          const index = Number(e.control.selected?.[0] ?? 0);
          markdown.codeTheme = themes[index]?.[1];
        },
      },
    ),
    markdown,
  );
}
