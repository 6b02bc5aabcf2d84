/**
 * Imported first by the app that `flet-ts pack dev` runs (`node --import`): registers the
 * resolution hooks of `pack-dev-hooks` with the pack and app folders from
 * `FLET_TS_PACK_DEV`, the same JSON the server reads to bundle the pack's fresh build.
 *
 * @internal
 * @module
 */
import { existsSync } from "node:fs";
import { register } from "node:module";
import type { PackDevHookData } from "./pack-dev-hooks.js";

const text = process.env.FLET_TS_PACK_DEV;
if (text !== undefined && text !== "") {
  const { name, dir, app } = JSON.parse(text) as PackDevHookData;
  // Compiled in dist; the TypeScript source when flet-ts runs from a checkout.
  const compiled = new URL("./pack-dev-hooks.js", import.meta.url);
  const hooks = existsSync(compiled) ? compiled : new URL("./pack-dev-hooks.ts", import.meta.url);
  register<PackDevHookData>(hooks, { data: { name, dir, app } });
}
