import * as ft from "flet-ts";
import { createTester } from "flet-ts/testing";
import { describe, expect, it } from "vitest";

/** Runs `fn` and returns the FletError it throws. */
function errorOf(fn: () => unknown): ft.FletError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ft.FletError);
    return error as ft.FletError;
  }
  throw new Error("expected a FletError, but nothing was thrown");
}

describe("prop checks", () => {
  describe("refuse bad values with FLET_ERR_PROP_INVALID_VALUE naming control, prop and what was expected", () => {
    it.each([
      ["Row.expand = -1", () => new ft.Row({ expand: -1 }), "Row.expand", "flex factor"],
      ["Text.expand = 1.5", () => new ft.Text({ expand: 1.5 }), "Text.expand", "flex factor"],
      ["Text.expand = 0", () => new ft.Text({ expand: 0 }), "Text.expand", "≥ 1"],
      [
        "Container.col with an unknown breakpoint",
        () => new ft.Container({ col: { xs: 6, huge: 3 } as never }),
        "Container.col",
        "xs, sm, md, lg, xl, xxl",
      ],
      [
        "Container.col = { md: 2.5 }",
        () => new ft.Container({ col: { md: 2.5 } }),
        "Container.col",
        "whole number",
      ],
      ["Container.col = -1", () => new ft.Container({ col: -1 }), "Container.col", "columns"],
      ["Container.width = -10", () => new ft.Container({ width: -10 }), "Container.width", "≥ 0"],
      [
        "Column.height = NaN",
        () => new ft.Column({ height: Number.NaN }),
        "Column.height",
        "finite",
      ],
      [
        "Container.padding = -4",
        () => new ft.Container({ padding: -4 }),
        "Container.padding",
        "≥ 0",
      ],
      [
        "Container.padding with a negative side",
        () => new ft.Container({ padding: { left: 4, top: -1 } }),
        "Container.padding",
        "left, top, right, bottom",
      ],
      [
        "Container.margin = { x: 3 }",
        () => new ft.Container({ margin: { x: 3 } as never }),
        "Container.margin",
        "left, top",
      ],
      ["Row.spacing = -1", () => new ft.Row({ spacing: -1 }), "Row.spacing", "≥ 0"],
      [
        "Column.runSpacing = -2",
        () => new ft.Column({ runSpacing: -2 }),
        "Column.runSpacing",
        "≥ 0",
      ],
      ["ListView.padding = -8", () => new ft.ListView({ padding: -8 }), "ListView.padding", "≥ 0"],
      [
        "GridView.runsCount = 0",
        () => new ft.GridView({ runsCount: 0 }),
        "GridView.runsCount",
        "whole number ≥ 1",
      ],
      [
        "GridView.childAspectRatio = 0",
        () => new ft.GridView({ childAspectRatio: 0 }),
        "GridView.childAspectRatio",
        "> 0",
      ],
      [
        "ResponsiveRow.columns = { xs: 0 }",
        () => new ft.ResponsiveRow({ columns: { xs: 0 } }),
        "ResponsiveRow.columns",
        "≥ 1",
      ],
      [
        "ResponsiveRow.spacing = { big: 2 }",
        () => new ft.ResponsiveRow({ spacing: { big: 2 } as never }),
        "ResponsiveRow.spacing",
        "keyed by",
      ],
      [
        "TextField.maxLines = 0",
        () => new ft.TextField({ maxLines: 0 }),
        "TextField.maxLines",
        "whole number ≥ 1",
      ],
      [
        "TextField.minLines = 2.5",
        () => new ft.TextField({ minLines: 2.5 }),
        "TextField.minLines",
        "whole number",
      ],
      ["Text.opacity = 2", () => new ft.Text({ opacity: 2 }), "Text.opacity", "0.0 to 1.0"],
      ["View.spacing = -3", () => new ft.View({ spacing: -3 }), "View.spacing", "≥ 0"],
    ])("%s", (_name, make, where, expected) => {
      const error = errorOf(make);
      expect(error.code).toBe(ft.ErrorCode.PROP_INVALID_VALUE);
      expect(error.message).toContain(`Expected ${where} to be`);
      expect(error.message).toContain(expected);
      expect(error.message).toContain("but got");
    });

    it("shows the bad object in the message", () => {
      const error = errorOf(() => new ft.Container({ col: { xs: 6, huge: 3 } as never }));
      expect(error.message).toContain('{"xs":6,"huge":3}');
      expect(error.details).toMatchObject({ control: "Container", prop: "col" });
    });

    it("throws from the setter, at the user's line, and keeps the previous value", () => {
      const row = new ft.Row({ spacing: 4 });
      const error = errorOf(() => {
        row.spacing = -1;
      });
      expect(error.stack).toContain("prop-checks.test.ts");
      expect(row.spacing).toBe(4);
    });
  });

  describe("accept good values", () => {
    it.each([
      ["expand true", () => new ft.Row({ expand: true })],
      ["expand false", () => new ft.Row({ expand: false })],
      ["expand 3", () => new ft.Row({ expand: 3 })],
      ["col 0 (hidden at that size)", () => new ft.Text({ col: 0 })],
      [
        "col per breakpoint",
        () => new ft.Text({ col: { xs: 12, sm: 6, md: 4, lg: 3, xl: 2, xxl: 1 } }),
      ],
      ["width 0", () => new ft.Container({ width: 0, height: 0 })],
      ["padding per side", () => new ft.Container({ padding: ft.padding.only({ left: 8 }) })],
      ["padding 0", () => new ft.Container({ padding: 0, margin: 2 })],
      ["spacing 0", () => new ft.Row({ spacing: 0 })],
      [
        "responsive spacing",
        () => new ft.ResponsiveRow({ spacing: { xs: 0, md: 20 }, columns: 24 }),
      ],
      ["maxLines 5", () => new ft.TextField({ minLines: 1, maxLines: 5 })],
      [
        "unset with undefined",
        () => Object.assign(new ft.Row({ spacing: 4 }), { spacing: undefined }),
      ],
    ])("%s", (_name, make) => {
      expect(make).not.toThrow();
    });
  });

  it("leaves the session working and the tree unchanged after a refused value", async () => {
    const row = new ft.Row({ controls: [new ft.Text("a")], spacing: 4 });
    const button = new ft.ElevatedButton({
      text: "bad",
      onClick: () => {
        row.spacing = -5;
      },
    });
    const t = await createTester((page) => page.add(row, button));
    try {
      const before = JSON.stringify(t.tree);
      await t.tap(t.find.text("bad"));
      t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
      expect(t.errors).toHaveLength(1);
      expect((t.errors[0] as ft.FletError).code).toBe(ft.ErrorCode.PROP_INVALID_VALUE);
      expect(JSON.stringify(t.tree)).toBe(before);
      expect(row.spacing).toBe(4);
    } finally {
      await t.close();
    }
  });

  it("lets packs define their own checks", () => {
    const even = ft.defineCheck((v) => typeof v === "number" && v % 2 === 0, "an even number");
    expect(even(4)).toBe(true);
    expect(even(3)).toBe(false);
    expect(even.expected).toBe("an even number");
  });
});
