// Text, Icon and Image against the pack contract kit: every prop they declare changes
// what the browser shows.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><circle cx="4" cy="4" r="4"/></svg>';

describe("Text, Icon and Image against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.Text, ft.Icon, ft.Image],
      samples: {
        text: {
          value: "Some text",
          style: { size: 20, weight: ft.FontWeight.BOLD },
          // Unset is Flutter's clip: fade is drawn differently.
          overflow: ft.TextOverflow.FADE,
        },
        icon: { name: ft.icons.STAR },
        image: {
          src: SVG,
          repeat: ft.ImageRepeat.REPEAT,
          color: ft.colors.PINK,
          colorBlendMode: ft.BlendMode.MULTIPLY,
          width: 40,
          height: 40,
          borderRadius: 8,
        },
      },
      exempt: {
        text: { ...layoutOnly, ...noTwin },
        icon: { ...layoutOnly, ...noTwin },
        image: {
          ...layoutOnly,
          ...noTwin,
          gaplessPlayback:
            "it acts only when src changes (whether the old picture stays until the new one has loaded): test/e2e/acted-props.test.ts",
        },
      },
    });
  }, 900_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining(["text.maxLines", "text.selectable", "icon.size", "image.fit"]),
    );
  });
});
