import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as ft from "flet-ts";
import { checkPackContract, type PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";

// The Cupertino pack ships inside flet-ts: the pack folder given to the kit names the
// package its controls declare, and its browser entry registers the repo's renderers.
function builtInPackDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "flet-cupertino-contract-"));
  const { pack, version } = ft.schemaOf(ft.CupertinoTextField);
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({
      name: pack,
      version,
      type: "module",
      sideEffects: ["./browser.js"],
      "flet-ts": { browser: "./browser.js" },
    }),
  );
  const entry = fileURLToPath(new URL("../../cupertino/browser/index.ts", import.meta.url));
  writeFileSync(
    join(dir, "browser.js"),
    `import { registerCupertino } from ${JSON.stringify(entry)};\nregisterCupertino();\n`,
  );
  return dir;
}

describe("the Cupertino pack against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkPackContract({
      packDir: builtInPackDir(),
      controls: [ft.CupertinoTextField],
      samples: {
        cupertinotextfield: {
          value: "typed",
          prefixText: "https://",
          suffixText: ".com",
          opacity: 0.5,
          icon: ft.icons.MAIL,
          prefixIcon: ft.icons.SEARCH,
          suffixIcon: ft.icons.CLEAR,
          expand: 1,
          rotate: 0.3,
          scale: 1.5,
          offset: { x: 0.1, y: 0 },
          animateOpacity: 300,
          animateSize: 300,
          animatePosition: 300,
          animateRotation: 300,
          animateScale: 300,
          animateOffset: 300,
          textStyle: { color: "#d81b60", size: 20 },
          placeholderStyle: { color: "#d81b60" },
          helperStyle: { color: "#d81b60" },
          counterStyle: { color: "#d81b60" },
          prefixStyle: { color: "#d81b60" },
          suffixStyle: { color: "#d81b60" },
          borderRadius: 12,
          contentPadding: 12,
          gradient: { type: "linear", colors: ["#ff0000", "#0000ff"] },
          blendMode: "multiply",
          shadow: { color: "#000000", blurRadius: 4, offset: { x: 0, y: 2 } },
          inputFilter: { regexString: "[0-9]", allow: true },
        },
      },
      exempt: {
        cupertinotextfield: {
          col: "only inside a ResponsiveRow (checked by the ResponsiveRow tests)",
          expandLoose: "only with expand inside a Row or Column",
          adaptive: "switches Material controls to their Cupertino twins; this one is one",
          textVerticalAlign: "the iOS box is one line tall: nothing to align vertically",
          labelStyle: "the iOS field shows no label (label is its accessible name)",
          minLines: "shapes a multiline field only (multiline is checked)",
          maxLines: "shapes a multiline field only (multiline is checked)",
          canRevealPassword: "Flutter's CupertinoTextField has no reveal button",
          smartDashesType: "an iOS keyboard feature with no web equivalent",
          smartQuotesType: "an iOS keyboard feature with no web equivalent",
          cursorWidth: "browsers draw the caret; CSS cannot size it",
          cursorHeight: "browsers draw the caret; CSS cannot size it",
          cursorRadius: "browsers draw the caret; CSS cannot size it",
          inputFilter: "filters typed text: no DOM state until the user types",
          hintStyle: "placeholderStyle (checked) takes precedence; hintStyle is drawn the same way",
          errorStyle: "styles the help line while errorText is set; helperStyle (checked) draws it",
          animationEnd: "fires after an implicit animation; needs a timed change, not a click",
        },
      },
      triggers: {
        cupertinotextfield: {
          change: (field) => field.locator("input").fill("42"),
          submit: (field) => field.locator("input").press("Enter"),
          focus: (field) => field.locator("input").focus(),
          blur: async (field) => {
            await field.locator("input").focus();
            await field.locator("input").blur();
          },
        },
      },
      timeout: 2_000,
    });
  }, 120_000);

  it("CupertinoTextField is a TextField that draws its own props and sends its events", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => check.member);
    expect(members).toContain("placeholderText");
    expect(members).toContain("clearButtonSemanticsLabel");
  });
});
