import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness, TreeBuilder } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h?.close());

describe("textfield", () => {
  it("is a labelled textbox; typing sends change with the value, Enter sends submit", async () => {
    const t = new TreeBuilder();
    const id = t.add("textfield", {
      label: "Name",
      helperText: "Your name",
      onChange: true,
      onSubmit: true,
      onFocus: true,
    });
    await h.mount(t.nodes, [id]);
    const box = h.page.getByRole("textbox", { name: "Name" });
    await box.pressSequentially("Ada");
    await box.press("Enter");
    const events = await h.events();
    expect(events[0]).toEqual({ id, event: "focus" });
    expect(events.filter((e) => e.event === "change").map((e) => e.props)).toEqual([
      { value: "A" },
      { value: "Ad" },
      { value: "Ada" },
    ]);
    expect(events.at(-1)).toEqual({ id, event: "submit", data: "Ada" });
  });

  it("reflects value, error text and max length", async () => {
    const t = new TreeBuilder();
    const id = t.add("textfield", {
      label: "Email",
      value: "ada@",
      errorText: "Invalid",
      maxLength: 10,
    });
    await h.mount(t.nodes, [id]);
    const box = h.page.getByRole("textbox", { name: "Email" });
    expect(await box.inputValue()).toBe("ada@");
    expect(await box.getAttribute("aria-invalid")).toBe("true");
    expect(await box.getAttribute("maxlength")).toBe("10");
    await h.update(id, { value: "x@y.z" });
    expect(await box.inputValue()).toBe("x@y.z");
  });

  it("password: hidden until the reveal button is pressed", async () => {
    const t = new TreeBuilder();
    const id = t.add("textfield", {
      label: "Password",
      password: true,
      canRevealPassword: true,
      value: "pw",
    });
    await h.mount(t.nodes, [id]);
    const input = h.page.locator(`[data-id=${id}] input`);
    expect(await input.getAttribute("type")).toBe("password");
    await h.page.getByRole("button", { name: "Show password" }).click();
    expect(await input.getAttribute("type")).toBe("text");
  });

  it("multiline is a textarea", async () => {
    const t = new TreeBuilder();
    const id = t.add("textfield", { label: "Notes", multiline: true, minLines: 3 });
    await h.mount(t.nodes, [id]);
    expect(await h.page.locator(`[data-id=${id}] textarea`).count()).toBe(1);
  });
});

describe("checkbox", () => {
  it("is a named checkbox; toggling sends change with the new value", async () => {
    const t = new TreeBuilder();
    const id = t.add("checkbox", { label: "Agree", value: false });
    await h.mount(t.nodes, [id]);
    const box = h.page.getByRole("checkbox", { name: "Agree" });
    await box.click();
    expect(await h.events()).toEqual([{ id, event: "change", data: true, props: { value: true } }]);
    expect(await box.isChecked()).toBe(true);
    await h.page.getByText("Agree").click();
    expect(await h.events()).toEqual([
      { id, event: "change", data: false, props: { value: false } },
    ]);
  });

  it("tristate cycles false → true → null → false", async () => {
    const t = new TreeBuilder();
    const id = t.add("checkbox", { label: "Tri", tristate: true, value: false });
    await h.mount(t.nodes, [id]);
    const box = h.page.getByRole("checkbox", { name: "Tri" });
    for (let i = 0; i < 3; i++) await box.click();
    expect((await h.events()).map((e) => e.data)).toEqual([true, null, false]);
    await h.update(id, { value: null });
    expect(await box.getAttribute("aria-checked")).toBe("mixed");
  });

  it("Space toggles it", async () => {
    const t = new TreeBuilder();
    const id = t.add("checkbox", { label: "Key" });
    await h.mount(t.nodes, [id]);
    await h.page.getByRole("checkbox", { name: "Key" }).press("Space");
    expect(await h.events()).toEqual([{ id, event: "change", data: true, props: { value: true } }]);
  });
});

