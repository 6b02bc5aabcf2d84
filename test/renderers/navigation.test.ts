import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openHarness, TreeBuilder } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h?.close());

function tabsTree() {
  const t = new TreeBuilder();
  const tabs = t.add(
    "tabs",
    { selectedIndex: 0, onChange: true },
    {
      tabs: [
        t.add("tab", { text: "One" }, { content: t.add("text", { value: "First page" }) }),
        t.add(
          "tab",
          { text: "Two", icon: "star" },
          { content: t.add("text", { value: "Second page" }) },
        ),
        t.add("tab", { text: "Three" }, { content: t.add("text", { value: "Third page" }) }),
      ],
    },
  );
  return { t, tabs };
}

describe("tabs", () => {
  it("is a tablist of named tabs showing the selected tab's content", async () => {
    const { t, tabs } = tabsTree();
    await h.mount(t.nodes, [tabs]);
    expect(await h.page.getByRole("tablist").count()).toBe(1);
    expect(await h.page.getByRole("tab", { name: "One", selected: true }).count()).toBe(1);
    expect(await h.page.getByRole("tabpanel").textContent()).toBe("First page");
  });

  it("clicking a tab sends change with the index and shows its content", async () => {
    const { t, tabs } = tabsTree();
    await h.mount(t.nodes, [tabs]);
    await h.page.getByRole("tab", { name: "Two" }).click();
    expect(await h.events()).toEqual([
      { id: tabs, event: "change", data: 1, props: { selectedIndex: 1 } },
    ]);
    expect(await h.page.getByRole("tabpanel").textContent()).toBe("Second page");
  });

  it("arrow keys and Enter select the next tab", async () => {
    const { t, tabs } = tabsTree();
    await h.mount(t.nodes, [tabs]);
    await h.page.getByRole("tab", { name: "One" }).focus();
    await h.page.keyboard.press("ArrowRight");
    await h.page.keyboard.press("ArrowRight");
    await h.page.keyboard.press("Enter");
    const events = await h.events();
    expect(events.at(-1)).toEqual({
      id: tabs,
      event: "change",
      data: 2,
      props: { selectedIndex: 2 },
    });
    expect(await h.page.getByRole("tabpanel").textContent()).toBe("Third page");
  });

  it("follows selectedIndex set by the server", async () => {
    const { t, tabs } = tabsTree();
    await h.mount(t.nodes, [tabs]);
    await h.update(tabs, { selectedIndex: 2 });
    expect(await h.page.getByRole("tabpanel").textContent()).toBe("Third page");
    expect(await h.page.getByRole("tab", { name: "Three", selected: true }).count()).toBe(1);
  });
});

describe("navigationbar", () => {
  it("is a navigation landmark; clicking a destination sends change", async () => {
    const t = new TreeBuilder();
    const bar = t.add(
      "navigationbar",
      { selectedIndex: 0 },
      {
        destinations: [
          t.add("navigationdestination", { label: "Home", icon: "home" }),
          t.add("navigationdestination", {
            label: "Saved",
            icon: "bookmark_border",
            selectedIcon: "bookmark",
          }),
        ],
      },
    );
    await h.mount(t.nodes, [bar]);
    const nav = h.page.getByRole("navigation");
    expect(await nav.getByRole("button", { name: "Home" }).getAttribute("aria-current")).toBe(
      "page",
    );
    await nav.getByRole("button", { name: "Saved" }).click();
    expect(await h.events()).toEqual([
      { id: bar, event: "change", data: 1, props: { selectedIndex: 1 } },
    ]);
    expect(await nav.getByRole("button", { name: "Saved" }).getAttribute("aria-current")).toBe(
      "page",
    );
    await nav.getByRole("button", { name: "Saved" }).press("ArrowLeft");
    await h.page.keyboard.press("Enter");
    expect(await h.events()).toEqual([
      { id: bar, event: "change", data: 0, props: { selectedIndex: 0 } },
    ]);
  });
});

describe("appbar and listtile", () => {
  it("appbar is a banner with its title and actions", async () => {
    const t = new TreeBuilder();
    const bar = t.add(
      "appbar",
      {},
      {
        title: t.add("text", { value: "Inbox" }),
        actions: [t.add("iconbutton", { icon: "search", tooltip: "Search" })],
      },
    );
    await h.mount(t.nodes, [bar]);
    const banner = h.page.getByRole("banner");
    expect(await banner.textContent()).toContain("Inbox");
    expect(await banner.getByRole("button", { name: "Search" }).count()).toBe(1);
  });

  it("a clickable listtile is a button that sends click on click, Enter and Space", async () => {
    const t = new TreeBuilder();
    const tile = t.add(
      "listtile",
      { onClick: true, selected: true },
      {
        title: t.add("text", { value: "Settings" }),
        subtitle: t.add("text", { value: "Sound, display" }),
      },
    );
    await h.mount(t.nodes, [tile]);
    const button = h.page.getByRole("button", { name: /Settings/ });
    expect(await button.getAttribute("aria-current")).toBe("true");
    await button.click();
    await button.press("Enter");
    await button.press("Space");
    expect((await h.events()).map((e) => e.event)).toEqual(["click", "click", "click"]);
  });
});
