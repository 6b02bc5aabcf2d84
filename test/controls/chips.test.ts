// Chip in the tester: Flet 0.21's props, events (taps toggle filter chips, click action
// chips; deletes) and coded errors for bad input, a refused update sending nothing.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodeOf, namesOf, propOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("Chip", () => {
  it("declares every prop, slot and event of Flet 0.21's Chip", () => {
    const { props, slots, events } = namesOf(ft.Chip);
    expect(props).toEqual(
      expect.arrayContaining([
        "selected",
        "showCheckmark",
        "checkColor",
        "deleteIconTooltip",
        "deleteIconColor",
        "bgcolor",
        "selectedColor",
        "disabledColor",
        "elevation",
        "shadowColor",
        "selectedShadowColor",
        "shape",
        "padding",
        "labelPadding",
        "labelStyle",
        "autofocus",
      ]),
    );
    expect(slots).toEqual(expect.arrayContaining(["label", "leading", "deleteIcon"]));
    expect(events).toEqual(
      expect.arrayContaining(["onClick", "onDelete", "onSelect", "onFocus", "onBlur"]),
    );
    expect(propOf(ft.Chip, "selected")).toMatchObject({ twoWay: true, default: false });
    expect(propOf(ft.Chip, "showCheckmark")?.default).toBe(true);
  });

  it("a filter chip toggles `selected` on tap and tells the handler", async () => {
    const seen: unknown[] = [];
    const chip = new ft.Chip(new ft.Text("Vegan"), {
      onSelect: (e) => void seen.push([e.data, e.control.selected]),
    });
    t = await createTester((page) => page.add(chip));
    await t.tap(t.find.text("Vegan"));
    await t.tap(t.find.byType(ft.Chip));
    expect(seen).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(chip.selected).toBe(false);
  });

  it("an action chip is clicked; an input chip is deleted", async () => {
    const log: string[] = [];
    t = await createTester((page) =>
      page.add(
        new ft.Chip(new ft.Text("Add"), { onClick: () => void log.push("click") }),
        new ft.Chip(new ft.Text("ada@example.com"), {
          leading: new ft.CircleAvatar(new ft.Text("A")),
          deleteIconTooltip: "Remove Ada",
          onDelete: () => void log.push("delete"),
        }),
      ),
    );
    await t.tap(t.find.text("Add"));
    await t.trigger(t.find.byType(ft.Chip).at(1), "delete");
    expect(log).toEqual(["click", "delete"]);
  });

  it("refuses an update giving it both onClick and onSelect, as Flet does: nothing is sent", async () => {
    const chip = new ft.Chip(new ft.Text("Both"), { onClick: () => {} });
    t = await createTester((page) => page.add(chip));
    const sent = t.patches.length;
    chip.onSelect = () => {};
    chip.label = new ft.Text("Changed");
    chip.update();
    await t.settle();
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(t.errors[0]).toMatchObject({
      code: "FLET_ERR_PROP_INVALID_VALUE",
      message: expect.stringMatching(/Expected Chip to have onClick .* or onSelect .* both/),
    });
    expect(t.patches.length).toBe(sent);
    expect(t.find.text("Changed").exists).toBe(false);
    chip.onClick = undefined;
    chip.update();
    await t.settle();
    expect(t.find.text("Changed").exists).toBe(true);
  });

  it("reports a chip without a label, naming the prop", async () => {
    t = await createTester((page) => page.add(new ft.Chip({ onClick: () => {} })));
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(t.errors[0]).toMatchObject({
      code: "FLET_ERR_PROP_INVALID_VALUE",
      message: expect.stringMatching(/Expected Chip\.label to be a control/),
    });
  });

  it("refuses bad values where they are set", () => {
    const bad = [
      { elevation: -1 },
      { padding: { left: -1 } },
      { labelPadding: "8" },
      { selectedColor: "bluish" },
      { selected: "yes" },
    ];
    for (const options of bad) {
      expect(errorCodeOf(() => new ft.Chip(options as ft.ControlOptions<ft.Chip>))).toBe(
        "FLET_ERR_PROP_INVALID_VALUE",
      );
    }
    expect(() => new ft.Chip({ elevation: -1 })).toThrow(/Chip\.elevation/);
    expect(errorCodeOf(() => new ft.Chip({ onSelected: () => {} } as never))).toBe(
      "FLET_ERR_PROP_UNKNOWN_OPTION",
    );
  });
});
