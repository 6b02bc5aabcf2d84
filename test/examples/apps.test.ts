import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import * as routing from "../../examples/routing.js";
import * as todo from "../../examples/todo.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("routing example", () => {
  it("builds the view stack for a deep link", async () => {
    t = await createTester(routing.main, { client: { route: "/store/2" } });
    expect(t.page.views.map((v) => v.route)).toEqual(["/", "/store", "/store/2"]);
    expect(t.find.text("Price: $48").exists).toBe(true);
  });

  it("navigates with page.go and pops views with back", async () => {
    t = await createTester(routing.main);
    await t.tap(t.find.text("Visit the store"));
    expect(t.client.replica.node("page")?.[1].route).toBe("/store");
    await t.tap(t.find.text("Burr grinder"));
    expect(t.find.text("Price: $129").exists).toBe(true);
    await t.trigger(t.page, "viewPop", t.page.views.at(-1)!.uid);
    expect(t.page.route).toBe("/store");
    expect(t.page.views).toHaveLength(2);
    await t.navigate("/");
    expect(t.page.views).toHaveLength(1);
  });
});

describe("todo example", () => {
  const add = async (name: string) => {
    await t!.enterText(t!.find.byType(ft.TextField).first, name);
    await t!.tap(t!.find.bySemanticsLabel("Add task"));
  };

  it("adds, completes, filters and clears tasks", async () => {
    t = await createTester(todo.main);
    await add("Buy milk");
    await add("Write tests");
    expect(t.find.text("2 items left").exists).toBe(true);
    expect((t.find.byType(ft.TextField).first as ft.TextField).value).toBe("");

    await t.tap(t.find.text("Buy milk"));
    expect(t.find.text("1 item left").exists).toBe(true);

    await t.trigger(t.find.byType(ft.Tabs), "change", 2, { selectedIndex: 2 });
    const visible = () =>
      t!.find
        .byType(todo.Task)
        .all.filter((task) => task.visible !== false)
        .map((task) => (task as todo.Task).name);
    expect(visible()).toEqual(["Buy milk"]);

    await t.tap(t.find.text("Clear completed"));
    await t.trigger(t.find.byType(ft.Tabs), "change", 0, { selectedIndex: 0 });
    expect(visible()).toEqual(["Write tests"]);
  });

  it("edits and deletes a task", async () => {
    t = await createTester(todo.main);
    await add("Draft");
    await t.tap(t.find.bySemanticsLabel("Edit Draft"));
    const editor = t.find.byType(ft.TextField).at(1);
    expect((editor as ft.TextField).value).toBe("Draft");
    await t.enterText(editor, "Final");
    await t.tap(t.find.bySemanticsLabel("Save"));
    expect(t.find.text("Final").exists).toBe(true);
    await t.tap(t.find.bySemanticsLabel("Delete Draft"));
    expect(t.find.byType(todo.Task).exists).toBe(false);
    expect(t.find.text("0 items left").exists).toBe(true);
  });

  it("ignores an empty task", async () => {
    t = await createTester(todo.main);
    await t.trigger(t.find.byType(ft.TextField).first, "submit");
    expect(t.find.byType(todo.Task).exists).toBe(false);
  });
});
