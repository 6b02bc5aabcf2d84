/**
 * Unit tests of the pack's server side through `flet-ts/testing`: a real session against
 * the headless client, acting as the browser would (the renderer's part is in
 * contract.test.ts and the repo's test/e2e/codemirror.test.ts).
 */
import { readFileSync } from "node:fs";
import * as ft from "flet-ts";
import { schemaOf } from "flet-ts/pack";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { CodeEditor, CodeLanguage, PACK_INFO } from "../src/index.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const propsOf = (cls: Function) => Object.fromEntries(schemaOf(cls).props.map((p) => [p.name, p]));

describe("the pack", () => {
  it("names the package and the version of package.json", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(PACK_INFO).toEqual({ pack: pkg.name, version: pkg.version });
    expect(schemaOf(CodeEditor)).toMatchObject({ pack: "flet-codemirror", version: pkg.version });
  });

  it("keeps CodeMirror out of the browser entry: it only registers a lazy renderer", () => {
    const entry = readFileSync(new URL("../src/browser/index.ts", import.meta.url), "utf8");
    const imports = [...entry.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports).toEqual(["flet-ts/browser"]);
    expect(entry).toMatch(
      /defineLazyRenderer\("codemirror\.editor", \(\) =>\s+import\("\.\/editor\.js"\)/,
    );
  });
});

describe("CodeEditor", () => {
  it("declares its wire type, props and events", () => {
    const schema = schemaOf(CodeEditor);
    expect(schema.type).toBe("codemirror.editor");
    expect(schema.className).toBe("CodeEditor");
    const props = propsOf(CodeEditor);
    expect(props.value).toMatchObject({ kind: "string", default: "", twoWay: true });
    expect(props.language).toMatchObject({
      kind: "enum",
      values: ["plain", "javascript", "typescript", "python", "json", "css", "html", "markdown"],
      default: "plain",
    });
    expect(props.readOnly).toMatchObject({ kind: "boolean", default: false });
    expect(props.lineNumbers).toMatchObject({ kind: "boolean", default: true });
    expect(props.placeholder).toMatchObject({ kind: "string" });
    expect(props.tabSize).toMatchObject({ kind: "number", default: 4 });
    expect(props.label).toMatchObject({ kind: "string", label: true });
    expect(Object.keys(props)).toEqual(expect.arrayContaining(["width", "height", "disabled"]));
    expect(schema.events.map((e) => [e.handler, e.name])).toEqual(
      expect.arrayContaining([
        ["onChange", "change"],
        ["onFocus", "focus"],
        ["onBlur", "blur"],
      ]),
    );
    expect(schema.slots).toEqual([]);
  });

  it("reads defaults while unset and takes the text first", () => {
    const editor = new CodeEditor();
    expect([
      editor.value,
      editor.language,
      editor.readOnly,
      editor.lineNumbers,
      editor.tabSize,
    ]).toEqual(["", "plain", false, true, 4]);
    expect(new CodeEditor("x = 1", { language: CodeLanguage.PYTHON })).toMatchObject({
      value: "x = 1",
      language: "python",
    });
    expect(new CodeEditor({ value: "a" }).value).toBe("a");
  });

  it("refuses a language it cannot highlight", () => {
    expect(() => new CodeEditor({ language: "cobol" as CodeLanguage })).toThrow(/cobol/);
  });

  it("sends its props to the browser", async () => {
    t = await createTester((page) => {
      page.add(
        new CodeEditor("print(1)", {
          key: "e",
          language: CodeLanguage.PYTHON,
          tabSize: 2,
          lineNumbers: false,
          placeholder: "Type Python",
          label: "Script",
          height: 200,
        }),
      );
    });
    expect(t.tree()).toMatchObject({
      views: [
        {
          controls: [
            {
              type: "codemirror.editor",
              props: {
                key: "e",
                value: "print(1)",
                language: "python",
                tabSize: 2,
                lineNumbers: false,
                placeholder: "Type Python",
                label: "Script",
                height: 200,
              },
            },
          ],
        },
      ],
    });
    expect(t.find.bySemanticsLabel("Script").first).toBe(t.find.byKey("e").first);
  });

  it("takes the user's text as its value and calls onChange, onFocus and onBlur", async () => {
    const seen: string[] = [];
    let editor!: CodeEditor;
    t = await createTester((page) => {
      const echo = new ft.Text("");
      editor = new CodeEditor("", {
        onChange: (e) => {
          echo.value = `server has: ${e.control.value}`;
          seen.push(`change ${e.data}`);
        },
        onFocus: () => {
          seen.push("focus");
        },
        onBlur: () => {
          seen.push("blur");
        },
      });
      page.add(editor, echo);
    });
    await t.trigger(editor, "focus");
    await t.trigger(editor, "change", "let a = 1;", { value: "let a = 1;" });
    await t.trigger(editor, "blur");
    expect(editor.value).toBe("let a = 1;");
    expect(t.find.text("server has: let a = 1;").exists).toBe(true);
    expect(seen).toEqual(["focus", "change let a = 1;", "blur"]);
    expect(t.errors).toEqual([]);
  });

  it("cannot be typed into while disabled", async () => {
    let editor!: CodeEditor;
    t = await createTester((page) => {
      editor = new CodeEditor({ disabled: true, onChange: () => {} });
      page.add(editor);
    });
    await expect(t.trigger(editor, "change", "x", { value: "x" })).rejects.toThrow(
      /FLET_ERR_TESTER_NOT_INTERACTIVE|disabled/,
    );
  });
});
