// Markdown in the tester: Flet 0.21's props and event (onTapLink with the URL), what goes
// on the wire, and coded errors for bad input.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodeOf, namesOf, propOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("Markdown", () => {
  describe("declarations", () => {
    it("declares every prop and event of Flet 0.21's Markdown", () => {
      const { props, events } = namesOf(ft.Markdown);
      expect(props).toEqual(
        expect.arrayContaining([
          "value",
          "selectable",
          "extensionSet",
          "codeTheme",
          "codeStyle",
          "autoFollowLinks",
          "autoFollowLinksTarget",
        ]),
      );
      expect(events).toEqual(expect.arrayContaining(["onTapLink"]));
      expect(propOf(ft.Markdown, "value")?.text).toBe(true);
      expect(propOf(ft.Markdown, "selectable")?.default).toBe(false);
      expect(propOf(ft.Markdown, "autoFollowLinks")?.default).toBe(false);
    });

    it("is a ConstrainedControl whose first argument is the value", () => {
      const md = new ft.Markdown("# Hi", { width: 300 });
      expect(md).toBeInstanceOf(ft.ConstrainedControl);
      expect(md.value).toBe("# Hi");
      expect(md.width).toBe(300);
      expect(new ft.Markdown({ value: "x" }).value).toBe("x");
    });

    it("has Flet's extension sets and a few of its code themes", () => {
      expect(Object.values(ft.MarkdownExtensionSet)).toEqual([
        "none",
        "commonMark",
        "gitHubWeb",
        "gitHubFlavored",
      ]);
      expect(ft.MarkdownCodeTheme.ATOM_ONE_DARK).toBe("atom-one-dark");
      expect(ft.MarkdownCodeTheme.GITHUB).toBe("github");
    });
  });

  describe("the wire", () => {
    it("sends the value, syntax, code theme and style, and the link flags", async () => {
      t = await createTester((page) =>
        page.add(
          new ft.Markdown("**bold** [flet](https://flet.dev)", {
            extensionSet: ft.MarkdownExtensionSet.GITHUB_FLAVORED,
            codeTheme: ft.MarkdownCodeTheme.DRACULA,
            codeStyle: { size: 12, fontFamily: "Fira Code" },
            selectable: true,
            autoFollowLinks: true,
            autoFollowLinksTarget: "_self",
            onTapLink: () => {},
          }),
        ),
      );
      const md = t.find.byType(ft.Markdown);
      expect(t.find.text("**bold** [flet](https://flet.dev)").exists).toBe(true);
      const wire = JSON.stringify(t.patches);
      for (const piece of [
        '"extensionSet":"gitHubFlavored"',
        '"codeTheme":"dracula"',
        '"codeStyle":{"size":12,"fontFamily":"Fira Code"}',
        '"selectable":true',
        '"autoFollowLinks":true',
        '"autoFollowLinksTarget":"_self"',
        '"onTapLink":true',
      ])
        expect(wire).toContain(piece);
      expect(md.exists).toBe(true);
    });
  });

  describe("onTapLink", () => {
    it("gets the URL of the pressed link in e.data", async () => {
      const seen: unknown[] = [];
      const md = new ft.Markdown("[docs](https://flet.dev/docs)", {
        onTapLink: (e) => void seen.push([e.data, e.control === md]),
      });
      t = await createTester((page) => page.add(md));
      await t.trigger(t.find.byType(ft.Markdown), "tapLink", "https://flet.dev/docs");
      expect(seen).toEqual([["https://flet.dev/docs", true]]);
    });
  });

  describe("bad input", () => {
    it("refuses bad values where they are set, with a coded error naming the prop", () => {
      const bad = [
        { extensionSet: "gfm" },
        { codeTheme: "solarized-purple" },
        { selectable: "yes" },
        { autoFollowLinks: 1 },
        { value: 42 },
      ];
      for (const options of bad) {
        expect(errorCodeOf(() => new ft.Markdown(options as ft.ControlOptions<ft.Markdown>))).toBe(
          "FLET_ERR_PROP_INVALID_VALUE",
        );
      }
      expect(() => new ft.Markdown({ extensionSet: "gfm" as never })).toThrow(
        /Markdown\.extensionSet/,
      );
      expect(errorCodeOf(() => new ft.Markdown({ onLinkTap: () => {} } as never))).toBe(
        "FLET_ERR_PROP_UNKNOWN_OPTION",
      );
    });
  });
});
