// TextSpan in the tester: found by its text, clicked like a link, nested, checked.
import * as ft from "flet-ts";
import { createTester, type Tester, type TreeNode } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("TextSpan", () => {
  it("flows inside a Text: found by its text, clicked, entered and left", async () => {
    const log: string[] = [];
    t = await createTester((page) =>
      page.add(
        new ft.Text("Read the ", {
          spans: [
            new ft.TextSpan("docs", {
              style: { weight: ft.FontWeight.BOLD },
              onClick: () => void log.push("click"),
              onEnter: () => void log.push("enter"),
              onExit: () => void log.push("exit"),
              spans: [new ft.TextSpan(" (new)", { style: { italic: true } })],
            }),
          ],
        }),
      ),
    );
    expect(t.find.text("docs").exists).toBe(true);
    expect(t.find.text(" (new)").exists).toBe(true);
    await t.tap(t.find.text("docs"));
    await t.trigger(t.find.text("docs"), "enter");
    await t.trigger(t.find.text("docs"), "exit");
    expect(log).toEqual(["click", "enter", "exit"]);
    const view = (t.tree().views as TreeNode[])[0]!;
    expect((view.controls as TreeNode[])[0]).toMatchObject({
      type: "text",
      props: { value: "Read the " },
      spans: [
        {
          type: "textspan",
          props: { text: "docs", style: { weight: "bold" }, onClick: true },
          spans: [{ type: "textspan", props: { text: " (new)" } }],
        },
      ],
    });
  });

  it("takes Flet's constructor forms", () => {
    expect(new ft.TextSpan("hi").text).toBe("hi");
    expect(new ft.TextSpan({ text: "hi", url: "/about" }).url).toBe("/about");
    expect(new ft.TextSpan("hi", { urlTarget: ft.UrlTarget.SELF }).urlTarget).toBe("_self");
  });

  it("refuses an unsafe url where it is set, naming the control and property", () => {
    expect(() => new ft.TextSpan("x", { url: "javascript:alert(1)" })).toThrow(
      /Expected TextSpan\.url to be a URL with one of the schemes/,
    );
    expect(
      () => new ft.TextSpan("x", { style: { color: "url(http://x)" } as never }),
    ).not.toThrow();
  });
});
