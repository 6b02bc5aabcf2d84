import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

type Focusable = ft.Control & { focus(): Promise<boolean> };

const focusables: [string, () => Focusable][] = [
  ["TextField", () => new ft.TextField({ label: "Name" })],
  ["Dropdown", () => new ft.Dropdown({ options: [new ft.DropdownOption("a")] })],
  ["ElevatedButton", () => new ft.ElevatedButton("Go")],
  ["FilledButton", () => new ft.FilledButton("Go")],
  ["FilledTonalButton", () => new ft.FilledTonalButton("Go")],
  ["OutlinedButton", () => new ft.OutlinedButton("Go")],
  ["TextButton", () => new ft.TextButton("Go")],
  ["IconButton", () => new ft.IconButton(ft.icons.ADD)],
  ["FloatingActionButton", () => new ft.FloatingActionButton({ icon: ft.icons.ADD })],
  ["Checkbox", () => new ft.Checkbox("Agree")],
  ["Radio", () => new ft.Radio({ value: "a", label: "A" })],
  ["Slider", () => new ft.Slider()],
  ["Switch", () => new ft.Switch("On")],
  ["CupertinoTextField", () => new ft.CupertinoTextField("Email")],
  ["CupertinoButton", () => new ft.CupertinoButton("Go")],
  ["CupertinoFilledButton", () => new ft.CupertinoFilledButton("Go")],
  ["CupertinoCheckbox", () => new ft.CupertinoCheckbox({ label: "Agree" })],
  ["CupertinoRadio", () => new ft.CupertinoRadio({ value: "a", label: "A" })],
  ["CupertinoSlider", () => new ft.CupertinoSlider()],
  ["CupertinoSwitch", () => new ft.CupertinoSwitch({ label: "On" })],
];

describe("focus()", () => {
  it.each(focusables)(
    "%s.focus() moves the focus there, through a call to the browser",
    async (_name, make) => {
      const control = make();
      const other = new ft.TextField({ label: "Other" });
      t = await createTester((page) => page.add(other, control));
      expect(t.focused).toBeUndefined();
      await expect(control.focus()).resolves.toBe(true);
      expect(t.focused).toBe(control);
      expect(t.browser.calls.at(-1)).toEqual({ method: "focus", args: {}, target: control.uid });
      await other.focus();
      expect(t.focused).toBe(other);
    },
  );

  it("does not focus a hidden control, nor one inside a disabled parent: resolves false", async () => {
    const hidden = new ft.TextField({ visible: false });
    const disabled = new ft.ElevatedButton("Go");
    t = await createTester((page) =>
      page.add(hidden, new ft.Column([disabled], { disabled: true })),
    );
    await expect(hidden.focus()).resolves.toBe(false);
    await expect(disabled.focus()).resolves.toBe(false);
    expect(t.focused).toBeUndefined();
  });

  it("resolves false, without throwing, on a control that is not on a page", async () => {
    await expect(new ft.TextField().focus()).resolves.toBe(false);
  });

  it("keeps the focus on the input after adding a task, as in Flet's todo tutorial", async () => {
    const tasks = new ft.Column();
    const newTask = new ft.TextField({ hintText: "What needs to be done?" });
    const add = new ft.FloatingActionButton({
      icon: ft.icons.ADD,
      onClick: () => {
        tasks.controls.push(new ft.Checkbox(newTask.value));
        newTask.value = "";
        newTask.focus();
      },
    });
    t = await createTester((page) => page.add(new ft.Row([newTask, add]), tasks));
    await t.enterText(newTask, "milk");
    await t.tap(add);
    expect(t.focused).toBe(newTask);
    expect(t.find.text("milk").exists).toBe(true);
  });

  it("focuses a control added in the same handler once update() put it on the page", async () => {
    const tasks = new ft.Column();
    const add = new ft.ElevatedButton("Add", {
      onClick: () => {
        const field = new ft.TextField({ value: "new task" });
        tasks.controls.push(field);
        tasks.update();
        field.focus();
      },
    });
    t = await createTester((page) => page.add(tasks, add));
    await t.tap(t.find.text("Add"));
    expect(t.focused).toBe(tasks.controls[0]);
  });

  it("reports an autofocus field as focused until focus() moves it", async () => {
    const name = new ft.TextField({ label: "Name", autofocus: true });
    const go = new ft.ElevatedButton("Go");
    t = await createTester((page) => page.add(go, name));
    expect(t.focused).toBe(name);
    await go.focus();
    expect(t.focused).toBe(go);
  });

  it("loses the focus when the focused control leaves the page", async () => {
    const field = new ft.TextField();
    t = await createTester((page) => page.add(field));
    await field.focus();
    t.page.remove(field);
    await t.settle();
    expect(t.focused).toBeUndefined();
  });
});
