import * as ft from "flet-ts";
import { createTester } from "flet-ts/testing";
import { describe, expect, it } from "vitest";

describe("CupertinoTextField", () => {
  it("is a TextField, as in Flet 0.21 (class CupertinoTextField(TextField))", () => {
    const field = new ft.CupertinoTextField({ placeholderText: "Email" });
    expect(field).toBeInstanceOf(ft.TextField);
    expect(Object.getPrototypeOf(ft.CupertinoTextField)).toBe(ft.TextField);
  });

  it("re-declares none of TextField's props: it adds only the Cupertino ones", () => {
    const own = ft.schemaOf(ft.CupertinoTextField).props.map((p) => p.name);
    const inherited = ft.schemaOf(ft.TextField).props.map((p) => p.name);
    expect(own.slice(0, inherited.length)).toEqual(inherited);
    expect(own.slice(inherited.length)).toEqual([
      "placeholderText",
      "placeholderStyle",
      "gradient",
      "blendMode",
      "shadow",
      "prefixVisibilityMode",
      "suffixVisibilityMode",
      "clearButtonSemanticsLabel",
    ]);
    expect(ft.schemaOf(ft.CupertinoTextField).type).toBe("cupertinotextfield");
  });

  it("takes the placeholder first, as Flet's first positional argument", () => {
    const field = new ft.CupertinoTextField("Email", { multiline: true, maxLines: 3 });
    expect([field.placeholderText, field.multiline, field.maxLines]).toEqual(["Email", true, 3]);
  });

  it("gets TextField's checks and typed enums", () => {
    expect(() => new ft.CupertinoTextField({ maxLines: 0 })).toThrow(
      /CupertinoTextField\.maxLines/,
    );
    expect(() => new ft.CupertinoTextField({ keyboardType: "fax" as never })).toThrow(ft.FletError);
  });

  it("works in a session like a TextField: typing and submit", async () => {
    const submitted: string[] = [];
    const field = new ft.CupertinoTextField("Name", {
      onSubmit: (e) => void submitted.push(String(e.control.value)),
    });
    const t = await createTester((page) => page.add(field));
    try {
      await t.enterText(field, "Ada");
      await t.trigger(field, "submit");
      expect(field.value).toBe("Ada");
      expect(submitted).toEqual(["Ada"]);
      expect(t.find.byType(ft.CupertinoTextField).count).toBe(1);
    } finally {
      await t.close();
    }
  });
});
