import * as ft from "flet-ts";
import { createTester } from "flet-ts/testing";
import { describe, expect, it } from "vitest";

describe("Cupertino events through the tester", () => {
  it("buttons, actions and list tiles fire onClick on tap", async () => {
    const clicks: string[] = [];
    const t = await createTester((page) => {
      page.add(
        new ft.CupertinoButton("Plain", { onClick: () => void clicks.push("plain") }),
        new ft.CupertinoFilledButton("Filled", { onClick: () => void clicks.push("filled") }),
        new ft.CupertinoListTile({
          title: new ft.Text("Row"),
          onClick: () => void clicks.push("tile"),
        }),
        new ft.CupertinoContextMenu({
          content: new ft.Text("Photo"),
          actions: [
            new ft.CupertinoContextMenuAction("Share", {
              onClick: () => void clicks.push("share"),
            }),
          ],
        }),
        new ft.CupertinoActionSheet({
          actions: [
            new ft.CupertinoActionSheetAction("Mail", { onClick: () => void clicks.push("mail") }),
          ],
          cancel: new ft.CupertinoActionSheetAction("Cancel", {
            onClick: () => void clicks.push("cancel"),
          }),
        }),
      );
    });
    for (const text of ["Plain", "Filled", "Row", "Share", "Mail", "Cancel"])
      await t.tap(t.find.text(text));
    expect(clicks).toEqual(["plain", "filled", "tile", "share", "mail", "cancel"]);
    await t.close();
  });

  it("switch and checkbox toggle their two-way value on tap", async () => {
    const seen: unknown[] = [];
    const t = await createTester((page) => {
      page.add(
        new ft.CupertinoSwitch("Wi-Fi", {
          onChange: (e) => void seen.push(["switch", e.control.value]),
        }),
        new ft.CupertinoCheckbox("Agree", {
          value: true,
          onChange: (e) => void seen.push(["box", e.control.value]),
        }),
      );
    });
    await t.tap(t.find.byType(ft.CupertinoSwitch));
    await t.tap(t.find.byType(ft.CupertinoCheckbox));
    expect(seen).toEqual([
      ["switch", true],
      ["box", false],
    ]);
    await t.close();
  });

  it("text field takes typed text and submits", async () => {
    let submitted: string | undefined;
    const field = new ft.CupertinoTextField({
      placeholderText: "Name",
      onSubmit: () => {
        submitted = field.value;
      },
    });
    const t = await createTester((page) => page.add(field));
    await t.enterText(t.find.byType(ft.CupertinoTextField), "Ada");
    await t.trigger(field, "submit");
    expect(submitted).toBe("Ada");
    await t.close();
  });

  it("pickers and segmented controls receive their two-way values with the event", async () => {
    const got: unknown[] = [];
    const picker = new ft.CupertinoPicker({
      controls: [new ft.Text("A"), new ft.Text("B")],
      onChange: (e) => void got.push(["picker", e.data, e.control.selectedIndex]),
    });
    const timer = new ft.CupertinoTimerPicker({
      onChange: (e) => void got.push(["timer", e.control.value]),
    });
    const date = new ft.CupertinoDatePicker({
      onChange: (e) => void got.push(["date", e.data, e.control.value]),
    });
    const seg = new ft.CupertinoSegmentedButton({
      controls: [new ft.Text("1"), new ft.Text("2")],
      onChange: (e) => void got.push(["seg", e.control.selectedIndex]),
    });
    const sliding = new ft.CupertinoSlidingSegmentedButton({
      controls: [new ft.Text("x"), new ft.Text("y")],
      onChange: (e) => void got.push(["sliding", e.control.selectedIndex]),
    });
    const nav = new ft.CupertinoNavigationBar({
      destinations: [new ft.NavigationDestination("Home"), new ft.NavigationDestination("Me")],
      onChange: (e) => void got.push(["nav", e.control.selectedIndex]),
    });
    const slider = new ft.CupertinoSlider({
      onChangeEnd: (e) => void got.push(["slider", e.data, e.control.value]),
    });
    const t = await createTester((page) =>
      page.add(picker, timer, date, seg, sliding, slider, nav),
    );
    await t.trigger(picker, "change", 1, { selectedIndex: 1 });
    await t.trigger(timer, "change", 90, { value: 90 });
    await t.trigger(date, "change", "2024-03-05T14:30:00", { value: "2024-03-05T14:30:00" });
    await t.trigger(seg, "change", 1, { selectedIndex: 1 });
    await t.trigger(sliding, "change", 1, { selectedIndex: 1 });
    await t.trigger(nav, "change", 1, { selectedIndex: 1 });
    await t.trigger(slider, "changeEnd", 0.5, { value: 0.5 });
    expect(got).toEqual([
      ["picker", 1, 1],
      ["timer", 90],
      ["date", "2024-03-05T14:30:00", "2024-03-05T14:30:00"],
      ["seg", 1],
      ["sliding", 1],
      ["nav", 1],
      ["slider", 0.5, 0.5],
    ]);
    await t.close();
  });

  it("a Cupertino radio selects itself in its RadioGroup", async () => {
    const group = new ft.RadioGroup(
      new ft.Column([
        new ft.CupertinoRadio("Tea", { value: "tea" }),
        new ft.CupertinoRadio("Coffee", { value: "coffee" }),
      ]),
      { onChange: () => {} },
    );
    const t = await createTester((page) => page.add(group));
    await t.trigger(group, "change", "coffee", { value: "coffee" });
    expect(group.value).toBe("coffee");
    await t.close();
  });

  it("alert dialog and bottom sheet close and fire onDismiss", async () => {
    const dismissed: string[] = [];
    const alert = new ft.CupertinoAlertDialog({
      title: new ft.Text("Hi"),
      actions: [new ft.CupertinoDialogAction("OK")],
      onDismiss: () => void dismissed.push("alert"),
    });
    const sheet = new ft.CupertinoBottomSheet(new ft.Text("Sheet"), {
      onDismiss: () => void dismissed.push("sheet"),
    });
    const t = await createTester((page) => {
      page.showDialog(alert);
      page.showBottomSheet(sheet);
    });
    expect([alert.open, sheet.open]).toEqual([true, true]);
    await t.trigger(alert, "dismiss", undefined, { open: false });
    await t.trigger(sheet, "dismiss", undefined, { open: false });
    expect([alert.open, sheet.open, dismissed]).toEqual([false, false, ["alert", "sheet"]]);
    await t.close();
  });

  it("adaptive is inherited data on the tree: the flag travels with each control", async () => {
    const sw = new ft.Switch({ label: "Dark" });
    const t = await createTester((page) => {
      page.platform = ft.PagePlatform.IOS;
      page.add(new ft.Column([sw], { adaptive: true }));
    });
    expect(t.page.platform).toBe("ios");
    expect((sw.parent as ft.Column).adaptive).toBe(true);
    expect(sw.adaptive).toBeUndefined();
    await t.close();
  });
});
