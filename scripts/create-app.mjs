#!/usr/bin/env node
// `npm run create -- <dir>`: a starter app (the one `flet-ts create` makes) that depends on
// this checkout instead of the npm registry: flet-ts is built, packed into
// `<dir>/vendor/flet-ts-<version>.tgz` and named as `file:vendor/...` in the app's
// package.json, so the app holds one copy of flet-ts, as if installed from npm.
// Then: cd <dir> && npm install && npm test && npm start.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const dir = process.argv[2];
if (dir === undefined || dir.startsWith("-")) {
  console.error("Usage: npm run create -- <folder>   (a new or empty folder for your app)");
  process.exit(1);
}
const root = fileURLToPath(new URL("..", import.meta.url));
// npm runs scripts in the package root; INIT_CWD is where `npm run create` was typed.
const target = resolve(process.env.INIT_CWD ?? process.cwd(), dir);
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const tarball = `flet-ts-${version}.tgz`;
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: "inherit" });

run("npm", ["run", "build", "--silent"], root);
run(
  process.execPath,
  [join(root, "dist/src/cli/main.js"), "create", target, "--flet-ts", `file:vendor/${tarball}`],
  process.env.INIT_CWD ?? process.cwd(),
);
mkdirSync(join(target, "vendor"), { recursive: true });
execFileSync("npm", ["pack", "--silent", "--pack-destination", join(target, "vendor")], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
});
console.log(`flet-ts ${version} from this checkout is in vendor/${tarball}.`);
