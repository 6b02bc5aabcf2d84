import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness, TreeBuilder } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h?.close());

describe("buttons", () => {
  for (const type of [
    "elevatedbutton",
    "filledbutton",
    "filledtonalbutton",
    "outlinedbutton",
    "textbutton",
  ]) {
    it(`${type}: a named button that sends click`, async () => {
      const t = new TreeBuilder();
      const id = t.add(type, { text: "Save", icon: "save", onClick: true });
      await h.mount(t.nodes, [id]);
      const button = h.page.getByRole("button", { name: "Save" });
      await button.click();
      expect(await h.events()).toEqual([{ id, event: "click" }]);
      await button.focus();
      await h.page.keyboard.press("Enter");
      await h.page.keyboard.press("Space");
      expect((await h.events()).map((e) => e.event)).toEqual(["click", "click"]);
    });
  }

  it("sends nothing the server does not listen to, and nothing while disabled", async () => {
    const t = new TreeBuilder();
    const quiet = t.add("filledbutton", { text: "Quiet" });
    const off = t.add("filledbutton", { text: "Off", onClick: true, disabled: true });
    const column = t.add("column", {}, { controls: [quiet, off] });
    await h.mount(t.nodes, [column]);
    await h.page.getByRole("button", { name: "Quiet" }).click();
    expect(await h.page.getByRole("button", { name: "Off" }).isDisabled()).toBe(true);
    expect(await h.events()).toEqual([]);
  });

  it("disables the buttons inside a disabled column", async () => {
    const t = new TreeBuilder();
    const button = t.add("outlinedbutton", { text: "Inner", onClick: true });
    const column = t.add("column", { disabled: true }, { controls: [button] });
    await h.mount(t.nodes, [column]);
    expect(await h.page.getByRole("button", { name: "Inner" }).isDisabled()).toBe(true);
    await h.update(column, { disabled: false });
    expect(await h.page.getByRole("button", { name: "Inner" }).isDisabled()).toBe(false);
  });

  it("iconbutton: named by its tooltip, else its icon; toggles show aria-pressed", async () => {
    const t = new TreeBuilder();
    const like = t.add("iconbutton", {
      icon: "favorite_border",
      selectedIcon: "favorite",
      selected: true,
      tooltip: "Like",
      onClick: true,
    });
    const back = t.add("iconbutton", { icon: "arrow_back" });
    const row = t.add("row", {}, { controls: [like, back] });
    await h.mount(t.nodes, [row]);
    await h.page.getByRole("button", { name: "Like" }).click();
    expect(await h.events()).toEqual([{ id: like, event: "click" }]);
    expect(await h.page.getByRole("button", { name: "Like", pressed: true }).count()).toBe(1);
    expect(await h.page.getByRole("button", { name: "arrow back" }).count()).toBe(1);
  });

  it("floatingactionbutton: named by tooltip, sends click", async () => {
    const t = new TreeBuilder();
    const fab = t.add("floatingactionbutton", { icon: "add", tooltip: "New item", onClick: true });
    await h.mount(t.nodes, [fab]);
    await h.page.getByRole("button", { name: "New item" }).click();
    expect(await h.events()).toEqual([{ id: fab, event: "click" }]);
  });

  it("container with onClick: a focusable button that sends click with the position", async () => {
    const t = new TreeBuilder();
    const label = t.add("text", { value: "Tap me" });
    const box = t.add(
      "container",
      { onClick: true, onHover: true, width: 100, height: 50, bgcolor: "amber" },
      { content: label },
    );
    await h.mount(t.nodes, [box]);
    await h.page.getByRole("button", { name: "Tap me" }).click({ position: { x: 10, y: 20 } });
    const events = await h.events();
    const click = events.find((e) => e.event === "click") as {
      data: { localX: number; localY: number };
    };
    expect(Math.round(click.data.localX)).toBe(10);
    expect(Math.round(click.data.localY)).toBe(20);
    expect(events.filter((e) => e.event === "hover").map((e) => e.data)).toEqual([true]);
    await h.page.getByRole("button", { name: "Tap me" }).press("Enter");
    expect((await h.events()).map((e) => e.event)).toContain("click");
  });

  it("shows the tooltip as the accessible description", async () => {
    const t = new TreeBuilder();
    const button = t.add("textbutton", { text: "Help", tooltip: "Opens the manual" });
    await h.mount(t.nodes, [button]);
    const described = await h.page.locator(`[data-id=${button}]`).getAttribute("aria-describedby");
    expect(await h.page.locator(`#${described}`).textContent()).toBe("Opens the manual");
  });
});
