// SelectionArea and TransparentPointer in the tester: Flet 0.21's shape (a content slot),
// a SelectionArea without content refused whole, and their content reachable.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { namesOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("SelectionArea and TransparentPointer", () => {
  it("have Flet 0.21's content slot and base classes", () => {
    expect(namesOf(ft.SelectionArea).slots).toEqual(["content"]);
    expect(namesOf(ft.TransparentPointer).slots).toEqual(["content"]);
    expect(ft.SelectionArea.prototype instanceof ft.ConstrainedControl).toBe(false);
    expect(ft.TransparentPointer.prototype instanceof ft.ConstrainedControl).toBe(true);
  });

  it("keeps its content reachable", async () => {
    const taps: string[] = [];
    t = await createTester((page) =>
      page.add(
        new ft.SelectionArea(new ft.Text("Order #1041")),
        new ft.TransparentPointer(new ft.TextButton("Go", { onClick: () => void taps.push("go") })),
      ),
    );
    expect(t.find.text("Order #1041").exists).toBe(true);
    await t.tap(t.find.text("Go"));
    expect(taps).toEqual(["go"]);
  });

  it("refuses an update that leaves a SelectionArea without content: nothing is sent", async () => {
    const area = new ft.SelectionArea(new ft.Text("Kept"));
    t = await createTester((page) => page.add(area));
    const sent = t.patches.length;
    area.content = undefined;
    area.update();
    await t.settle();
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(t.errors[0]).toMatchObject({
      code: "FLET_ERR_PROP_INVALID_VALUE",
      message: expect.stringMatching(/Expected SelectionArea\.content to be a control/),
    });
    expect(t.patches.length).toBe(sent);
    expect(t.find.text("Kept").exists).toBe(true);
  });
});
