// The Tooltip control in the tester: Flet 0.21's props, its content found through it, and
// bad values refused where they are set.
import * as ft from "flet-ts";
import { createTester, type Tester, type TreeNode } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodeOf, namesOf, propOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("Tooltip", () => {
  it("declares every prop of Flet 0.21's Tooltip", () => {
    const { props, slots } = namesOf(ft.Tooltip);
    expect(props).toEqual(
      expect.arrayContaining([
        "message",
        "enableFeedback",
        "height",
        "verticalOffset",
        "margin",
        "padding",
        "bgcolor",
        "gradient",
        "border",
        "borderRadius",
        "shape",
        "textStyle",
        "textAlign",
        "preferBelow",
        "showDuration",
        "waitDuration",
      ]),
    );
    expect(slots).toEqual(["content"]);
    expect(propOf(ft.Tooltip, "preferBelow")?.default).toBe(true);
    expect(ft.Tooltip.prototype instanceof ft.ConstrainedControl).toBe(false);
  });

  it("sends its message and look, and its content stays reachable", async () => {
    const clicks: string[] = [];
    t = await createTester((page) =>
      page.add(
        new ft.Tooltip(new ft.TextButton("Go", { onClick: () => void clicks.push("go") }), {
          message: "Goes",
          waitDuration: 0,
          shape: ft.BoxShape.CIRCLE,
        }),
      ),
    );
    const node = ((t.tree().views as TreeNode[])[0]!.controls as TreeNode[])[0]!;
    expect(node).toMatchObject({
      type: "tooltip",
      props: { message: "Goes", waitDuration: 0, shape: "circle" },
      content: { type: "textbutton" },
    });
    await t.tap(t.find.text("Go"));
    expect(clicks).toEqual(["go"]);
  });

  it("refuses bad values where they are set, naming the prop", () => {
    for (const bad of [
      { waitDuration: -1 },
      { showDuration: Number.NaN },
      { height: -2 },
      { padding: "8" },
      { bgcolor: "bluish" },
      { shape: "oval" },
      { textAlign: "middle" },
    ]) {
      expect(errorCodeOf(() => new ft.Tooltip(bad as ft.ControlOptions<ft.Tooltip>))).toBe(
        "FLET_ERR_PROP_INVALID_VALUE",
      );
    }
    expect(() => new ft.Tooltip({ waitDuration: -1 })).toThrow(/Tooltip\.waitDuration/);
  });
});
