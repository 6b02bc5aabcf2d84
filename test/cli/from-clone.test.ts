// A newcomer's own app from a clone, by the getting-started guide word for word: the
// commands of its "from-clone" block are run as written (a test port instead of 8000),
// ending with the starter's own test passing and its app served.
import { type ChildProcess, execSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const guide = readFileSync(join(root, "docs/guides/getting-started.md"), "utf8");
const commands = /<!-- commands: from-clone -->\n```sh\n([\s\S]*?)```/
  .exec(guide)![1]!
  .trim()
  .split("\n");

let server: ChildProcess | undefined;
const work = mkdtempSync(join(tmpdir(), "flet-newbie-"));
afterAll(() => {
  server?.kill("SIGTERM");
  rmSync(work, { recursive: true, force: true });
});

describe("the getting-started guide, from a clone", () => {
  it("makes, tests and serves a newcomer's app with the guide's commands", async () => {
    expect(commands).toEqual([
      "npm run create -- ../my-app",
      "cd ../my-app",
      "npm install",
      "npm test",
      "npm start",
    ]);
    // The clone is `work/flet-ts`, a folder of links to this checkout's files, so that
    // ../my-app is work/my-app (npm reports the folder it was started in, not a link's target).
    let cwd = join(work, "flet-ts");
    mkdirSync(cwd);
    for (const entry of readdirSync(root)) symlinkSync(join(root, entry), join(cwd, entry));
    const env = {
      ...process.env,
      NODE_ENV: undefined,
      FLET_SERVER_PORT: "0",
      FLET_SERVER_IP: "127.0.0.1",
    };
    for (const command of commands) {
      if (command.startsWith("cd ")) {
        cwd = resolve(cwd, command.slice(3));
        continue;
      }
      if (command === "npm start") {
        server = spawn("npm", ["start"], { cwd, env, detached: true });
        let output = "";
        server.stdout!.on("data", (chunk) => (output += chunk));
        server.stderr!.on("data", (chunk) => (output += chunk));
        const url = await new Promise<string>((done, fail) => {
          const timer = setTimeout(() => fail(new Error(`no URL:\n${output}`)), 60_000);
          server!.stdout!.on("data", () => {
            const match = /is running at (http:\/\/\S+)/.exec(output);
            if (match) {
              clearTimeout(timer);
              done(match[1]!);
            }
          });
        });
        const page = await fetch(url);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain("<title>");
        process.kill(-server.pid!, "SIGTERM");
        continue;
      }
      // The install leans on npm's cache (CI has just installed the same tools).
      const line =
        command === "npm install" ? `${command} --prefer-offline --no-audit --no-fund` : command;
      const output = execSync(line, { cwd: resolve(cwd), env, encoding: "utf8", stdio: "pipe" });
      if (command === "npm test")
        expect(output.split(String.fromCharCode(27)).join("")).toMatch(
          /Tests(\s|\[[0-9;]*m)*2 passed/,
        );
    }
    const app = JSON.parse(readFileSync(join(work, "my-app/package.json"), "utf8"));
    expect(app.dependencies["flet-ts"]).toMatch(/^file:vendor\/flet-ts-\d+\.\d+\.\d+\.tgz$/);
  }, 240_000);
});
