import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness, TreeBuilder } from "../renderers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ width: 600, height: 800 });
});
afterAll(() => h?.close());

const settle = (ms = 600) => h.page.waitForTimeout(ms);
const changes = async () => (await h.events()).filter((e) => e.event === "change");

function picker(t: TreeBuilder, selectedIndex = 0) {
  const rows = ["Apple", "Mango", "Banana", "Orange", "Kiwi", "Pear", "Plum"].map((v) =>
    t.add("text", { value: v }),
  );
  return t.add(
    "cupertinopicker",
    { selectedIndex, onChange: true, itemExtent: 32 },
    { controls: rows },
  );
}

describe("cupertinopicker", () => {
  it("changes by keyboard, wheel and drag and sends the index", async () => {
    const t = new TreeBuilder();
    const id = picker(t);
    await h.mount(t.nodes, [id]);
    const box = h.page.getByRole("listbox");
    await box.focus();
    await h.page.keyboard.press("ArrowDown");
    await settle();
    expect(await changes()).toEqual([
      { id, event: "change", data: 1, props: { selectedIndex: 1 } },
    ]);
    expect(await box.getAttribute("aria-activedescendant")).toMatch(/-1$/);
    const rect = (await box.boundingBox())!;
    await h.page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
    await h.page.mouse.wheel(0, 64);
    await settle(900);
    const wheel = await changes();
    expect(wheel.at(-1)?.props).toEqual({ selectedIndex: 3 });
    await h.page.mouse.down();
    await h.page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2 + 64, { steps: 8 });
    await h.page.mouse.up();
    await settle(900);
    expect((await changes()).at(-1)?.props).toEqual({ selectedIndex: 1 });
  });
});

describe("cupertinodatepicker", () => {
  it("respects first and last date and sends the ISO value", async () => {
    const t = new TreeBuilder();
    const id = t.add("cupertinodatepicker", {
      value: "2024-03-15T10:00:00",
      firstDate: "2024-03-10",
      lastDate: "2024-04-20",
      datePickerMode: "date",
      dateOrder: "dmy",
      onChange: true,
    });
    await h.mount(t.nodes, [id]);
    const day = h.page.getByRole("listbox", { name: "Day" });
    await day.focus();
    for (let i = 0; i < 8; i++) await h.page.keyboard.press("ArrowUp");
    await settle();
    const values = (await changes()).map((e) => e.data as string);
    expect(values.at(-1)).toBe("2024-03-10T10:00:00");
    expect(values.every((v) => v >= "2024-03-10")).toBe(true);
    const month = h.page.getByRole("listbox", { name: "Month" });
    await month.focus();
    await h.page.keyboard.press("ArrowDown");
    await h.page.keyboard.press("ArrowDown");
    await settle();
    expect((await changes()).at(-1)?.data).toBe("2024-04-10T10:00:00");
    expect(
      await h.page.getByRole("option", { name: "February" }).getAttribute("aria-disabled"),
    ).toBe("true");
  });

  it("time mode with 24h and a minute interval", async () => {
    const t = new TreeBuilder();
    const id = t.add("cupertinodatepicker", {
      value: "2024-03-15T10:00:00",
      datePickerMode: "time",
      use24hFormat: true,
      minuteInterval: 15,
      onChange: true,
    });
    await h.mount(t.nodes, [id]);
    expect(await h.page.getByRole("listbox").count()).toBe(2);
    await h.page.getByRole("listbox", { name: "Minute" }).focus();
    await h.page.keyboard.press("ArrowDown");
    await settle();
    expect((await changes()).at(-1)?.data).toBe("2024-03-15T10:15:00");
  });
});

describe("cupertinotimerpicker", () => {
  it("hms wheels send seconds; ms mode hides hours", async () => {
    const t = new TreeBuilder();
    const id = t.add("cupertinotimerpicker", { value: 3600, mode: "hms", onChange: true });
    await h.mount(t.nodes, [id]);
    await h.page.getByRole("listbox", { name: "Minutes" }).focus();
    await h.page.keyboard.press("ArrowDown");
    await settle();
    expect((await changes()).at(-1)).toEqual({
      id,
      event: "change",
      data: 3660,
      props: { value: 3660 },
    });
    await h.update(id, { mode: "ms" });
    expect(await h.page.getByRole("listbox", { name: "Hours" }).isHidden()).toBe(true);
  });
});

