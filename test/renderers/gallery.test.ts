import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { galleryTree } from "./gallery.js";
import { type Harness, openHarness, type TreeBuilder } from "./harness.js";

const IMG = new URL("../../docs/decisions/img/", import.meta.url);
let h: Harness;

beforeAll(async () => {
  h = await openHarness({ width: 800, height: 1000 });
});
afterAll(() => h?.close());

describe("controls gallery", () => {
  for (const dark of [false, true]) {
    it(`renders every control in the ${dark ? "dark" : "light"} theme`, async () => {
      const { tree, roots } = galleryTree();
      await h.mount(tree.nodes, roots, { dark });
      await h.page.waitForTimeout(400);
      const path = new URL(`gallery-${dark ? "dark" : "light"}.png`, IMG);
      await h.page.screenshot({ path: path.pathname, fullPage: true });
      expect(await h.page.locator(".flet").count()).toBeGreaterThan(60);
    });
  }

  for (const dark of [false, true]) {
    it(`renders a dialog over the page and a snackbar in the ${dark ? "dark" : "light"} theme`, async () => {
      const { tree, roots } = galleryTree();
      const t = tree as TreeBuilder;
      const dialog = t.add(
        "alertdialog",
        { open: true },
        {
          icon: t.add("icon", { name: "delete", color: "secondary" }),
          title: t.add("text", { value: "Permanently delete?" }),
          content: t.add("text", {
            value: "Deleting the selected messages will also remove them from synced devices.",
          }),
          actions: [
            t.add("textbutton", { text: "Cancel" }),
            t.add("textbutton", { text: "Delete" }),
          ],
        },
      );
      const snack = t.add(
        "snackbar",
        { open: true, action: "Undo", duration: 60_000 },
        { content: t.add("text", { value: "Message archived" }) },
      );
      await h.mount(tree.nodes, [...roots, dialog, snack], { dark });
      await h.page.waitForTimeout(500);
      const path = new URL(`dialog-${dark ? "dark" : "light"}.png`, IMG);
      await h.page.screenshot({ path: path.pathname });
      expect(await h.page.getByRole("dialog").isVisible()).toBe(true);
    });
  }
});
