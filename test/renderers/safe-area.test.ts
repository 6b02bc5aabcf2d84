import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness, TreeBuilder } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ width: 800, height: 600 });
});
afterAll(() => h?.close());

const padding = (id: string) =>
  h.page.locator(`[data-id=${id}]`).evaluate((e) => {
    const s = getComputedStyle(e);
    return [s.paddingTop, s.paddingRight, s.paddingBottom, s.paddingLeft];
  });

describe("safearea", () => {
  it("pads by the device inset (0 on desktop) but at least minimum, per side", async () => {
    const t = new TreeBuilder();
    const text = t.add("text", { value: "Inside" });
    const id = t.add("safearea", { minimum: { top: 12, left: 4 } }, { content: text });
    await h.mount(t.nodes, [id]);
    expect(await padding(id)).toEqual(["12px", "0px", "0px", "4px"]);
    expect(await h.page.getByText("Inside").count()).toBe(1);
    await h.update(id, { minimum: 6, top: false });
    expect(await padding(id)).toEqual(["6px", "6px", "6px", "6px"]);
  });
});
