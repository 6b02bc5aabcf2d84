// SafeArea against the pack contract kit: every prop it declares changes what the browser
// shows, over the built-in controls pack.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as ft from "flet-ts";
import { checkPackContract, type PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";

function builtInPackDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "flet-nav-contract-"));
  const { pack, version } = ft.schemaOf(ft.SafeArea);
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
  const entry = fileURLToPath(new URL("../../controls/browser/index.ts", import.meta.url));
  writeFileSync(
    join(dir, "browser.js"),
    `import { registerControls } from ${JSON.stringify(entry)};\nregisterControls();\n`,
  );
  return dir;
}

describe("SafeArea against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkPackContract({
      packDir: builtInPackDir(),
      controls: [ft.SafeArea],
      samples: {
        safearea: {
          minimum: 12,
          left: false,
          top: false,
          right: false,
          bottom: false,
          opacity: 0.5,
        },
      },
      exempt: {
        safearea: {
          maintainBottomViewPadding: "the browser keyboard never changes safe-area-inset-bottom",
          expand: "only inside a Row or Column",
          expandLoose: "only with expand inside a Row or Column",
          col: "only inside a ResponsiveRow",
          adaptive: "a SafeArea has no Cupertino twin",
        },
      },
      timeout: 2_000,
    });
  }, 120_000);

  it("SafeArea draws its own props", () => {
    expect(report.failures, report.format()).toEqual([]);
    expect(report.checks.map((check) => check.member)).toContain("minimum");
  });
});
