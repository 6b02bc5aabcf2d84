// A `nullable` property (a tristate checkbox's value) keeps `null` as a value of its own:
// it is read back, sent to the browser as null and kept when the browser sends it, while
// `null` on any other property still unsets it.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("nullable properties", () => {
  it("declares Checkbox.value nullable, and no other Checkbox property", () => {
    const nullable = ft.schemaOf(ft.Checkbox).props.filter((prop) => prop.nullable);
    expect(nullable.map((prop) => prop.name)).toEqual(["value"]);
  });

  it("reads null back where other properties read as unset", () => {
    const box = new ft.Checkbox({ tristate: true, value: null, label: null as never });
    expect(box.value).toBeNull();
    expect(box.label).toBeUndefined();
    box.value = undefined;
    expect(box.value).toBe(false);
  });

  it("mounts a tristate checkbox with value null in the browser's tree", async () => {
    const box = new ft.Checkbox("Maybe", { tristate: true, value: null });
    t = await createTester((page) => page.add(box));
    const props = t.client.replica.node(box.uid!)?.[1];
    expect(props).toMatchObject({ value: null, tristate: true });
    expect(Object.hasOwn(props!, "label")).toBe(true);
  });

  it("sends null as a replace, and undefined as a remove", async () => {
    const box = new ft.Checkbox("Maybe", { tristate: true, value: true });
    t = await createTester((page) => page.add(box));
    let before = t.patches.length;
    box.value = null;
    box.update();
    await t.settle();
    expect(t.patches.slice(before).flatMap((p) => p.ops)).toEqual([
      { op: "replace", path: `/${box.uid}/1/value`, value: null },
    ]);
    before = t.patches.length;
    box.value = undefined;
    box.update();
    await t.settle();
    expect(t.patches.slice(before).flatMap((p) => p.ops)).toEqual([
      { op: "remove", path: `/${box.uid}/1/value` },
    ]);
  });

  it("still unsets a property that is not nullable when set to null", async () => {
    const box = new ft.Checkbox("Maybe", { checkColor: "red" });
    t = await createTester((page) => page.add(box));
    const before = t.patches.length;
    box.checkColor = null as never;
    box.update();
    await t.settle();
    expect(t.patches.slice(before).flatMap((p) => p.ops)).toEqual([
      { op: "remove", path: `/${box.uid}/1/checkColor` },
    ]);
  });

  it("keeps the browser's null (the third state) on the server and in the replica", async () => {
    const seen: (boolean | null | undefined)[] = [];
    const box = new ft.Checkbox("Maybe", {
      tristate: true,
      value: true,
      onChange: (e) => void seen.push(e.control.value),
    });
    t = await createTester((page) => page.add(box));
    await t.tap(t.find.byType(ft.Checkbox));
    expect(box.value).toBeNull();
    expect(t.client.replica.node(box.uid!)?.[1].value).toBeNull();
    await t.tap(t.find.byType(ft.Checkbox));
    await t.tap(t.find.byType(ft.Checkbox));
    expect(seen).toEqual([null, false, true]);
  });
});