describe("switch", () => {
  it("is a named switch; toggling sends change", async () => {
    const t = new TreeBuilder();
    const id = t.add("switch", { label: "Wi-Fi", value: true });
    await h.mount(t.nodes, [id]);
    const toggle = h.page.getByRole("switch", { name: "Wi-Fi" });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    expect(await h.events()).toEqual([
      { id, event: "change", data: false, props: { value: false } },
    ]);
    await toggle.press("Space");
    expect(await h.events()).toEqual([{ id, event: "change", data: true, props: { value: true } }]);
  });
});

describe("radio", () => {
  it("radios in a group: picking one sends the group's change; arrows move the choice", async () => {
    const t = new TreeBuilder();
    const a = t.add("radio", { label: "Red", value: "r" });
    const b = t.add("radio", { label: "Green", value: "g" });
    const group = t.add(
      "radiogroup",
      { value: "r" },
      { content: t.add("column", {}, { controls: [a, b] }) },
    );
    await h.mount(t.nodes, [group]);
    expect(await h.page.getByRole("radiogroup").count()).toBe(1);
    expect(await h.page.getByRole("radio", { name: "Red" }).isChecked()).toBe(true);
    await h.page.getByRole("radio", { name: "Green" }).click();
    expect(await h.events()).toEqual([
      { id: group, event: "change", data: "g", props: { value: "g" } },
    ]);
    await h.page.getByRole("radio", { name: "Green" }).press("ArrowUp");
    expect(await h.events()).toEqual([
      { id: group, event: "change", data: "r", props: { value: "r" } },
    ]);
    expect(await h.page.getByRole("radio", { name: "Red" }).isChecked()).toBe(true);
  });
});

describe("slider", () => {
  it("is a slider; arrow keys step it and send change", async () => {
    const t = new TreeBuilder();
    const id = t.add("slider", {
      min: 0,
      max: 10,
      divisions: 10,
      value: 5,
      label: "Volume {value}",
      onChange: true,
      onChangeEnd: true,
    });
    await h.mount(t.nodes, [id]);
    const slider = h.page.getByRole("slider");
    expect(await slider.inputValue()).toBe("5");
    await slider.focus();
    await h.page.keyboard.press("ArrowRight");
    const events = await h.events();
    expect(events.find((e) => e.event === "change")).toEqual({
      id,
      event: "change",
      data: 6,
      props: { value: 6 },
    });
    expect(events.some((e) => e.event === "changeEnd")).toBe(true);
  });
});

describe("dropdown", () => {
  it("is a combobox; choosing an option sends change with its key", async () => {
    const t = new TreeBuilder();
    const id = t.add(
      "dropdown",
      { label: "Fruit", value: "a" },
      {
        options: [
          t.add("dropdownoption", { key: "a", text: "Apple" }),
          t.add("dropdownoption", { key: "b", text: "Banana" }),
        ],
      },
    );
    await h.mount(t.nodes, [id]);
    const select = h.page.getByRole("combobox", { name: "Fruit" });
    await select.click();
    await h.page.getByRole("option", { name: "Banana" }).click();
    await h.page.waitForTimeout(100);
    expect(await h.events()).toEqual([{ id, event: "change", data: "b", props: { value: "b" } }]);
  });
});

describe("progress", () => {
  it("progressbar and progressring report their value", async () => {
    const t = new TreeBuilder();
    const bar = t.add("progressbar", { value: 0.4 });
    const ring = t.add("progressring", {});
    await h.mount(t.nodes, [t.add("column", {}, { controls: [bar, ring] })]);
    const bars = h.page.getByRole("progressbar");
    expect(await bars.count()).toBe(2);
    expect(await bars.first().getAttribute("aria-valuenow")).toBe("0.4");
    expect(await bars.last().getAttribute("aria-valuenow")).toBeNull();
  });
});
