// The contract kit over the built-in controls pack, for one or a few of its controls: the
// pack directory an app would install (its browser entry registers the built-in renderers)
// and the exemptions every non-flex control shares.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as ft from "flet-ts";
import {
  checkPackContract,
  type PackContractOptions,
  type PackContractReport,
} from "flet-ts/testing";

/** A pack directory whose browser entry registers `flet-ts/controls/browser`'s renderers. */
export function builtInPackDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "flet-controls-contract-"));
  const { pack, version } = ft.schemaOf(ft.Text);
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

/** Why a layout member every control inherits is not seen on a control drawn alone. */
export const layoutOnly = {
  expandLoose: "only with expand inside a Row or Column",
} as const;

/** Why `adaptive` is not seen: the control has no Cupertino twin to switch to. */
export const noTwin = { adaptive: "it has no Cupertino twin" } as const;

/** Runs the contract kit over some built-in controls (the pack directory filled in). */
export function checkBuiltIns(
  options: Omit<PackContractOptions, "packDir">,
): Promise<PackContractReport> {
  return checkPackContract({ timeout: 5_000, ...options, packDir: builtInPackDir() });
}
