// Markdown against the pack contract kit: every prop it declares changes what the browser
// shows, and the tapLink event is sent when a link is clicked.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

describe("Markdown against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.Markdown],
      samples: {
        markdown: {
          value:
            "# Title\n\n~~old~~ [Flet](mailto:team@example.com) `code`\n\n```python\nprint(1)\n```",
          extensionSet: ft.MarkdownExtensionSet.GITHUB_FLAVORED,
          codeTheme: ft.MarkdownCodeTheme.ATOM_ONE_DARK,
          codeStyle: { size: 18, color: "#d81b60" },
          selectable: true,
          autoFollowLinks: true,
          autoFollowLinksTarget: "flet-docs",
        },
      },
      exempt: { markdown: { ...layoutOnly, ...noTwin } },
      triggers: {
        markdown: { tapLink: (md) => md.getByRole("link", { name: "Flet" }).click() },
      },
    });
  }, 180_000);

  it("draws every declared prop and sends the tapLink event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "markdown.value",
        "markdown.extensionSet",
        "markdown.codeTheme",
        "markdown.codeStyle",
        "markdown.tapLink",
      ]),
    );
  });
});
