import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { group as animations } from "../../examples/showcase/examples/animations/index.js";
import { group as buttons } from "../../examples/showcase/examples/buttons/index.js";
import { group as dialogs } from "../../examples/showcase/examples/dialogs/index.js";
import { group as input } from "../../examples/showcase/examples/input/index.js";
import { group as utility } from "../../examples/showcase/examples/utility/index.js";
import type { GalleryControl, GalleryGroup } from "../../examples/showcase/model.js";

let t: Tester | undefined;
afterEach(async () => {
  const tester = t;
  t = undefined;
  if (!tester) return;
  try {
    expectNoErrors(tester, "after the interactions");
  } finally {
    await tester.close();
  }
});

/** A failing main or handler does not throw in the tester: it leaves an error frame. */
function expectNoErrors(tester: Tester, when: string): void {
  expect(tester.errors, `server errors ${when}`).toEqual([]);
  expect(tester.protocolErrors, `error frames ${when}`).toEqual([]);
}

/** Mounts one example of a control, as the showcase shows it: alone on the page. */
async function mount(control: GalleryControl, index = 0): Promise<Tester> {
  const example = control.examples[index];
  if (!example) throw new Error(`${control.slug} has no example ${index}`);
  t = await createTester((page) => {
    page.add(example.example(page));
  });
  expectNoErrors(t, `mounting "${example.name}"`);
  return t;
}

function find(group: GalleryGroup, slug: string): GalleryControl {
  const control = group.controls.find((c) => c.slug === slug);
  if (!control) throw new Error(`no ${slug} in ${group.slug}`);
  return control;
}

const groups = [buttons, input, dialogs, utility, animations];

describe("showcase groups", () => {
  it("list their controls in Flet's order (by name), with unique slugs and examples", () => {
    for (const group of groups) {
      const names = group.controls.map((c) => c.name);
      expect(names).toEqual([...names].sort());
      const slugs = group.controls.map((c) => c.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const control of group.controls) {
        expect(control.description.length).toBeGreaterThan(0);
        expect(control.examples.length).toBeGreaterThan(0);
      }
    }
  });

  for (const group of groups) {
    describe(group.label, () => {
      for (const control of group.controls) {
        it(`builds, mounts and unmounts every ${control.name} example`, async () => {
          for (const example of control.examples) {
            const tester = await createTester((page) => {
              page.add(example.example(page));
            });
            try {
              expectNoErrors(tester, `mounting "${example.name}"`);
              expect(tester.page.controls, example.name).toHaveLength(1);
              tester.page.clean();
              await tester.settle();
              expectNoErrors(tester, `unmounting "${example.name}"`);
              expect(tester.page.controls).toHaveLength(0);
            } finally {
              await tester.close();
            }
          }
        });
      }
    });
  }
});

