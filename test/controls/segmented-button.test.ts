// SegmentedButton in the tester: Flet's props, picking segments as the browser does
// (single, multiple, never empty unless allowed), and a selection naming no segment
// reported as a clear error.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { flagged, namesOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const segments = () =>
  ["a", "b", "c"].map((v) => new ft.Segment(v, { label: new ft.Text(v.toUpperCase()) }));

describe("SegmentedButton", () => {
  it("declares Flet 0.21's props", () => {
    expect(namesOf(ft.SegmentedButton)).toMatchObject({
      props: expect.arrayContaining([
        "selected",
        "allowEmptySelection",
        "allowMultipleSelection",
        "showSelectedIcon",
        "style",
      ]),
      slots: ["segments[]", "selectedIcon"],
    });
    expect(flagged(ft.SegmentedButton, "twoWay")).toEqual(["selected"]);
    expect(namesOf(ft.Segment).slots).toEqual(["icon", "label"]);
  });

  it("picks one segment; a tap on the selected one keeps it", async () => {
    const changes: unknown[] = [];
    const button = new ft.SegmentedButton(segments(), {
      selected: ["a"],
      onChange: (e) => void changes.push(e.data),
    });
    t = await createTester((page) => page.add(button));
    await t.tap(t.find.text("B"));
    await t.tap(t.find.text("B"));
    expect(button.selected).toEqual(["b"]);
    expect(changes).toEqual([["b"]]);
  });

  it("toggles several segments, down to none when allowed", async () => {
    const button = new ft.SegmentedButton(segments(), {
      selected: ["a"],
      allowMultipleSelection: true,
      allowEmptySelection: true,
    });
    t = await createTester((page) => page.add(button));
    await t.tap(t.find.text("C"));
    expect(button.selected).toEqual(["a", "c"]);
    await t.tap(t.find.text("A"));
    await t.tap(t.find.text("C"));
    expect(button.selected).toEqual([]);
  });

  it("refuses an update whose selection names no segment, or breaks its rules", async () => {
    const button = new ft.SegmentedButton(segments(), { selected: ["a"] });
    t = await createTester((page) => page.add(button));
    const sent = t.patches.length;
    button.selected = ["z"];
    button.update();
    await t.settle();
    button.selected = ["a", "b"];
    button.update();
    await t.settle();
    expect(t.patches.length, "a refused update sends nothing").toBe(sent);
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    const messages = t.errors.map((error) => String((error as Error).message));
    expect(messages[0]).toMatch(
      /Expected SegmentedButton\.selected to be values of its segments, but got "z", which names no segment\. Set selected to values of its segments \("a", "b", "c"\)\. \[FLET_ERR_PROP_INVALID_VALUE\]/,
    );
    expect(messages[1]).toMatch(
      /to be one value \(allowMultipleSelection is false\), but got 2 values/,
    );
  });
});
