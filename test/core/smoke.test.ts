import * as ft from "flet-ts";
import { createTester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { Box, Button, Label } from "../fixtures/mini-controls.js";

let t: Awaited<ReturnType<typeof createTester>> | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("smoke", () => {
  it("mounts, clicks and updates", async () => {
    t = await createTester((page) => {
      const label = new Label("0");
      page.add(
        label,
        new Button("+1", {
          onClick: () => {
            label.value = String(Number(label.value) + 1);
          },
        }),
      );
    });
    expect(t.find.text("0").exists).toBe(true);
    await t.tap(t.find.text("+1"));
    expect(t.find.text("1").exists).toBe(true);
    expect(t.tree()).toMatchObject({ type: "page" });
    expect(t.errors).toEqual([]);
  });

  it("async handler with sleep and pump", async () => {
    t = await createTester((page) => {
      page.add(
        new Button("go", {
          onClick: async () => {
            await ft.sleep(3000);
            page.add(new Label("done"));
          },
        }),
      );
    });
    await t.tap(t.find.text("go"));
    expect(t.find.text("done").exists).toBe(false);
    await t.pump(3000);
    expect(t.find.text("done").exists).toBe(true);
  });

  it("nested box", async () => {
    t = await createTester((page) => {
      const box = new Box({ controls: [new Label("a"), new Label("b")], content: new Label("c") });
      page.add(box);
    });
    expect(t.find.byType(Label).count).toBe(3);
  });
});
