// Semantics, MergeSemantics and SemanticsService against the pack contract kit: every
// prop they declare changes the ARIA (or the look) the browser shows, and every action
// of a Semantics node reaches the server.
import * as ft from "flet-ts";
import type { EventTrigger, PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const press =
  (key: string): EventTrigger =>
  (node) =>
    node.press(key);

// Members that show only on a slider node or a text field node (ARIA gives a node one
// role): the later runs check them on such a node.
const onSlider = ["increasedValue", "decreasedValue", "increase", "decrease"];
const onTextField = [
  "multiline",
  "obscured",
  "readOnly",
  "moveCursorForwardByCharacter",
  "moveCursorBackwardByCharacter",
];

/** Exempts every Semantics member but `only`, checked in the first run. */
function allBut(only: readonly string[]): Record<string, string> {
  const schema = ft.schemaOf(ft.Semantics);
  return Object.fromEntries(
    [...schema.props.map((p) => p.name), ...schema.events.map((e) => e.name)]
      .filter((name) => !only.includes(name))
      .map((name) => [name, "checked on the plain node above"]),
  );
}

describe("semantics controls against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    const service = ft.schemaOf(ft.SemanticsService);
    report = await checkBuiltIns({
      controls: [ft.Semantics, ft.MergeSemantics, ft.SemanticsService],
      samples: {
        // A focusable node without a role, so each role flag shows on its own.
        semantics: { content: () => new ft.Text("Volume"), focusable: true, value: "50%" },
        mergesemantics: {
          content: () => new ft.Row([new ft.Text("Wi-Fi"), new ft.Text("On")]),
        },
      },
      exempt: {
        semantics: {
          ...layoutOnly,
          ...noTwin,
          ...Object.fromEntries(
            [...onSlider, ...onTextField].map((name) => [
              name,
              "only on a slider or text field node: checked below",
            ]),
          ),
        },
        mergesemantics: { ...layoutOnly, ...noTwin },
        semanticsservice: Object.fromEntries(
          service.props.map((prop) => [prop.name, "it draws nothing (documented): it only speaks"]),
        ),
      },
      triggers: {
        semantics: {
          tap: (node) => node.click(),
          doubleTap: (node) => node.dblclick(),
          longPress: (node) => node.click({ button: "right" }),
          dismiss: press("Escape"),
          scrollUp: async (node, page) => {
            await node.hover();
            await page.mouse.wheel(0, 100);
          },
          scrollDown: async (node, page) => {
            await node.hover();
            await page.mouse.wheel(0, -100);
          },
          scrollLeft: async (node, page) => {
            await node.hover();
            await page.mouse.wheel(100, 0);
          },
          scrollRight: async (node, page) => {
            await node.hover();
            await page.mouse.wheel(-100, 0);
          },
          copy: (node) =>
            node.evaluate((el) => el.dispatchEvent(new Event("copy", { bubbles: true }))),
          cut: (node) =>
            node.evaluate((el) => el.dispatchEvent(new Event("cut", { bubbles: true }))),
          paste: (node) =>
            node.evaluate((el) => el.dispatchEvent(new Event("paste", { bubbles: true }))),
          didGainAccessibilityFocus: (node) => node.focus(),
          didLoseAccessibilityFocus: async (node) => {
            await node.focus();
            await node.blur();
          },
        },
      },
    });
  }, 600_000);

  it("draws every declared prop and sends every action", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "semantics.liveRegion",
        "semantics.container",
        "semantics.didLoseAccessibilityFocus",
        "mergesemantics.opacity",
      ]),
    );
  });
});

describe("Semantics slider and text field nodes against checkPackContract", () => {
  let slider: PackContractReport;
  let field: PackContractReport;
  beforeAll(async () => {
    slider = await checkBuiltIns({
      controls: [ft.Semantics],
      samples: {
        semantics: {
          content: () => new ft.Text("Volume"),
          slider: true,
          value: "50%",
          increasedValue: "60%",
          decreasedValue: "40%",
        },
      },
      exempt: { semantics: allBut(onSlider) },
      triggers: { semantics: { increase: press("ArrowUp"), decrease: press("ArrowDown") } },
    });
    field = await checkBuiltIns({
      controls: [ft.Semantics],
      samples: { semantics: { content: () => new ft.Text("Name"), textfield: true } },
      exempt: { semantics: allBut(onTextField) },
      triggers: {
        semantics: {
          moveCursorForwardByCharacter: press("ArrowRight"),
          moveCursorBackwardByCharacter: press("ArrowLeft"),
        },
      },
    });
  }, 300_000);

  it("draws the slider's adjustments and the text field's states, and sends their actions", () => {
    expect(slider.failures, slider.format()).toEqual([]);
    expect(field.failures, field.format()).toEqual([]);
    const checked = [...slider.checks, ...field.checks].filter(
      (check) => !check.detail.startsWith("exempt"),
    );
    expect(checked.map((check) => check.member)).toEqual(
      expect.arrayContaining([...onSlider, ...onTextField]),
    );
  });
});
