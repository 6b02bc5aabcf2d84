import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness, TreeBuilder } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ width: 1000, height: 800 });
});
afterAll(() => h?.close());

const box = (id: string) => h.page.locator(`[data-id=${id}]`).boundingBox();
const style = (id: string, name: string) =>
  h.page
    .locator(`[data-id=${id}]`)
    .evaluate((element, prop) => getComputedStyle(element).getPropertyValue(prop), name);

describe("text and icon", () => {
  it("text shows its value and style", async () => {
    const t = new TreeBuilder();
    const id = t.add("text", { value: "Hello", size: 30, weight: "bold", color: "red" });
    await h.mount(t.nodes, [id]);
    expect(await h.page.getByText("Hello").count()).toBe(1);
    expect(await style(id, "font-size")).toBe("30px");
    expect(await style(id, "font-weight")).toBe("700");
    expect(await style(id, "color")).toBe("rgb(244, 67, 54)");
    await h.update(id, { value: "Bye" });
    expect(await h.page.locator(`[data-id=${id}]`).textContent()).toBe("Bye");
  });

  it("icon is a Material Icons glyph, decorative unless labelled", async () => {
    const t = new TreeBuilder();
    const plain = t.add("icon", { name: "favorite_border" });
    const named = t.add("icon", { name: "star", semanticsLabel: "Starred" });
    await h.mount(t.nodes, [t.add("row", {}, { controls: [plain, named] })]);
    const glyph = h.page.locator(`[data-id=${plain}]`);
    expect(await glyph.getAttribute("class")).toContain("flet-icon-filled");
    expect(await glyph.textContent()).toBe("favorite_border");
    expect(await glyph.getAttribute("aria-hidden")).toBe("true");
    expect(await h.page.getByRole("img", { name: "Starred" }).count()).toBe(1);
    expect(await h.page.evaluate(() => document.fonts.check('24px "Material Icons"'))).toBe(true);
  });

  it("uses Roboto", async () => {
    const t = new TreeBuilder();
    await h.mount(t.nodes, [t.add("text", { value: "Roboto" })]);
    expect(await h.page.evaluate(() => document.fonts.check("14px Roboto"))).toBe(true);
  });
});

describe("container and generic props", () => {
  it("applies padding, colour, border, radius and size", async () => {
    const t = new TreeBuilder();
    const id = t.add("container", {
      padding: 10,
      bgcolor: "#ff0000",
      border: { top: { width: 2, color: "blue" } },
      borderRadius: 8,
      width: 120,
      height: 60,
      opacity: 0.5,
    });
    await h.mount(t.nodes, [id]);
    expect(await style(id, "padding-left")).toBe("10px");
    expect(await style(id, "background-color")).toBe("rgb(255, 0, 0)");
    expect(await style(id, "border-top")).toBe("2px solid rgb(33, 150, 243)");
    expect(await style(id, "border-radius")).toBe("8px");
    expect(await style(id, "opacity")).toBe("0.5");
    expect(await box(id)).toMatchObject({ width: 120, height: 60 });
  });

  it("hides invisible controls and marks keys", async () => {
    const t = new TreeBuilder();
    const id = t.add("text", { value: "Ghost", visible: false, key: "ghost" });
    await h.mount(t.nodes, [id]);
    expect(await h.page.locator("[data-key=ghost]").isVisible()).toBe(false);
  });

  it("expand shares a row's free space by flex factor", async () => {
    const t = new TreeBuilder();
    const a = t.add("container", { expand: 1, height: 10, bgcolor: "red" });
    const b = t.add("container", { expand: 3, height: 10, bgcolor: "blue" });
    await h.mount(t.nodes, [t.add("row", { spacing: 0, width: 400 }, { controls: [a, b] })]);
    expect((await box(a))!.width).toBe(100);
    expect((await box(b))!.width).toBe(300);
  });

  it("stack places positioned children absolutely", async () => {
    const t = new TreeBuilder();
    const base = t.add("container", { width: 200, height: 100, bgcolor: "grey" });
    const pinned = t.add("container", {
      width: 20,
      height: 20,
      right: 10,
      bottom: 5,
      bgcolor: "red",
    });
    const stack = t.add("stack", {}, { controls: [base, pinned] });
    await h.mount(t.nodes, [stack]);
    const outer = (await box(stack))!;
    const inner = (await box(pinned))!;
    expect(outer.x + outer.width - (inner.x + inner.width)).toBe(10);
    expect(outer.y + outer.height - (inner.y + inner.height)).toBe(5);
  });

  it("responsiverow spans columns per breakpoint of the page's width, as Flet does", async () => {
    const t = new TreeBuilder();
    const a = t.add("container", { col: { sm: 6, md: 4 }, height: 10, bgcolor: "red" });
    const b = t.add("container", { col: { sm: 6, md: 8 }, height: 10, bgcolor: "blue" });
    const row = t.add("responsiverow", { spacing: 0, width: 600 }, { controls: [a, b] });
    await h.mount(t.nodes, [row]);
    // 800 px page: md, a third of the row however wide the row itself is.
    expect((await box(a))!.width).toBe(200);
    await h.page.setViewportSize({ width: 700, height: 900 });
    expect((await box(a))!.width).toBe(300);
    await h.page.setViewportSize({ width: 500, height: 900 });
    expect((await box(a))!.width).toBe(600);
    await h.page.setViewportSize({ width: 800, height: 900 });
  });

  it("column gaps by spacing and aligns children", async () => {
    const t = new TreeBuilder();
    const a = t.add("container", { width: 50, height: 10 });
    const b = t.add("container", { width: 50, height: 10 });
    const column = t.add(
      "column",
      { spacing: 20, horizontalAlignment: "center", width: 300 },
      { controls: [a, b] },
    );
    await h.mount(t.nodes, [column]);
    const [first, second, outer] = [(await box(a))!, (await box(b))!, (await box(column))!];
    expect(second.y - (first.y + first.height)).toBe(20);
    expect(first.x - outer.x).toBe(125);
  });
});
