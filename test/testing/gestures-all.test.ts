import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** The error an action must throw. */
async function refused(action: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await action;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error("Expected the action to be refused, but it passed.");
}

describe("tap on what a user can click", () => {
  it("picks a Tab (change with selectedIndex), not from its panel content", async () => {
    const picked: number[] = [];
    const clicks: string[] = [];
    const tabs = new ft.Tabs(
      [
        new ft.Tab("One", { content: new ft.Text("First page") }),
        new ft.Tab("Two", {
          content: new ft.ElevatedButton("Inside", { onClick: () => void clicks.push("inside") }),
        }),
      ],
      { onChange: (e) => void picked.push(e.control.selectedIndex ?? -1) },
    );
    t = await createTester((page) => page.add(tabs));
    expect(t.find.text("Inside").exists).toBe(false); // the panel shows the selected tab only
    await t.tap(t.find.text("Two"));
    expect(picked).toEqual([1]);
    expect(tabs.selectedIndex).toBe(1);
    await t.tap(t.find.text("Two")); // already selected: the browser sends nothing
    await t.tap(t.find.text("Inside")); // the panel's content is not the tab's header
    expect(picked).toEqual([1]);
    expect(clicks).toEqual(["inside"]);
    const hidden = await refused(t.tap(t.find.text("First page")));
    expect(hidden.message).toContain("is not selected");
    tabs.disabled = true;
    tabs.update();
    await t.pump();
    const error = await refused(t.tap(t.find.text("One")));
    expect(error.code).toBe("FLET_ERR_TESTER_NOT_INTERACTIVE");
    expect(error.message).toMatch(/its ancestor Tabs#\w+ is disabled/);
  });

  it("picks a Cupertino (sliding) segment by index", async () => {
    const sliding = new ft.CupertinoSlidingSegmentedButton(
      [new ft.Text("Day"), new ft.Text("Week"), new ft.Text("Month")],
      { onChange: () => {} },
    );
    const plain = new ft.CupertinoSegmentedButton([new ft.Text("A"), new ft.Text("B")], {
      onChange: () => {},
    });
    t = await createTester((page) => page.add(sliding, plain));
    await t.tap(t.find.text("Month"));
    expect(sliding.selectedIndex).toBe(2);
    await t.tap(t.find.text("B"));
    expect(plain.selectedIndex).toBe(1);
    plain.visible = false;
    plain.update();
    await t.pump();
    const error = await refused(t.tap(t.find.text("A")));
    expect(error.code).toBe("FLET_ERR_TESTER_NOT_INTERACTIVE");
    expect(error.message).toMatch(/hidden/);
  });
});

describe("the AppBar's implied back button", () => {
  function twoViews(page: ft.Page, popped: string[], bar?: ft.AppBar): void {
    page.onViewPop = (e) => {
      popped.push(e.view?.route ?? "?");
      page.views.pop();
      page.update();
    };
    page.views.push(
      new ft.View("/details", [new ft.Text("Details")], {
        appbar: bar ?? new ft.AppBar({ title: new ft.Text("Details") }),
      }),
    );
    page.update();
  }

  it("pops the top view (viewPop with the view); refused with one view", async () => {
    const popped: string[] = [];
    t = await createTester((page) => twoViews(page, popped));
    await t.back();
    expect(popped).toEqual(["/details"]);
    expect(t.page.views).toHaveLength(1);
    const error = await refused(t.back());
    expect(error.code).toBe("FLET_ERR_TESTER_NOT_INTERACTIVE");
    expect(error.message).toContain("page.views holds 1");
  });

  it("is not there with a leading control (the browser's back still works)", async () => {
    const popped: string[] = [];
    t = await createTester((page) =>
      twoViews(page, popped, new ft.AppBar({ leading: new ft.Icon("menu") })),
    );
    const error = await refused(t.back());
    expect(error.code).toBe("FLET_ERR_TESTER_NOT_INTERACTIVE");
    expect(error.message).toContain("its own leading control");
    await t.back({ browser: true });
    expect(popped).toEqual(["/details"]);
  });
});

describe("the app bar's menu button and a Cupertino bar's Back", () => {
  function drawerView(bar: ft.Control, extra = false): ft.View {
    return new ft.View("/", [new ft.Text("Home")], {
      appbar: bar as ft.AppBar,
      drawer: new ft.NavigationDrawer({
        controls: [new ft.NavigationDrawerDestination({ label: "Inbox" })],
      }),
      ...(extra && {
        endDrawer: new ft.NavigationDrawer({
          controls: [new ft.NavigationDrawerDestination({ label: "Filters" })],
        }),
      }),
    });
  }

  it("opens the view's drawer (open true) and the end drawer without actions", async () => {
    t = await createTester((page) => {
      page.views.splice(
        0,
        page.views.length,
        drawerView(new ft.AppBar({ title: new ft.Text("Mail") }), true),
      );
      page.update();
    });
    const view = t.page.views[0]!;
    const drawers = [view.drawer, view.endDrawer] as ft.NavigationDrawer[];
    await t.openDrawer();
    expect(drawers[0]!.open).toBe(true);
    expect(t.find.text("Inbox").exists).toBe(true);
    const again = await refused(t.openDrawer());
    expect(again.message).toContain("has its drawer open already");
    await t.press("Escape");
    expect(drawers[0]!.open).toBe(false);
    await t.openDrawer({ end: true });
    expect(drawers[1]!.open).toBe(true);
  });

  it("refuses where the bar shows no menu button, saying why", async () => {
    t = await createTester((page) => {
      page.views.splice(
        0,
        page.views.length,
        drawerView(
          new ft.AppBar({ leading: new ft.Icon("home"), actions: [new ft.Icon("search")] }),
        ),
      );
      page.update();
    });
    const start = await refused(t.openDrawer());
    expect(start.code).toBe("FLET_ERR_TESTER_NOT_INTERACTIVE");
    expect(start.message).toContain("its own leading control");
    const end = await refused(t.openDrawer({ end: true }));
    expect(end.message).toContain("has no endDrawer");
  });

  it("a Cupertino bar keeps Back with a drawer, and then shows no menu button", async () => {
    const popped: string[] = [];
    t = await createTester((page) => {
      page.onViewPop = () => {
        popped.push("details");
        page.views.pop();
        page.update();
      };
      const details = drawerView(new ft.CupertinoAppBar({ middle: new ft.Text("Details") }));
      details.route = "/details";
      page.views.push(details);
      page.update();
    });
    const menu = await refused(t.openDrawer());
    expect(menu.message).toContain("shows Back instead of the menu button");
    await t.back();
    expect(popped).toEqual(["details"]);
  });
});

describe("dialog barriers and what they cover", () => {
  it("a tap on the barrier dismisses a non-modal dialog; a modal one stays", async () => {
    const dismissed: string[] = [];
    const dialog = new ft.AlertDialog({
      title: new ft.Text("Hi"),
      onDismiss: () => void dismissed.push("alert"),
    });
    const modal = new ft.AlertDialog({ modal: true, title: new ft.Text("Sure?") });
    t = await createTester((page) => page.add(new ft.Text("Page")));
    const error = await refused(t.tapBarrier());
    expect(error.code).toBe("FLET_ERR_TESTER_NOT_INTERACTIVE");
    expect(error.message).toContain("none is open");
    t.page.showDialog(dialog);
    await t.pump();
    await t.tapBarrier(dialog);
    expect(dismissed).toEqual(["alert"]);
    expect(dialog.open).toBe(false);
    t.page.showDialog(modal);
    await t.pump();
    await t.tapBarrier();
    expect(modal.open).toBe(true);
  });

  it("closes a BottomSheet and a CupertinoAlertDialog by their barrier", async () => {
    const sheet = new ft.BottomSheet(new ft.Text("Sheet"), { open: true });
    const cupertino = new ft.CupertinoAlertDialog({ title: new ft.Text("iOS") });
    t = await createTester((page) => void page.overlay.push(sheet));
    await t.tapBarrier();
    expect(sheet.open).toBe(false);
    t.page.overlay.push(cupertino);
    cupertino.open = true;
    t.page.update();
    await t.pump();
    await t.tapBarrier(cupertino);
    expect(cupertino.open).toBe(false);
  });

  it("refuses a tap on the page behind an open dialog, naming the dialog", async () => {
    const clicks: string[] = [];
    const dialog = new ft.AlertDialog({
      title: new ft.Text("Dialog"),
      actions: [new ft.TextButton("OK", { onClick: () => void clicks.push("ok") })],
    });
    t = await createTester((page) =>
      page.add(new ft.ElevatedButton("Behind", { onClick: () => void clicks.push("behind") })),
    );
    t.page.showDialog(dialog);
    await t.pump();
    const error = await refused(t.tap(t.find.text("Behind")));
    expect(error.code).toBe("FLET_ERR_TESTER_NOT_INTERACTIVE");
    expect(error.message).toMatch(/it is behind AlertDialog#\w+, an open modal overlay/);
    await t.tap(t.find.text("OK"));
    expect(clicks).toEqual(["ok"]);
  });
});

describe("t.press", () => {
  it("Enter submits a TextField; a multiline one gets a line; shiftEnter submits", async () => {
    const submitted: string[] = [];
    const single = new ft.TextField({
      label: "One",
      onSubmit: (e) => void submitted.push(e.data as string),
    });
    const multi = new ft.TextField({ label: "Many", multiline: true });
    const shifted = new ft.TextField({
      label: "Shift",
      shiftEnter: true,
      onSubmit: () => void submitted.push("shift"),
    });
    t = await createTester((page) => page.add(single, multi, shifted));
    await t.enterText(single, "milk");
    await t.press("Enter", { target: single });
    expect(submitted).toEqual(["milk"]);
    expect(t.focused).toBe(single);
    await t.enterText(multi, "a");
    await t.press("Enter", { target: multi });
    expect(multi.value).toBe("a\n");
    await t.press("Enter", { target: shifted, shift: true });
    expect(shifted.value).toBe("\n");
    await t.press("Enter");
    expect(submitted).toEqual(["milk", "shift"]);
  });

  it("Tab and Shift+Tab move the focus in page order with focus and blur", async () => {
    const log: string[] = [];
    const first = new ft.TextField({
      label: "First",
      onFocus: () => void log.push("focus first"),
      onBlur: () => void log.push("blur first"),
    });
    const hidden = new ft.TextField({ label: "Hidden", visible: false });
    const second = new ft.ElevatedButton("Second", {
      onFocus: () => void log.push("focus second"),
    });
    t = await createTester((page) => page.add(first, hidden, second));
    expect(t.focused).toBeUndefined();
    await t.press("Tab");
    expect(t.focused).toBe(first);
    await t.press("Tab");
    expect(t.focused).toBe(second);
    await t.press("Tab", { shift: true });
    expect(t.focused).toBe(first);
    expect(log).toEqual(["focus first", "blur first", "focus second", "focus first"]);
  });

  it("Space and Enter press a focused button or toggle; arrows step sliders and radios", async () => {
    const clicks: string[] = [];
    const box = new ft.Checkbox({ label: "Agree", onChange: () => {} });
    const slider = new ft.Slider({ min: 0, max: 10, divisions: 10, value: 5, onChange: () => {} });
    const group = new ft.RadioGroup(
      new ft.Column([
        new ft.Radio({ value: "a", label: "A" }),
        new ft.Radio({ value: "b", label: "B" }),
      ]),
      { value: "a", onChange: () => {} },
    );
    t = await createTester((page) =>
      page.add(
        new ft.ElevatedButton("Go", { onClick: () => void clicks.push("go") }),
        box,
        slider,
        group,
      ),
    );
    await t.press("Enter", { target: t.find.text("Go") });
    await t.press("Space");
    expect(clicks).toEqual(["go", "go"]);
    await t.press("Space", { target: box });
    expect(box.value).toBe(true);
    await t.press("Enter"); // Enter does not toggle a checkbox
    expect(box.value).toBe(true);
    await t.press("ArrowRight", { target: slider });
    expect(slider.value).toBe(6);
    await t.press("Home");
    expect(slider.value).toBe(0);
    await t.press("ArrowDown", { target: t.find.text("A") });
    expect(group.value).toBe("b");
    box.disabled = true;
    box.update();
    await t.pump();
    const error = await refused(t.press("Space", { target: box }));
    expect(error.code).toBe("FLET_ERR_TESTER_NOT_INTERACTIVE");
    expect(error.message).toContain("disabled");
  });

  it("Escape dismisses the top dialog (not a modal one); the page gets keyboardEvent", async () => {
    const keys: unknown[] = [];
    const dialog = new ft.AlertDialog({ title: new ft.Text("Hi") });
    t = await createTester((page) => {
      page.onKeyboardEvent = (e) => void keys.push([e.key, e.shift, e.ctrl, e.alt, e.meta]);
      page.add(new ft.Text("Page"));
    });
    t.page.showDialog(dialog);
    await t.pump();
    await t.press("Escape");
    expect(dialog.open).toBe(false);
    await t.press("a", { ctrl: true, meta: true });
    expect(keys).toEqual([
      ["Escape", false, false, false, false],
      ["a", false, true, false, true],
    ]);
    const modal = new ft.AlertDialog({ modal: true, title: new ft.Text("Stay") });
    t.page.showDialog(modal);
    await t.pump();
    await t.press("Escape");
    expect(modal.open).toBe(true);
    const error = await refused(t.press("Enter", { target: t.find.text("Page") }));
    expect(error.code).toBe("FLET_ERR_TESTER_NOT_INTERACTIVE");
  });

  it("arrows move the focus among Tabs; Enter picks the focused one", async () => {
    const tabs = new ft.Tabs([new ft.Tab("One"), new ft.Tab("Two")], { onChange: () => {} });
    t = await createTester((page) => page.add(tabs));
    await t.press("ArrowRight", { target: tabs.tabs[0] });
    expect(tabs.selectedIndex).toBe(0);
    await t.press("Enter");
    expect(tabs.selectedIndex).toBe(1);
  });
});

describe("t.hover", () => {
  it("sends GestureDetector enter/hover/exit and Container hover true/false", async () => {
    const log: string[] = [];
    const detector = new ft.GestureDetector(new ft.Text("Zone"), {
      onEnter: () => void log.push("enter"),
      onHover: () => void log.push("hover"),
      onExit: () => void log.push("exit"),
    });
    const box = new ft.Container(new ft.Text("Box"), {
      onHover: (e) => void log.push(`box ${e.data}`),
    });
    t = await createTester((page) => page.add(detector, box));
    await t.hover(t.find.text("Zone"));
    await t.hover(t.find.text("Box"));
    await t.hover();
    expect(log).toEqual(["enter", "hover", "exit", "box true", "box false"]);
    box.visible = false;
    box.update();
    await t.pump();
    const error = await refused(t.hover(box));
    expect(error.code).toBe("FLET_ERR_TESTER_NOT_INTERACTIVE");
    expect(error.message).toContain("hidden");
  });
});

describe("t.scroll", () => {
  it("scrolls a ListView with Flet's scroll notifications, clamped", async () => {
    const events: Record<string, unknown>[] = [];
    const list = new ft.ListView([new ft.Text("Row 1"), new ft.Text("Row 2")], {
      onScroll: (e) => void events.push(e.data as Record<string, unknown>),
    });
    t = await createTester((page) => page.add(list));
    await t.scroll(t.find.text("Row 1"), { dy: 300, extent: 500 });
    expect(events.map((e) => e.eventType)).toEqual(["start", "update", "end"]);
    expect(events[1]).toMatchObject({ pixels: 300, scrollDelta: 300, maxScrollExtent: 500 });
    await t.scroll(list, { to: "end", extent: 500 });
    expect(events.at(-1)).toMatchObject({ eventType: "end", pixels: 500 });
    events.length = 0;
    await t.scroll(list, { dy: 50, extent: 500 }); // already at the end
    expect(events).toEqual([]);
  });

  it("sends a GestureDetector's wheel scroll; refuses where nothing scrolls", async () => {
    const wheel: unknown[] = [];
    t = await createTester((page) =>
      page.add(
        new ft.GestureDetector(new ft.Text("Wheel"), { onScroll: (e) => void wheel.push(e.data) }),
        new ft.Column([new ft.Text("Still")]),
      ),
    );
    await t.scroll(t.find.text("Wheel"), { dy: 40 });
    expect(wheel).toEqual([expect.objectContaining({ scrollDeltaX: 0, scrollDeltaY: 40 })]);
    const error = await refused(t.scroll(t.find.text("Still"), { dy: 10 }));
    expect(error.code).toBe("FLET_ERR_TESTER_NOT_INTERACTIVE");
    expect(error.message).toContain("neither it nor an ancestor scrolls");
  });
});

describe("t.enterText on every text input", () => {
  it("types into TextField, CupertinoTextField and SearchBar as the browser keeps it", async () => {
    const field = new ft.TextField({ maxLength: 3, capitalization: "characters" });
    const cupertino = new ft.CupertinoTextField({ placeholderText: "iOS" });
    const search = new ft.SearchBar({ barHintText: "Search" });
    t = await createTester((page) => page.add(field, cupertino, search));
    await t.enterText(field, "abcdef");
    expect(field.value).toBe("ABC");
    await t.enterText(cupertino, "hello");
    expect(cupertino.value).toBe("hello");
    await t.enterText(search, "flet");
    expect(search.value).toBe("flet");
  });

  it("refuses a chosen value, a read-only field and a disabled one", async () => {
    const dropdown = new ft.Dropdown({ options: [new ft.DropdownOption("a")] });
    const locked = new ft.TextField({ readOnly: true });
    const off = new ft.TextField({ disabled: true });
    t = await createTester((page) => page.add(dropdown, locked, off));
    const chosen = await refused(t.enterText(dropdown, "a"));
    expect(chosen.code).toBe("FLET_ERR_TESTER_NOT_INTERACTIVE");
    expect(chosen.message).toContain("a Dropdown, whose value a user picks");
    expect((await refused(t.enterText(locked, "x"))).message).toContain("read-only");
    expect((await refused(t.enterText(off, "x"))).message).toContain("disabled");
  });
});

describe("long press and drag", () => {
  it("reach their handlers; refused on a disabled detector", async () => {
    const log: string[] = [];
    const detector = new ft.GestureDetector(new ft.Text("Card"), {
      onLongPressStart: () => void log.push("long"),
      onPanUpdate: () => void log.push("pan"),
    });
    t = await createTester((page) => page.add(detector));
    await t.longPress(t.find.text("Card"));
    await t.drag(t.find.text("Card"), { dx: 10, dy: 10, steps: 1 });
    expect(log).toEqual(["long", "pan"]);
    detector.disabled = true;
    detector.update();
    await t.pump();
    const error = await refused(t.drag(t.find.text("Card"), { dx: 10 }));
    expect(error.code).toBe("FLET_ERR_TESTER_NOT_INTERACTIVE");
    expect(error.message).toContain("disabled");
  });
});

describe("menus, drawers and focus inside a dialog", () => {
  it("Escape closes an open popup menu (cancelled), then a drawer", async () => {
    const log: string[] = [];
    const menu = new ft.NavigationDrawer([new ft.NavigationDrawerDestination("Inbox")], {
      onDismiss: () => void log.push("drawer dismissed"),
    });
    t = await createTester((page) => {
      page.add(
        new ft.PopupMenuButton({
          items: [new ft.PopupMenuItem("Copy")],
          onCancelled: () => void log.push("menu cancelled"),
        }),
        new ft.ElevatedButton("Open drawer", { onClick: () => page.showDrawer(menu) }),
      );
    });
    await t.tap(t.find.byType(ft.PopupMenuButton));
    await t.press("Escape");
    expect(log).toEqual(["menu cancelled"]);
    const closed = await refused(t.tap(t.find.text("Copy")));
    expect(closed.message).toContain("menu is not open");
    await t.tap(t.find.text("Open drawer"));
    // The open drawer is a modal <dialog>: the page behind it is inert.
    const behind = await refused(t.tap(t.find.text("Open drawer")));
    expect(behind.message).toMatch(/behind NavigationDrawer#\w+/);
    await t.press("Escape");
    expect(log).toEqual(["menu cancelled", "drawer dismissed"]);
    expect(menu.open).toBe(false);
  });

  it("Tab keeps the focus inside an open dialog", async () => {
    const name = new ft.TextField({ label: "Name" });
    const ok = new ft.TextButton("OK", { onClick: () => {} });
    const dialog = new ft.AlertDialog({ content: name, actions: [ok] });
    t = await createTester((page) => page.add(new ft.TextField({ label: "Behind" })));
    t.page.showDialog(dialog);
    await t.pump();
    await t.press("Tab");
    expect(t.focused).toBe(name);
    await t.press("Tab");
    expect(t.focused).toBe(ok);
    await t.press("Tab");
    expect(t.focused).toBe(name);
  });

  it("scrolls the page (its view) when it scrolls", async () => {
    const pixels: unknown[] = [];
    t = await createTester((page) => {
      page.scroll = "auto";
      page.onScroll = (e) => void pixels.push((e.data as { pixels: number }).pixels);
      page.add(new ft.Text("Long page"));
    });
    await t.scroll(t.page, { dy: 120 });
    expect(pixels).toEqual([120, 120, 120]);
  });
});

describe("keys on Cupertino and search controls", () => {
  it("Enter submits a SearchBar and a CupertinoTextField; arrows pick segments", async () => {
    const submitted: string[] = [];
    const search = new ft.SearchBar({ onSubmit: (e) => void submitted.push(`search ${e.data}`) });
    const field = new ft.CupertinoTextField({
      onSubmit: (e) => void submitted.push(`ios ${e.data}`),
    });
    const segments = new ft.CupertinoSegmentedButton([new ft.Text("A"), new ft.Text("B")], {
      onChange: () => {},
    });
    t = await createTester((page) => page.add(search, field, segments, new ft.Text("Label")));
    await t.enterText(search, "flet");
    await t.press("Enter", { target: search });
    await t.enterText(field, "ok");
    await t.press("Enter", { target: field });
    expect(submitted).toEqual(["search flet", "ios ok"]);
    await t.press("ArrowLeft", { target: t.find.text("A") }); // wraps to the last
    expect(segments.selectedIndex).toBe(1);
    const error = await refused(t.press("Enter", { target: t.find.text("Label") }));
    expect(error.code).toBe("FLET_ERR_TESTER_NOT_INTERACTIVE");
    expect(error.message).toContain("takes it; a user cannot focus it");
  });

  it("Escape in a Cupertino action sheet presses its cancel button", async () => {
    const log: string[] = [];
    const sheet = new ft.CupertinoBottomSheet({
      open: true,
      content: new ft.CupertinoActionSheet({
        actions: [new ft.CupertinoActionSheetAction("Mail", { onClick: () => {} })],
        cancel: new ft.CupertinoActionSheetAction("Cancel", {
          onClick: () => void log.push("cancel"),
        }),
      }),
    });
    t = await createTester((page) => void page.overlay.push(sheet));
    await t.press("Escape");
    expect(log).toEqual(["cancel"]);
  });
});

describe("pickers", () => {
  it("the barrier and Escape dismiss an open DatePicker with its unchanged value", async () => {
    const dismissed: unknown[] = [];
    const date = new ft.DatePicker({
      value: new Date(2024, 4, 20),
      onDismiss: (e) => void dismissed.push(e.data),
    });
    t = await createTester((page) => {
      page.overlay.push(date);
      page.add(new ft.ElevatedButton("Pick", { onClick: () => date.pickDate() }));
    });
    await t.tap(t.find.text("Pick"));
    await t.tapBarrier(date);
    expect(date.open).toBe(false);
    await t.tap(t.find.text("Pick"));
    await t.press("Escape");
    expect(date.open).toBe(false);
    expect(date.value).toEqual(new Date(2024, 4, 20));
    expect(dismissed).toEqual(["2024-05-20T00:00:00.000", "2024-05-20T00:00:00.000"]);
  });
});

describe("clickable containers and tiles take the focus", () => {
  it("Tab reaches a clickable Container and ListTile; Enter clicks them; a plain one is skipped", async () => {
    const clicks: string[] = [];
    const box = new ft.Container(new ft.Text("Box"), { onClick: () => void clicks.push("box") });
    const plain = new ft.Container(new ft.Text("Plain"));
    const tile = new ft.ListTile({
      title: new ft.Text("Tile"),
      onClick: () => void clicks.push("tile"),
    });
    t = await createTester((page) => page.add(box, plain, tile));
    await t.press("Tab");
    expect(t.focused).toBe(box);
    await t.press("Enter");
    await t.press("Tab");
    expect(t.focused).toBe(tile);
    await t.press("Space");
    expect(clicks).toEqual(["box", "tile"]);
    const error = await refused(t.press("Enter", { target: t.find.text("Plain") }));
    expect(error.message).toContain("a user cannot focus it");
  });
});
