// Control.validate(): a control that checks itself against its children refuses a whole
// update (nothing reaches the browser, the error goes to page.onError) until it is fixed.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { Box, Label } from "../fixtures/mini-controls.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** A box that holds at most two controls. */
class Pair extends Box {
  checked = 0;
  override validate(): void {
    this.checked++;
    if (this.controls.length > 2)
      throw new ft.FletError(
        ft.ErrorCode.PROP_INVALID_VALUE,
        `Expected Pair.controls to hold at most 2 controls, but it holds ${this.controls.length}.`,
      );
  }
}

describe("Control.validate()", () => {
  it("runs when the control is added or changed, not on others' updates", async () => {
    const pair = new Pair({ controls: [new Label("a")] });
    const other = new Label("x");
    t = await createTester((page) => page.add(pair, other));
    expect(pair.checked).toBe(1);
    other.value = "y";
    other.update();
    await t.settle();
    expect(pair.checked).toBe(1);
    pair.spacing = 4;
    pair.update();
    await t.settle();
    expect(pair.checked).toBe(2);
  });

  it("refuses the whole update when it throws, and lets the fixed one through", async () => {
    const pair = new Pair({ controls: [new Label("a")] });
    const other = new Label("before");
    t = await createTester((page) => page.add(pair, other));
    pair.controls.push(new Label("b"), new Label("c"));
    other.value = "after";
    t.page.update();
    await t.settle();
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect((t.errors[0] as ft.FletError).code).toBe(ft.ErrorCode.PROP_INVALID_VALUE);
    expect((t.errors[0] as ft.FletError).message).toMatch(/Pair\.controls to hold at most 2/);
    expect(t.find.text("c").exists).toBe(false);
    expect(t.find.text("before").exists).toBe(true);
    pair.controls.pop();
    t.page.update();
    await t.settle();
    expect(t.find.text("b").exists).toBe(true);
    expect(t.find.text("after").exists).toBe(true);
  });
});