describe("interactive examples", () => {
  it("ElevatedButton counts its clicks", async () => {
    const tester = await mount(find(buttons, "elevatedbutton"), 2);
    await tester.tap(tester.find.text("Button with 'click' event"));
    await tester.tap(tester.find.text("Button with 'click' event"));
    expect(tester.find.text("Button clicked 2 time(s)").exists).toBe(true);
  });

  it("IconButton counts its clicks", async () => {
    const tester = await mount(find(buttons, "iconbutton"), 1);
    await tester.tap(tester.find.byType(ft.IconButton));
    expect(tester.find.text("Button clicked 1 time(s)").exists).toBe(true);
  });

  it("the FloatingActionButton example puts a FAB on the page that adds tiles", async () => {
    const tester = await mount(find(buttons, "floatingactionbutton"));
    expect(tester.page.floatingActionButton).toBeInstanceOf(ft.FloatingActionButton);
    await tester.tap(tester.find.byType(ft.FloatingActionButton));
    await tester.tap(tester.find.byType(ft.FloatingActionButton));
    expect(tester.find.text("Tile 0").exists).toBe(true);
    expect(tester.find.text("Tile 1").exists).toBe(true);
    expect(tester.find.text("Tile was added successfully!").exists).toBe(true);
    tester.page.clean();
    await tester.settle();
    expect(tester.page.floatingActionButton).toBeUndefined();
  });

  it("CupertinoDialogAction opens a CupertinoAlertDialog that OK closes", async () => {
    const tester = await mount(find(buttons, "cupertinodialogaction"));
    await tester.tap(tester.find.text("Open CupertinoAlertDialog"));
    expect(tester.find.text("Do you want to delete this file?").exists).toBe(true);
    expect((tester.page.dialog as ft.CupertinoAlertDialog).open).toBe(true);
    await tester.tap(tester.find.text("OK"));
    expect((tester.page.dialog as ft.CupertinoAlertDialog).open).toBe(false);
  });

  it("TextField echoes what is typed", async () => {
    const tester = await mount(find(input, "textfield"), 1);
    await tester.enterText(tester.find.byType(ft.TextField), "Hello, gallery");
    expect(tester.find.text("Hello, gallery").exists).toBe(true);
  });

  it("Checkbox reports its change", async () => {
    const tester = await mount(find(input, "checkbox"), 1);
    await tester.tap(tester.find.text("Checkbox with 'change' event"));
    expect(tester.find.text("Checkbox value changed to true").exists).toBe(true);
  });

  it("Dropdown takes a new option typed in the field", async () => {
    const tester = await mount(find(input, "dropdown"), 2);
    await tester.enterText(tester.find.byType(ft.TextField), "Purple");
    await tester.tap(tester.find.text("Add"));
    const dropdown = tester.find.byType(ft.Dropdown).first as ft.Dropdown;
    expect(dropdown.value).toBe("Purple");
    expect(dropdown.options.map((o) => o.key)).toEqual(["Purple"]);
    expect((tester.find.byType(ft.TextField).first as ft.TextField).value).toBe("");
  });

  it("AlertDialog opens a modal dialog that Yes closes", async () => {
    const tester = await mount(find(dialogs, "alertdialog"));
    await tester.tap(tester.find.text("Open modal dialog"));
    expect(tester.find.text("Do you really want to delete all those files?").exists).toBe(true);
    await tester.tap(tester.find.text("Yes"));
    expect((tester.page.dialog as ft.AlertDialog).open).toBe(false);
  });

  it("SnackBar shows a new message on each press", async () => {
    const tester = await mount(find(dialogs, "snackbar"));
    await tester.tap(tester.find.text("Open SnackBar"));
    expect(tester.find.text("Hello 0").exists).toBe(true);
    await tester.tap(tester.find.text("Open SnackBar"));
    expect(tester.find.text("Hello 1").exists).toBe(true);
  });

  it("AnimatedSwitcher switches between its two containers", async () => {
    const tester = await mount(find(animations, "animatedswitcher"));
    expect(tester.find.text("Hello!").exists).toBe(true);
    await tester.tap(tester.find.text("Animate!"));
    expect(tester.find.text("Bye!").exists).toBe(true);
    expect(tester.find.text("Hello!").exists).toBe(false);
  });

  it("SubmenuButton colours the box from a cascading menu", async () => {
    const tester = await mount(find(buttons, "submenubutton"));
    await tester.tap(tester.find.text("BgColors"));
    await tester.tap(tester.find.text("G"));
    await tester.tap(tester.find.text("Green"));
    expect(tester.find.text("Green.on_click").exists).toBe(true);
    const box = tester.find.byType(ft.Container).where((c) => (c as ft.Container).height === 100);
    expect((box.first as ft.Container).bgcolor).toBe("green");
  });

  it("PopupMenuButton's checked item toggles", async () => {
    const tester = await mount(find(buttons, "popupmenubutton"));
    await tester.tap(tester.find.byType(ft.PopupMenuButton));
    await tester.tap(tester.find.text("Checked item"));
    const item = tester.find
      .byType(ft.PopupMenuItem)
      .where((i) => (i as ft.PopupMenuItem).text === "Checked item");
    expect((item.first as ft.PopupMenuItem).checked).toBe(true);
  });

  it("RadioGroup reports the chosen colour", async () => {
    const tester = await mount(find(input, "radio"), 1);
    await tester.tap(tester.find.text("Green"));
    expect(tester.find.text("Your favorite color is:  green").exists).toBe(true);
  });

  it("the assist Chip saves to favourites once", async () => {
    const tester = await mount(find(input, "chip"));
    await tester.tap(tester.find.text("Save to favourites"));
    expect(tester.find.text("Saved to favorites").exists).toBe(true);
    expect(tester.find.byType(ft.Chip).first.disabled).toBe(true);
  });

  it("CupertinoPicker in a bottom sheet shows the picked fruit", async () => {
    const tester = await mount(find(dialogs, "cupertinopicker"));
    await tester.tap(tester.find.text("Orange"));
    expect((tester.page.bottomSheet as ft.CupertinoBottomSheet).open).toBe(true);
    await tester.trigger(tester.find.byType(ft.CupertinoPicker), "change", 1, { selectedIndex: 1 });
    expect(tester.find.text("Mango").exists).toBe(true);
  });

  it("DatePicker shows the picked date", async () => {
    const tester = await mount(find(dialogs, "datepicker"));
    await tester.tap(tester.find.text("Pick date"));
    await tester.choose(tester.find.byType(ft.DatePicker), new Date(2024, 2, 15));
    expect(tester.find.text(/^Selected date: Fri Mar 15 2024/).exists).toBe(true);
    tester.page.clean();
    await tester.settle();
    expect(tester.page.overlay).toHaveLength(0);
  });

  it("TimePicker shows the picked time", async () => {
    const tester = await mount(find(dialogs, "timepicker"));
    await tester.tap(tester.find.text("Pick time"));
    await tester.choose(tester.find.byType(ft.TimePicker), "09:30");
    expect(tester.find.text(/^Selected time: 09:30/).exists).toBe(true);
  });

  it("DragTarget takes the colour of a Draggable of its group only", async () => {
    const tester = await mount(find(utility, "draggable"));
    const target = tester.find.byType(ft.DragTarget);
    const draggables = tester.find.byType(ft.Draggable);
    const box = () => (target.first as ft.DragTarget).content as ft.Container;
    // The tester refuses, as the browser does, a drop from another group.
    await expect(tester.drag(draggables.at(2), { to: target })).rejects.toThrow(/"color1"/);
    expect(box().bgcolor).toBe(ft.colors.BLUE_GREY_100);
    await tester.drag(draggables.at(0), { to: target });
    expect(box().bgcolor).toBe(ft.colors.CYAN);
  });

  it("GestureDetector moves the amber box by the pan", async () => {
    const tester = await mount(find(utility, "gesturedetector"));
    const amber = tester.find
      .byType(ft.Container)
      .where((c) => (c as ft.Container).bgcolor === ft.colors.AMBER);
    await tester.drag(tester.find.byType(ft.GestureDetector).first, { dx: 30, dy: 20 });
    expect((amber.first as ft.Container).left).toBe(30);
    expect((amber.first as ft.Container).top).toBe(20);
  });

  it("AlertDialog's basic dialog reports its dismissal", async () => {
    const tester = await mount(find(dialogs, "alertdialog"));
    await tester.tap(tester.find.text("Open dialog"));
    expect(tester.find.text("Hello, you!").exists).toBe(true);
    await tester.dismiss(tester.page.dialog!);
    expect(tester.find.text("Dialog dismissed!").exists).toBe(true);
  });

  it("Banner opens and any action closes it", async () => {
    const tester = await mount(find(dialogs, "banner"));
    await tester.tap(tester.find.text("Show Banner"));
    expect((tester.page.banner as ft.Banner).open).toBe(true);
    await tester.tap(tester.find.text("Ignore"));
    expect((tester.page.banner as ft.Banner).open).toBe(false);
  });

  it("BottomSheet opens, closes from its button, and reports a dismissal", async () => {
    const tester = await mount(find(dialogs, "bottomsheet"));
    await tester.tap(tester.find.text("Display bottom sheet"));
    const sheet = tester.page.bottomSheet as ft.BottomSheet;
    expect(sheet.open).toBe(true);
    await tester.tap(tester.find.text("Close bottom sheet"));
    expect(sheet.open).toBe(false);
    await tester.tap(tester.find.text("Display bottom sheet"));
    await tester.dismiss(sheet);
    expect(tester.find.text("Dismissed!").exists).toBe(true);
  });

  it("the CupertinoTimerPicker sheet opens again after a dismissal", async () => {
    const tester = await mount(find(dialogs, "cupertinotimerpicker"));
    await tester.tap(tester.find.text("00:01:10"));
    const sheet = tester.page.bottomSheet as ft.CupertinoBottomSheet;
    await tester.dismiss(sheet);
    expect(sheet.open).toBe(false);
    await tester.tap(tester.find.text("00:01:10"));
    expect(sheet.open).toBe(true);
    await tester.trigger(tester.find.byType(ft.CupertinoTimerPicker), "change", 3725, {
      value: 3725,
    });
    expect(tester.find.text("01:02:05").exists).toBe(true);
  });
});
