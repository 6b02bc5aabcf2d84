import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

/** The id of the control whose element holds the browser's focus. */
function focusedId(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    let node: Element | null = document.activeElement;
    while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
    return document.activeElement?.closest("[data-flet-id]")?.getAttribute("data-flet-id") ?? null;
  });
}

type Focusable = ft.Control & { focus(): Promise<boolean> };

describe("control.focus() in Chromium", () => {
  it("moves the browser's focus to each focusable control, Material and Cupertino", async () => {
    const controls: [string, Focusable][] = [
      ["TextField", new ft.TextField({ label: "Name" })],
      ["ElevatedButton", new ft.ElevatedButton("Go")],
      ["OutlinedButton", new ft.OutlinedButton("Out")],
      ["TextButton", new ft.TextButton("Txt")],
      ["IconButton", new ft.IconButton(ft.icons.ADD, { tooltip: "Add" })],
      ["FloatingActionButton", new ft.FloatingActionButton({ icon: ft.icons.ADD })],
      ["Checkbox", new ft.Checkbox("Agree")],
      ["Switch", new ft.Switch("On")],
      ["Slider", new ft.Slider(0.5)],
      ["Dropdown", new ft.Dropdown("a", { options: [new ft.DropdownOption("a")] })],
      ["Radio", new ft.Radio("A", { value: "a" })],
      ["CupertinoTextField", new ft.CupertinoTextField("Email")],
      ["CupertinoButton", new ft.CupertinoButton("Tap")],
      ["CupertinoCheckbox", new ft.CupertinoCheckbox("Ok")],
      ["CupertinoSwitch", new ft.CupertinoSwitch("Wifi")],
      ["CupertinoSlider", new ft.CupertinoSlider(0.5)],
    ];
    const page = await suite.open((pg) => {
      pg.add(new ft.Text("ready"));
      for (const [name, control] of controls) {
        pg.add(control instanceof ft.Radio ? new ft.RadioGroup(control) : control);
        void name;
      }
    });
    await waitForText(page, "ready");
    const failed: string[] = [];
    for (const [name, control] of controls) {
      const ok = await control.focus();
      const id = await focusedId(page);
      if (!ok || id !== control.uid) failed.push(`${name}: focus() → ${ok}, focused ${id}`);
    }
    expect(failed).toEqual([]);
  }, 60_000);

  it("does not focus a hidden control or one under a disabled parent: resolves false", async () => {
    const hidden = new ft.TextField({ label: "Hidden", visible: false });
    const disabled = new ft.ElevatedButton("Off");
    const field = new ft.TextField({ label: "Here" });
    const page = await suite.open((pg) =>
      pg.add(new ft.Text("ready"), field, hidden, new ft.Column([disabled], { disabled: true })),
    );
    await waitForText(page, "ready");
    expect(await field.focus()).toBe(true);
    expect(await hidden.focus()).toBe(false);
    expect(await disabled.focus()).toBe(false);
    expect(await focusedId(page)).toBe(field.uid);
  });

  it("focuses the field again after a handler, as Flet's todo tutorial does", async () => {
    const newTask = new ft.TextField({ hintText: "What needs to be done?" });
    const tasks = new ft.Column();
    const page = await suite.open((pg) =>
      pg.add(
        new ft.Row([
          newTask,
          new ft.FloatingActionButton({
            icon: ft.icons.ADD,
            tooltip: "Add task",
            onClick: () => {
              tasks.controls.push(new ft.Checkbox(newTask.value));
              newTask.value = "";
              newTask.focus();
            },
          }),
        ]),
        tasks,
      ),
    );
    const box = page.getByRole("textbox");
    await box.fill("milk");
    await page.getByRole("button", { name: "Add task" }).click();
    await waitForText(page, "milk");
    await expect.poll(() => focusedId(page)).toBe(newTask.uid);
  });

  it("autofocus inside a dialog focuses the field, not the dialog", async () => {
    const name = new ft.TextField({ label: "Your name", autofocus: true });
    const page = await suite.open((pg) => {
      pg.add(new ft.Text("ready"));
      pg.showDialog(
        new ft.AlertDialog({
          modal: true,
          title: new ft.Text("Welcome!"),
          content: new ft.Column([name], { width: 300, tight: true }),
          actions: [new ft.ElevatedButton("Join chat")],
        }),
      );
    });
    await waitForText(page, "Welcome!");
    await expect.poll(() => focusedId(page)).toBe(name.uid);
    await page.keyboard.type("Ada");
    await expect.poll(() => name.value).toBe("Ada");
  });

  it("a field keeps focus while the server redraws the prefix in front of it", async () => {
    // A prefix icon is drawn anew on each update; the field behind it was moved to close
    // the gap and lost focus, so the next key went nowhere (Enter did not submit).
    const submitted: string[] = [];
    const field = new ft.CupertinoTextField({
      placeholderText: "Amount",
      prefixIcon: ft.icons.SEARCH,
      prefixText: "$",
    });
    field.onChange = () => {
      field.helperText = `typed ${field.value}`;
      field.update();
    };
    field.onSubmit = (e) => void submitted.push(String(e.data));
    const page = await suite.open((pg) => pg.add(new ft.Text("ready"), field));
    await waitForText(page, "ready");
    const box = page.getByRole("textbox", { name: "Amount" });
    await box.click();
    for (const key of ["4", "2"]) {
      await page.keyboard.press(key);
      await waitForText(page, `typed ${key === "4" ? "4" : "42"}`);
      await expect.poll(() => focusedId(page)).toBe(field.uid);
    }
    await page.keyboard.press("Enter");
    await expect.poll(() => submitted).toEqual(["42"]);
  });
});
