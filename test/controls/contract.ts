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

/**
 * Samples for the decoration props TextField and Dropdown share (FormFieldControl): icons,
 * corners, insets and every text style, each with a colour or size that shows.
 */
export const formFieldSamples = {
  prefixIcon: ft.icons.SEARCH,
  suffixIcon: ft.icons.CLEAR,
  borderRadius: 12,
  contentPadding: 20,
  textStyle: { size: 20 },
  labelStyle: { color: "#1e88e5" },
  hintStyle: { color: "#1e88e5" },
  helperStyle: { color: "#1e88e5" },
  counterStyle: { color: "#43a047" },
  errorStyle: { color: "#1e88e5" },
  prefixStyle: { color: "#1e88e5" },
  suffixStyle: { color: "#1e88e5" },
} as const;
