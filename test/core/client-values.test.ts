// Every value a browser sends for a two-way property is checked against the declared
// kind before app code sees it (fuzz-style: wrong kinds for every two-way prop of every
// built-in control).
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

interface TwoWay {
  control: ft.Control;
  prop: string;
  kind: string;
  /** An event the control declares (the values ride on it). */
  event: string;
}

/** Controls that refuse to be on a page bare (their validate() needs a part). */
const BUILD: ReadonlyMap<Function, () => ft.Control> = new Map([
  [ft.Chip, () => new ft.Chip(new ft.Text("Chip"))],
]);

/** One instance of every built-in control class that declares two-way properties. */
function twoWayControls(): TwoWay[] {
  const found: TwoWay[] = [];
  for (const value of Object.values(ft)) {
    if (typeof value !== "function" || !(value.prototype instanceof ft.Control)) continue;
    const Class = value as unknown as new () => ft.Control;
    let schema: ReturnType<typeof ft.schemaOf>;
    try {
      schema = ft.schemaOf(Class as never);
    } catch {
      continue; // an abstract base without a schema of its own
    }
    const props = schema.props.filter((p) => p.twoWay);
    // Values ride on events: a control without events cannot receive any.
    if (props.length === 0 || schema.events.length === 0) continue;
    const control = BUILD.get(Class)?.() ?? new Class();
    const event = schema.events.find((e) => e.name === "change")?.name ?? schema.events[0]!.name;
    for (const p of props) found.push({ control, prop: p.name, kind: p.kind, event });
  }
  return found;
}

const WRONG: Record<string, unknown[]> = {
  string: [{ $ne: null }, 12, true, null, ["a"]],
  number: [{ $gt: 0 }, "12", true, null, [1]],
  boolean: [{ $ne: null }, "true", 1, [true]],
};

describe("two-way values from the browser", () => {
  it("refuses a value of the wrong kind for every two-way prop, and keeps the old value", async () => {
    const cases = twoWayControls();
    expect(cases.length).toBeGreaterThanOrEqual(20);
    const seen: unknown[] = [];
    t = await createTester((page) => {
      for (const control of new Set(cases.map((c) => c.control))) {
        (control as unknown as { onChange?: (e: ft.ControlEvent) => void }).onChange = (e) =>
          void seen.push((e.control as unknown as Record<string, unknown>).value);
        page.overlay.push(control);
      }
      page.update();
    });
    let seq = 0;
    let refused = 0;
    for (const { control, prop, kind, event } of cases) {
      const before = (control as unknown as Record<string, unknown>)[prop];
      for (const wrong of WRONG[kind] ?? []) {
        await t.sendRaw(
          JSON.stringify({
            type: "event",
            seq: ++seq,
            target: control.uid,
            name: event,
            props: { [prop]: wrong },
            rev: 1e9,
          }),
        );
        refused++;
        expect(t.protocolErrors.at(-1), `${control.constructor.name}.${prop}`).toMatchObject({
          code: ft.ErrorCode.PROTOCOL_BAD_VALUE,
          message: expect.stringContaining(`${control.constructor.name}.${prop} as `),
        });
        expect((control as unknown as Record<string, unknown>)[prop]).toBe(before);
      }
    }
    expect(refused).toBeGreaterThan(80);
    for (const value of seen) expect(typeof value === "object" && value !== null).toBe(false);
  });

  it("accepts a value of the declared kind", async () => {
    const field = new ft.TextField({ label: "Name" });
    const slider = new ft.Slider({ min: 0, max: 10 });
    t = await createTester((page) => page.add(field, slider));
    await t.sendRaw(
      JSON.stringify({
        type: "event",
        seq: 1,
        target: field.uid,
        name: "change",
        props: { value: "Ada" },
        rev: 1e9,
      }),
    );
    await t.sendRaw(
      JSON.stringify({
        type: "event",
        seq: 2,
        target: slider.uid,
        name: "change",
        props: { value: 4 },
        rev: 1e9,
      }),
    );
    expect([field.value, slider.value]).toEqual(["Ada", 4]);
    expect(t.protocolErrors).toEqual([]);
  });
});
