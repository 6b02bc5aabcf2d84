// The showcase (examples/showcase/): every example of every group builds and mounts, deep
// links open a control's examples, unknown routes say "not found", the theme switch and
// the narrow (phone) layout.

import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { groups } from "../../examples/showcase/examples/index.js";
import { main } from "../../examples/showcase/main.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const title = (tester: Tester) =>
  tester.find.byType(ft.Text).all.map((text) => (text as ft.Text).value);

describe("the showcase", () => {
  it("has every group once, and unique control slugs in each", () => {
    const slugs = groups.map((group) => group.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const group of ["layout", "navigation", "displays", "colors", "charts"])
      expect(groups.find((g) => g.slug === group)?.controls.length).toBeGreaterThan(0);
    for (const group of groups) {
      const controls = group.controls.map((control) => control.slug);
      expect(new Set(controls).size, group.slug).toBe(controls.length);
      for (const control of group.controls) {
        expect(control.slug, control.name).toMatch(/^[a-z0-9-]+$/);
        expect(control.examples.length, control.name).toBeGreaterThan(0);
      }
    }
  });

  it("builds and mounts every example of every group through its deep link", async () => {
    for (const group of groups) {
      for (const control of group.controls) {
        t = await createTester(main, { client: { route: `/${group.slug}/${control.slug}` } });
        const texts = title(t);
        expect(texts, `${group.slug}/${control.slug}`).toContain(control.name);
        for (const example of control.examples) expect(texts).toContain(example.name);
        expect(texts.some((text) => text?.startsWith("This example failed to build"))).toBe(false);
        await t.close();
        t = undefined;
      }
    }
  }, 120_000);

  it("shows the groups overview at / and a group's controls grid at /<group>", async () => {
    t = await createTester(main);
    for (const group of groups)
      expect(t.find.text(`${group.label} (${group.controls.length})`).exists).toBe(true);
    await t.tap(t.find.text(`Layout (${groups[0]!.controls.length})`));
    expect(t.page.route).toBe("/layout");
    const layout = groups[0]!;
    for (const control of layout.controls) expect(t.find.text(control.name).exists).toBe(true);
    expect(t.find.byType(ft.NavigationRail).first).toBeDefined();
    expect((t.find.byType(ft.NavigationRail).first as ft.NavigationRail).selectedIndex).toBe(0);
  });

  it("opens a control from the grid and goes back with the rail and the back button", async () => {
    t = await createTester(main, { client: { route: "/layout" } });
    await t.tap(t.find.text("Card"));
    expect(t.page.route).toBe("/layout/card");
    expect(t.find.text("The Enchanted Nightingale").exists).toBe(true);
    // Each example comes with its TypeScript source, as Flet's gallery links to its file.
    expect(t.find.text("Source of Card example").exists).toBe(true);
    expect(t.find.text("TypeScript source of all examples").exists).toBe(true);
    const markdown = t.find.byType(ft.Markdown).first as ft.Markdown;
    expect(markdown.value).toContain('name: "Card example"');
    expect(markdown.value).toContain('new ft.Text("The Enchanted Nightingale")');
    await t.tap(t.find.bySemanticsLabel("Back to Layout"));
    expect(t.page.route).toBe("/layout");
    await t.trigger(t.find.byType(ft.NavigationRail), "change", 2, { selectedIndex: 2 });
    expect(t.page.route).toBe("/displays");
  });

  it("shows a clear not found for unknown routes, with a way back", async () => {
    for (const route of ["/nope", "/layout/nope", "/layout/card/extra"]) {
      t = await createTester(main, { client: { route } });
      expect(t.find.text("Page not found").exists, route).toBe(true);
      expect(t.find.text(`There is no gallery page at ${route}.`).exists).toBe(true);
      await t.tap(t.find.text("Back to the gallery"));
      expect(t.page.route).toBe("/");
      expect(t.find.text("Page not found").exists).toBe(false);
      await t.close();
      t = undefined;
    }
  });

  it("switches between light and dark themes", async () => {
    t = await createTester(main, { client: { platformBrightness: "light" } });
    await t.tap(t.find.bySemanticsLabel("Switch to the dark theme"));
    expect(t.page.themeMode).toBe(ft.ThemeMode.DARK);
    await t.tap(t.find.bySemanticsLabel("Switch to the light theme"));
    expect(t.page.themeMode).toBe(ft.ThemeMode.LIGHT);
  });

  it("changes the seed colour of both themes from the app bar's menu", async () => {
    t = await createTester(main);
    await t.tap(t.find.byType(ft.PopupMenuButton));
    await t.tap(t.find.text("Teal"));
    expect(t.page.theme).toEqual({ colorSchemeSeed: "teal" });
    expect(t.page.darkTheme).toEqual({ colorSchemeSeed: "teal" });
  });

  it("puts the groups in a drawer on a phone-sized window", async () => {
    t = await createTester(main, { client: { width: 390, height: 800, route: "/layout" } });
    const rail = t.find.byType(ft.NavigationRail, { hidden: true }).first as ft.NavigationRail;
    expect(rail.visible).toBe(false);
    expect(t.page.drawer).toBeInstanceOf(ft.NavigationDrawer);
    await t.tap(t.find.bySemanticsLabel("Open the groups menu"));
    await t.trigger(t.page.drawer!, "change", 2, { selectedIndex: 2 });
    expect(t.page.route).toBe("/displays");
  });
});
