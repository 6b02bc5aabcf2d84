import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness, TreeBuilder } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ width: 600, height: 700 });
});
afterAll(() => h?.close());

const rows = (id: string) =>
  h.page
    .locator(`[data-id=${id}] md-outlined-text-field`)
    .evaluate((f) => (f as HTMLElement & { rows: number }).rows);

describe("textfield text input (Flet's textfield.dart rules)", () => {
  it("shiftEnter with maxLines: Enter submits, Shift+Enter adds a line", async () => {
    const t = new TreeBuilder();
    const id = t.add("textfield", {
      label: "Message",
      shiftEnter: true,
      maxLines: 5,
      onSubmit: true,
      onChange: true,
    });
    await h.mount(t.nodes, [id]);
    const box = h.page.getByRole("textbox", { name: "Message" });
    expect(await h.page.locator(`[data-id=${id}] textarea`).count()).toBe(1);
    await box.pressSequentially("hi");
    await box.press("Shift+Enter");
    await box.pressSequentially("there");
    expect(await box.inputValue()).toBe("hi\nthere");
    await box.press("Enter");
    const events = await h.events();
    expect(events.at(-1)).toEqual({ id, event: "submit", data: "hi\nthere" });
    expect(await box.inputValue()).toBe("hi\nthere");
  });

  it("a multiline field grows from minLines to maxLines, then scrolls", async () => {
    const t = new TreeBuilder();
    const id = t.add("textfield", {
      label: "Notes",
      multiline: true,
      minLines: 1,
      maxLines: 3,
      onChange: true,
    });
    await h.mount(t.nodes, [id]);
    const box = h.page.getByRole("textbox", { name: "Notes" });
    expect(await rows(id)).toBe(1);
    const height1 = (await box.boundingBox())!.height;
    await box.pressSequentially("one");
    await box.press("Enter");
    await box.pressSequentially("two");
    expect(await rows(id)).toBe(2);
    await expect.poll(async () => (await box.boundingBox())!.height).toBeGreaterThan(height1 + 10);
    for (const word of ["three", "four", "five"]) {
      await box.press("Enter");
      await box.pressSequentially(word);
    }
    expect(await rows(id)).toBe(3);
  });

  it("multiline without shiftEnter: Enter adds a line and does not submit", async () => {
    const t = new TreeBuilder();
    const id = t.add("textfield", { label: "Body", multiline: true, onSubmit: true });
    await h.mount(t.nodes, [id]);
    const box = h.page.getByRole("textbox", { name: "Body" });
    await box.pressSequentially("a");
    await box.press("Enter");
    await box.pressSequentially("b");
    expect(await box.inputValue()).toBe("a\nb");
    expect((await h.events()).filter((e) => e.event === "submit")).toEqual([]);
  });

  it("prefix and suffix controls sit inside the border, on the text's line, as wide as their content", async () => {
    const t = new TreeBuilder();
    const prefix = t.add("text", { value: "Alice: " });
    const suffix = t.add("text", { value: "@example.com" });
    const id = t.add("textfield", { label: "Say" }, { prefix, suffix });
    await h.mount(t.nodes, [id]);
    const pre = (await h.page.locator(`[data-id=${prefix}]`).boundingBox())!;
    const suf = (await h.page.locator(`[data-id=${suffix}]`).boundingBox())!;
    const input = (await h.page.getByRole("textbox", { name: "Say" }).boundingBox())!;
    const border = (await h.page.locator(`[data-id=${id}] md-outlined-text-field`).boundingBox())!;
    expect(pre.x).toBeGreaterThan(border.x);
    expect(suf.x + suf.width).toBeLessThan(border.x + border.width);
    expect(suf.x).toBeGreaterThanOrEqual(input.x + input.width - 2);
    expect(suf.width).toBeGreaterThan(80);
    expect(Math.abs(suf.y + suf.height / 2 - (input.y + input.height / 2))).toBeLessThan(6);
    expect(pre.height).toBeLessThan(30);
    expect(pre.width).toBeGreaterThan(35);
    expect(pre.x + pre.width).toBeLessThanOrEqual(input.x + 2);
    expect(Math.abs(pre.y + pre.height / 2 - (input.y + input.height / 2))).toBeLessThan(6);
  });

  it("autofocus focuses the field itself", async () => {
    const t = new TreeBuilder();
    const other = t.add("textfield", { label: "Other" });
    const id = t.add("textfield", { label: "Auto", autofocus: true });
    await h.mount(t.nodes, [other, id]);
    await expect
      .poll(() =>
        h.page.evaluate(() =>
          document.activeElement?.closest("[data-id]")?.getAttribute("data-id"),
        ),
      )
      .toBe(id);
  });
});

describe("text field states (docs/img/text-field-states-*.png)", () => {
  for (const dark of [false, true]) {
    it(`draws every state in the ${dark ? "dark" : "light"} theme`, async () => {
      const t = new TreeBuilder();
      const say = t.add("text", { value: "Alice: " });
      const focused = t.add("textfield", { label: "Focused", autofocus: true });
      const column = t.add(
        "column",
        { width: 420, spacing: 16 },
        {
          controls: [
            t.add("textfield", { label: "Empty", hintText: "Hint text" }),
            t.add("textfield", {
              label: "Filled in",
              value: "Ada Lovelace",
              helperText: "Helper text",
            }),
            t.add("textfield", {
              label: "Error",
              value: "ada@",
              errorText: "Not an email address",
            }),
            t.add("textfield", { label: "Counter", value: "Short bio", maxLength: 40 }),
            t.add("textfield", { label: "Prefix control" }, { prefix: say }),
            t.add("textfield", {
              label: "Website",
              prefixText: "https://",
              suffixText: ".com",
              value: "flet",
            }),
            t.add("textfield", {
              label: "Icons",
              prefixIcon: "search",
              suffixIcon: "clear",
              icon: "mail",
            }),
            t.add("textfield", {
              label: "Password",
              password: true,
              canRevealPassword: true,
              value: "secret",
            }),
            t.add("textfield", { label: "Filled", filled: true, value: "Filled field" }),
            t.add("textfield", { label: "Disabled", disabled: true, value: "Can't touch this" }),
            t.add("textfield", {
              label: "Multiline (shiftEnter, max 4 lines)",
              shiftEnter: true,
              maxLines: 4,
              value: "one\ntwo\nthree",
            }),
            focused,
          ],
        },
      );
      await h.mount(t.nodes, [column], { dark });
      await expect
        .poll(() =>
          h.page.evaluate(() =>
            document.activeElement?.closest("[data-id]")?.getAttribute("data-id"),
          ),
        )
        .toBe(focused);
      const path = new URL(
        `../../docs/img/text-field-states-${dark ? "dark" : "light"}.png`,
        import.meta.url,
      );
      await h.page.screenshot({ path: path.pathname, fullPage: true });
      expect(await h.page.locator("md-outlined-text-field, md-filled-text-field").count()).toBe(12);
    });
  }
});
