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
const { buildClientBundle, startChunks } = await tsImport(
  "../src/browser/bundle.ts",
  import.meta.url,
);
const bundle = await buildClientBundle({ dev: false });
const core = await buildClientBundle({ dev: false, packs: false });
const out = join(root, "dist/browser");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "flet-client.js"), bundle.js);
for (const [name, text] of Object.entries(bundle.chunks)) writeFileSync(join(out, name), text);
writeFileSync(join(out, "flet-client.css"), bundle.css);
writeFileSync(join(out, "flet-client.json"), JSON.stringify(bundle));
const kb = (text) => `${(gzipSync(text).length / 1024).toFixed(1)} KB gzipped`;
// Gzipped one by one, as the browser fetches them.
const gz = (text) => gzipSync(text).length;
const eager = new Set(startChunks(bundle));
const sum = (names) => names.reduce((total, name) => total + gz(bundle.chunks[name]), 0);
const start = gz(bundle.js) + sum([...eager]);
const lazy = sum(Object.keys(bundle.chunks).filter((name) => !eager.has(name)));
const f = (bytes) => `${(bytes / 1024).toFixed(1)} KB gzipped`;
console.log(
  `dist/browser/flet-client.js: ${f(start)} at start with its ${eager.size} static chunks (core runtime alone: ${kb(core.js)}); lazy chunks: ${f(lazy)}`,
);
console.log(`dist/browser/flet-client.css: ${kb(bundle.css)}`);