describe("action sheet, context menu, segmented", () => {
  it("an action sheet opens from the bottom, acts and closes; Escape cancels", async () => {
    const t = new TreeBuilder();
    const mail = t.add("cupertinoactionsheetaction", { text: "Mail", onClick: true });
    const cancel = t.add("cupertinoactionsheetaction", { text: "Cancel", onClick: true });
    const title = t.add("text", { value: "Share" });
    const sheet = t.add("cupertinoactionsheet", {}, { title, actions: [mail], cancel });
    const id = t.add("cupertinobottomsheet", { open: true, onDismiss: true }, { content: sheet });
    await h.mount(t.nodes, [id]);
    await h.page.waitForSelector("dialog[open]");
    await h.page.getByRole("button", { name: "Mail" }).click();
    const events = await h.events();
    expect(events.map((e) => `${e.id}:${e.event}`)).toEqual([`${mail}:click`, `${id}:dismiss`]);
    await h.update(id, { open: true });
    await h.page.waitForSelector("dialog[open]");
    await h.page.keyboard.press("Escape");
    expect((await h.events()).map((e) => `${e.id}:${e.event}`)).toEqual([
      `${cancel}:click`,
      `${id}:dismiss`,
    ]);
  });

  it("a context menu opens on right click and on long press, acts and closes", async () => {
    const t = new TreeBuilder();
    const content = t.add("text", { value: "Photo" });
    const share = t.add("cupertinocontextmenuaction", {
      text: "Share",
      onClick: true,
      trailingIcon: "share",
    });
    const id = t.add("cupertinocontextmenu", {}, { content, actions: [share] });
    await h.mount(t.nodes, [id]);
    await h.page.getByText("Photo").click({ button: "right" });
    await expect.poll(() => h.page.getByRole("menu").isVisible()).toBe(true);
    await h.page.getByRole("menuitem", { name: "Share" }).click();
    expect(await h.events()).toEqual([{ id: share, event: "click" }]);
    expect(await h.page.getByRole("menu").isVisible()).toBe(false);
    const box = (await h.page.getByText("Photo").boundingBox())!;
    await h.page.mouse.move(box.x + 5, box.y + 5);
    await h.page.mouse.down();
    await h.page.waitForTimeout(650);
    await h.page.mouse.up();
    expect(await h.page.getByRole("menu").isVisible()).toBe(true);
    await h.page.keyboard.press("Escape");
    expect(await h.page.getByRole("menu").isVisible()).toBe(false);
  });

  it("segmented buttons switch by click and arrow keys; the sliding thumb moves", async () => {
    const t = new TreeBuilder();
    const a = t.add("text", { value: "Day" });
    const b = t.add("text", { value: "Week" });
    const c = t.add("text", { value: "Map" });
    const d = t.add("text", { value: "Satellite" });
    const seg = t.add(
      "cupertinosegmentedbutton",
      { selectedIndex: 0, onChange: true },
      { controls: [a, b] },
    );
    const sliding = t.add(
      "cupertinoslidingsegmentedbutton",
      { selectedIndex: 0, onChange: true },
      { controls: [c, d] },
    );
    await h.mount(t.nodes, [seg, sliding]);
    await h.page.getByRole("radio", { name: "Week" }).click();
    await h.page.getByRole("radio", { name: "Satellite" }).click();
    expect(await changes()).toEqual([
      { id: seg, event: "change", data: 1, props: { selectedIndex: 1 } },
      { id: sliding, event: "change", data: 1, props: { selectedIndex: 1 } },
    ]);
    expect(await h.page.locator(".cu-sliding-thumb").evaluate((e) => e.style.transform)).toBe(
      "translateX(100%)",
    );
    await h.page.getByRole("radio", { name: "Satellite" }).press("ArrowLeft");
    expect((await changes()).at(-1)?.props).toEqual({ selectedIndex: 0 });
  });
});

describe("controls and adaptive", () => {
  it("switch, checkbox, slider and activity indicator have roles, names and send values", async () => {
    const t = new TreeBuilder();
    const sw = t.add("cupertinoswitch", { label: "Wi-Fi", onChange: true });
    const box = t.add("cupertinocheckbox", { label: "Agree", value: true, onChange: true });
    const slider = t.add("cupertinoslider", { value: 0.5, divisions: 10, onChange: true });
    const spin = t.add("cupertinoactivityindicator", {});
    await h.mount(t.nodes, [sw, box, slider, spin]);
    await h.page.getByRole("switch", { name: "Wi-Fi" }).click();
    await h.page.getByRole("checkbox", { name: "Agree" }).press("Space");
    await h.page.getByRole("slider").press("ArrowRight");
    expect((await changes()).map((e) => e.props)).toEqual([
      { value: true },
      { value: false },
      { value: 0.6 },
    ]);
    expect(await h.page.getByRole("progressbar", { name: "Loading" }).count()).toBe(1);
  });

  it("adaptive on iOS renders the Material controls' Cupertino twins", async () => {
    const t = new TreeBuilder();
    const sw = t.add("switch", { label: "Dark", adaptive: true, onChange: true });
    const button = t.add("filledbutton", { text: "Go", adaptive: true, onClick: true });
    const field = t.add("textfield", { label: "Name", adaptive: true });
    await h.mount(t.nodes, [sw, button, field], { adaptive: true, platform: "ios" });
    expect(await h.page.locator(".cu-switch-track[role=switch]").count()).toBe(1);
    expect(await h.page.locator("md-switch, md-filled-button").count()).toBe(0);
    await h.page.getByRole("button", { name: "Go" }).click();
    await h.page.getByRole("switch", { name: "Dark" }).click();
    expect((await h.events()).map((e) => e.event)).toEqual(["click", "change"]);
    expect(await h.page.locator(".cu-field input[aria-label=Name]").count()).toBe(1);
    await h.mount(t.nodes, [sw], { adaptive: true, platform: "android" });
    expect(await h.page.locator("md-switch").count()).toBe(1);
  });
});
