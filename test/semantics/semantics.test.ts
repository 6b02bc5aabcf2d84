import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const props = (control: ft.Control) => t!.client.replica.node(control.uid!)?.[1] ?? {};

describe(ft.Semantics, () => {
  it("declares every property, event and slot of Flet 0.21", () => {
    const schema = ft.schemaOf(ft.Semantics);
    expect(schema.type).toBe("semantics");
    expect(schema.slots.map((s) => s.name)).toEqual(["content"]);
    const names = schema.props.map((p) => p.name);
    for (const name of [
      "label",
      "value",
      "increasedValue",
      "decreasedValue",
      "hintText",
      "onTapHintText",
      "onLongPressHintText",
      "button",
      "header",
      "link",
      "image",
      "slider",
      "textfield",
      "multiline",
      "obscured",
      "readOnly",
      "maxValueLength",
      "checked",
      "toggled",
      "selected",
      "expanded",
      "hidden",
      "focusable",
      "focused",
      "container",
      "liveRegion",
      "tooltip",
    ]) {
      expect(names).toContain(name);
    }
    expect(schema.events.map((e) => e.name).sort()).toEqual(
      [
        "tap",
        "doubleTap",
        "longPress",
        "increase",
        "decrease",
        "dismiss",
        "scrollLeft",
        "scrollRight",
        "scrollUp",
        "scrollDown",
        "copy",
        "cut",
        "paste",
        "moveCursorForwardByCharacter",
        "moveCursorBackwardByCharacter",
        "didGainAccessibilityFocus",
        "didLoseAccessibilityFocus",
      ].sort(),
    );
  });

  it("sends its properties and content, and finders find it by label", async () => {
    const semantics = new ft.Semantics(new ft.Text("50%"), {
      label: "Volume",
      slider: true,
      value: "50%",
      increasedValue: "60%",
      decreasedValue: "40%",
      hintText: "Use the arrow keys",
      focused: true,
      onIncrease: () => {},
    });
    t = await createTester((page) => page.add(semantics));
    expect(props(semantics)).toMatchObject({
      label: "Volume",
      slider: true,
      value: "50%",
      increasedValue: "60%",
      decreasedValue: "40%",
      hintText: "Use the arrow keys",
      focused: true,
      onIncrease: true,
    });
    expect(t.find.bySemanticsLabel("Volume").exists).toBe(true);
    expect(t.find.bySemanticsLabel("Volume").first).toBe(semantics);
    expect(t.find.text("50%").exists).toBe(true);
  });

  it.each([
    ["onTap", "tap"],
    ["onDoubleTap", "doubleTap"],
    ["onLongPress", "longPress"],
    ["onIncrease", "increase"],
    ["onDecrease", "decrease"],
    ["onDismiss", "dismiss"],
    ["onScrollLeft", "scrollLeft"],
    ["onScrollRight", "scrollRight"],
    ["onScrollUp", "scrollUp"],
    ["onScrollDown", "scrollDown"],
    ["onCopy", "copy"],
    ["onCut", "cut"],
    ["onPaste", "paste"],
    ["onMoveCursorForwardByCharacter", "moveCursorForwardByCharacter"],
    ["onMoveCursorBackwardByCharacter", "moveCursorBackwardByCharacter"],
    ["onDidGainAccessibilityFocus", "didGainAccessibilityFocus"],
    ["onDidLoseAccessibilityFocus", "didLoseAccessibilityFocus"],
  ])("runs %s when the browser sends %s", async (handler, name) => {
    const seen: ft.ControlEvent[] = [];
    const semantics = new ft.Semantics({
      label: "Thing",
      [handler]: (e: ft.ControlEvent) => seen.push(e),
    });
    t = await createTester((page) => page.add(semantics));
    expect(props(semantics)[handler]).toBe(true);
    await t.trigger(t.find.bySemanticsLabel("Thing"), name, "payload");
    expect(seen).toHaveLength(1);
    expect(seen[0]!.control).toBe(semantics);
    expect(seen[0]!.name).toBe(name);
    expect(seen[0]!.data).toBe("payload");
  });

  it("lets a slider's handlers change its value", async () => {
    let level = 5;
    const semantics: ft.Semantics = new ft.Semantics(new ft.Text("5"), {
      label: "Level",
      slider: true,
      value: "5",
      onIncrease: () => {
        semantics.value = String(++level);
      },
      onDecrease: () => {
        semantics.value = String(--level);
      },
    });
    t = await createTester((page) => page.add(semantics));
    await t.trigger(semantics, "increase");
    await t.trigger(semantics, "increase");
    await t.trigger(semantics, "decrease");
    expect(props(semantics).value).toBe("6");
  });
});

describe(ft.MergeSemantics, () => {
  it("holds one content control", async () => {
    expect(ft.schemaOf(ft.MergeSemantics).type).toBe("mergesemantics");
    const merged = new ft.MergeSemantics(
      new ft.Column({ controls: [new ft.Text("Ada"), new ft.Text("Mathematician")] }),
    );
    t = await createTester((page) => page.add(merged));
    expect(t.find.text("Mathematician").exists).toBe(true);
    expect(merged.content).toBeInstanceOf(ft.Column);
  });
});

describe(ft.SemanticsService, () => {
  it("announces messages through calls to its renderer", async () => {
    const service = new ft.SemanticsService();
    t = await createTester((page) => {
      page.overlay.push(service);
    });
    await service.announceMessage("Saved");
    await service.announceMessage("Failed", {
      rtl: true,
      assertiveness: ft.Assertiveness.ASSERTIVE,
    });
    await service.announceTooltip("Double tap to open");
    expect(t.browser.calls).toEqual([
      {
        method: "announceMessage",
        args: { message: "Saved", rtl: false, assertiveness: "polite" },
        target: service.uid,
      },
      {
        method: "announceMessage",
        args: { message: "Failed", rtl: true, assertiveness: "assertive" },
        target: service.uid,
      },
      { method: "announceTooltip", args: { message: "Double tap to open" }, target: service.uid },
    ]);
  });

  it("announces from an event handler", async () => {
    const service = new ft.SemanticsService();
    t = await createTester((page) => {
      page.overlay.push(service);
      page.add(
        new ft.ElevatedButton("Save", {
          onClick: () => service.announceMessage("Saved", { assertiveness: "assertive" }),
        }),
      );
    });
    await t.tap(t.find.text("Save"));
    expect(t.browser.calls.at(-1)).toEqual({
      method: "announceMessage",
      args: { message: "Saved", rtl: false, assertiveness: "assertive" },
      target: service.uid,
    });
  });

  it("rejects an announcement before it is on a page", async () => {
    await expect(new ft.SemanticsService().announceMessage("x")).rejects.toMatchObject({
      code: "FLET_ERR_CONTROL_NOT_MOUNTED",
    });
  });

  it("sends the page's showSemanticsDebugger flag", async () => {
    t = await createTester((page) => {
      page.showSemanticsDebugger = true;
    });
    expect(t.client.replica.node("page")?.[1].showSemanticsDebugger).toBe(true);
  });
});
