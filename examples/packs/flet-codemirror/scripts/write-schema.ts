/**
 * Writes flet-schema.json, the pack's wire contract, from the control classes. Run it
 * (`npm run schema`) when releasing, after bumping the version as the contract test's
 * schema diff asks, and commit the file: the next release is compared with it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { packSchema } from "flet-ts/testing";
import { CodeEditor } from "../src/index.js";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  name: string;
  version: string;
};
const schema = packSchema({
  name: pkg.name,
  version: pkg.version,
  controls: [CodeEditor],
});
writeFileSync(
  new URL("../flet-schema.json", import.meta.url),
  `${JSON.stringify(schema, null, 2)}\n`,
);
console.log(`flet-schema.json: ${pkg.name}@${pkg.version}, ${schema.controls.length} controls`);
