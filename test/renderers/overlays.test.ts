import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness, TreeBuilder } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h?.close());

function dialogTree(props: Record<string, unknown> = {}) {
  const t = new TreeBuilder();
  const dialog = t.add(
    "alertdialog",
    { open: true, onDismiss: true, ...props },
    {
      title: t.add("text", { value: "Delete file?" }),
      content: t.add("text", { value: "This cannot be undone." }),
      actions: [t.add("textbutton", { text: "Cancel" }), t.add("textbutton", { text: "Delete" })],
    },
  );
  return { t, dialog };
}

describe("alertdialog", () => {
  it("is a modal dialog named by its title, with focus inside", async () => {
    const { t, dialog } = dialogTree();
    await h.mount(t.nodes, [dialog]);
    const box = h.page.getByRole("dialog", { name: "Delete file?" });
    expect(await box.getAttribute("aria-modal")).toBe("true");
    expect(await box.isVisible()).toBe(true);
    const focusedInside = await h.page.evaluate(
      () => document.activeElement?.closest("dialog") !== null,
    );
    expect(focusedInside).toBe(true);
  });

  it("Escape closes it and sends dismiss with open: false", async () => {
    const { t, dialog } = dialogTree();
    await h.mount(t.nodes, [dialog]);
    await h.page.keyboard.press("Escape");
    expect(await h.events()).toEqual([{ id: dialog, event: "dismiss", props: { open: false } }]);
    expect(await h.page.getByRole("dialog").count()).toBe(0);
  });

  it("a click on the scrim dismisses it", async () => {
    const { t, dialog } = dialogTree();
    await h.mount(t.nodes, [dialog]);
    await h.page.mouse.click(5, 5);
    expect(await h.events()).toEqual([{ id: dialog, event: "dismiss", props: { open: false } }]);
  });

  it("a modal dialog ignores Escape and the scrim", async () => {
    const { t, dialog } = dialogTree({ modal: true });
    await h.mount(t.nodes, [dialog]);
    await h.page.keyboard.press("Escape");
    await h.page.mouse.click(5, 5);
    expect(await h.events()).toEqual([]);
    expect(await h.page.getByRole("dialog").isVisible()).toBe(true);
    await h.update(dialog, { open: false });
    expect(await h.page.getByRole("dialog").count()).toBe(0);
  });
});

describe("snackbar", () => {
  it("is a status message that closes itself after duration", async () => {
    const t = new TreeBuilder();
    const bar = t.add(
      "snackbar",
      { open: true, duration: 300, action: "Undo", onAction: true },
      { content: t.add("text", { value: "Saved" }) },
    );
    await h.mount(t.nodes, [bar]);
    expect(await h.page.getByRole("status").textContent()).toContain("Saved");
    await h.page.waitForTimeout(450);
    expect(await h.events()).toEqual([{ id: bar, event: "dismiss", props: { open: false } }]);
    expect(await h.page.getByRole("status").isVisible()).toBe(false);
  });

  it("its action sends action and closes it", async () => {
    const t = new TreeBuilder();
    const bar = t.add(
      "snackbar",
      { open: true, action: "Undo", onAction: true },
      { content: t.add("text", { value: "Deleted" }) },
    );
    await h.mount(t.nodes, [bar]);
    await h.page.getByRole("button", { name: "Undo" }).click();
    expect((await h.events()).map((e) => e.event)).toEqual(["action", "dismiss"]);
  });
});

describe("bottomsheet and banner", () => {
  it("bottomsheet opens as a modal dialog and Escape dismisses it", async () => {
    const t = new TreeBuilder();
    const sheet = t.add(
      "bottomsheet",
      { open: true, showDragHandle: true },
      { content: t.add("text", { value: "Sheet" }) },
    );
    await h.mount(t.nodes, [sheet]);
    expect(await h.page.getByRole("dialog").isVisible()).toBe(true);
    await h.page.keyboard.press("Escape");
    expect(await h.events()).toEqual([{ id: sheet, event: "dismiss", props: { open: false } }]);
  });

  it("banner is an alert shown while open", async () => {
    const t = new TreeBuilder();
    const banner = t.add(
      "banner",
      { open: false },
      {
        content: t.add("text", { value: "Offline" }),
        actions: [t.add("textbutton", { text: "Retry" })],
      },
    );
    await h.mount(t.nodes, [banner]);
    expect(await h.page.getByRole("alert").isVisible()).toBe(false);
    await h.update(banner, { open: true });
    expect(await h.page.getByRole("alert").isVisible()).toBe(true);
  });
});
