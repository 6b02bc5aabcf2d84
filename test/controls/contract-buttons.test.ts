// The Material button family against the pack contract kit: every prop they declare
// changes what the browser shows (text, icon, colours, style, elevation), and their
// events are sent.
import * as ft from "flet-ts";
import type { EventTrigger, PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const buttons = [
  ft.ElevatedButton,
  ft.FilledButton,
  ft.FilledTonalButton,
  ft.OutlinedButton,
  ft.TextButton,
  ft.IconButton,
  ft.FloatingActionButton,
];
const types = buttons.map((ctor) => ft.schemaOf(ctor).type);

/** Where a click goes: nothing to see until it is clicked (test/e2e/safe-urls.test.ts). */
const acted = {
  url: "opens on click, as in Flutter: nothing to see before (test/e2e/safe-urls.test.ts)",
  urlTarget: "where url opens: only seen when it is clicked (test/e2e/acted-props.test.ts)",
};
const plain = { ...layoutOnly, ...noTwin, ...acted };

/** A button with text and an icon, styled (each text-and-icon variant). */
const labelled = {
  text: "Save",
  icon: ft.icons.SAVE,
  iconColor: "#43a047",
  style: {
    color: { "": "#1e88e5", hovered: "#8e24aa" },
    overlayColor: { hovered: "#fff59d", pressed: "#fbc02d" },
    shadowColor: "#d81b60",
    side: { width: 3, color: "#d81b60" },
    shape: ft.shapes.roundedRectangle(4),
  },
} as const;
const filled = { ...labelled, color: "#8e24aa", bgcolor: "#fdd835", elevation: 4 };

/** Focus, blur, hover and long press on the button in the control's box. */
const pointer: Record<string, EventTrigger> = {
  focus: (control) => control.getByRole("button").focus(),
  blur: async (control) => {
    await control.getByRole("button").focus();
    await control.getByRole("button").blur();
  },
  hover: async (control, page) => {
    await page.mouse.move(0, 0);
    await control.getByRole("button").hover();
  },
  longPress: (control) => control.getByRole("button").click({ delay: 800 }),
};

/** Every member but `content` exempt: the run that checks `content` alone. */
function contentOnly(ctor: (typeof buttons)[number]): Record<string, string> {
  const schema = ft.schemaOf(ctor);
  return Object.fromEntries(
    [...schema.props, ...schema.events]
      .map((member) => member.name)
      .filter((name) => name !== "content")
      .map((name) => [name, "checked in the run without content below"]),
  );
}

describe("the Material buttons against checkPackContract", () => {
  // `content` replaces the text and icon, so it is checked in a run of its own.
  let withContent: PackContractReport;
  let report: PackContractReport;
  beforeAll(async () => {
    withContent = await checkBuiltIns({
      controls: buttons,
      samples: Object.fromEntries(types.map((type) => [type, { content: () => new ft.Text("C") }])),
      exempt: Object.fromEntries(buttons.map((ctor, i) => [types[i], contentOnly(ctor)])),
    });
    const content = "checked in the run with content above";
    report = await checkBuiltIns({
      controls: buttons,
      samples: {
        elevatedbutton: filled,
        filledbutton: filled,
        filledtonalbutton: filled,
        outlinedbutton: labelled,
        textbutton: labelled,
        iconbutton: {
          icon: ft.icons.FAVORITE_BORDER,
          selectedIcon: ft.icons.FAVORITE,
          selected: true,
          iconColor: "#1e88e5",
          selectedIconColor: "#d81b60",
          iconSize: 32,
          bgcolor: "#fdd835",
          highlightColor: "#43a047",
          style: {
            color: "#8e24aa",
            overlayColor: { hovered: "#fff59d" },
            side: { width: 3, color: "#d81b60" },
            shape: ft.shapes.roundedRectangle(4),
          },
        },
        floatingactionbutton: {
          text: "Add",
          icon: ft.icons.ADD,
          bgcolor: "#fdd835",
          shape: ft.shapes.roundedRectangle(4),
          mini: true,
        },
      },
      exempt: Object.fromEntries(types.map((type) => [type, { ...plain, content }])),
      triggers: Object.fromEntries(types.map((type) => [type, pointer])),
    });
  }, 600_000);

  it("draws every declared prop and sends every event", () => {
    expect(withContent.failures, withContent.format()).toEqual([]);
    expect(report.failures, report.format()).toEqual([]);
    expect(report.checks.map((check) => `${check.type}.${check.member}`)).toEqual(
      expect.arrayContaining([
        "elevatedbutton.style",
        "elevatedbutton.elevation",
        "outlinedbutton.style",
        "iconbutton.selectedIcon",
        "iconbutton.highlightColor",
        "floatingactionbutton.mini",
        "textbutton.longPress",
      ]),
    );
  });
});
