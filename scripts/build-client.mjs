#!/usr/bin/env node
// Builds the browser client for the published package: dist/browser/flet-client.js and
// .css, plus flet-client.json, which getClientBundle() prefers while its inputs are
// unchanged (in the published package the sources are absent, so it always is).
// Run with: npm run build:client
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { tsImport } from "tsx/esm/api";

const root = new URL("..", import.meta.url).pathname;
const { buildClientBundle } = await tsImport("../src/browser/bundle.ts", import.meta.url);
const bundle = await buildClientBundle({ dev: false });
const core = await buildClientBundle({ dev: false, packs: false });
const out = join(root, "dist/browser");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "flet-client.js"), bundle.js);
for (const [name, text] of Object.entries(bundle.chunks)) writeFileSync(join(out, name), text);
writeFileSync(join(out, "flet-client.css"), bundle.css);
writeFileSync(join(out, "flet-client.json"), JSON.stringify(bundle));
const kb = (text) => `${(gzipSync(text).length / 1024).toFixed(1)} KB gzipped`;
const chunks = Object.values(bundle.chunks).join("");
console.log(
  `dist/browser/flet-client.js: ${kb(bundle.js)} at start (core runtime alone: ${kb(core.js)}); lazy chunks: ${kb(chunks)}`,
);
console.log(`dist/browser/flet-client.css: ${kb(bundle.css)}`);
