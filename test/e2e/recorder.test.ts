import { execFile } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { SessionRecorder } from "flet-ts/testing";
import { openApp } from "flet-ts/testing/browser";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../examples/todo.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const recorded = join(root, "test/testing/.recorded-todo.test.ts");
const changed = join(root, "test/testing/.recorded-todo-changed.test.ts");
afterAll(() => {
  if (process.env.KEEP_RECORDED) return;
  rmSync(recorded, { force: true });
  rmSync(changed, { force: true });
});

async function vitest(file: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [join(root, "node_modules/vitest/vitest.mjs"), "run", file, "--reporter=verbose"],
      { cwd: root, env: { ...process.env, CI: "1", NO_COLOR: "1" } },
    );
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return { ok: false, output: e.stdout + e.stderr };
  }
}

describe("recording a browser session as a tester test (issue 17)", () => {
  it("records the todo app in Chromium; the test replays green, and fails when the app changes", async () => {
    const recorder = new SessionRecorder({ file: recorded, app: join(root, "examples/todo.ts") });
    const app = await openApp(main, { app: { dev: true, onClientEvent: recorder.observe } });
    try {
      const field = app.page.getByRole("textbox");
      await field.fill("Buy milk");
      await app.page.getByRole("button", { name: "Add task" }).click();
      await app.page.getByRole("checkbox", { name: "Buy milk" }).waitFor();
      await field.fill("Walk dog");
      await field.press("Enter");
      await app.page.getByRole("checkbox", { name: "Walk dog" }).waitFor();
      await app.page.getByRole("checkbox", { name: "Buy milk" }).click();
      await app.page.getByText("1 item left").waitFor();
      await app.page.getByRole("button", { name: "Clear completed" }).click();
      await app.page.getByRole("checkbox", { name: "Buy milk" }).waitFor({ state: "detached" });
      await app.page.getByRole("tab", { name: "active" }).click();
      await expect.poll(() => recorder.steps.at(-1)?.target).toBe('t.find.byKey("filter")');
    } finally {
      await app.close();
    }
    recorder.write();
    const source = readFileSync(recorded, "utf8");
    // Finders a person can read, not raw ids.
    expect(source).toContain(
      't.find.where((c) => (c as { tooltip?: unknown }).tooltip === "Add task")',
    );
    expect(source).toContain('t.find.text("Buy milk"), "change"');
    expect(source).toContain('t.find.text("Clear completed"), "click"');
    expect(source).toContain('"Walk dog"');
    // The final tree: the completed task was cleared.
    const finalTree = source.slice(source.indexOf("toEqual("));
    expect(finalTree).toContain('"Walk dog"');
    expect(finalTree).not.toContain("Buy milk");

    const green = await vitest(recorded);
    expect(green.output).toContain("replays the recorded session");
    expect(green.ok, green.output).toBe(true);

    writeFileSync(
      changed,
      source.replace('"../../examples/todo.js"', '"./fixtures/todo-changed.js"'),
    );
    const red = await vitest(changed);
    expect(red.ok, red.output).toBe(false);
    expect(red.output).toMatch(/Buy milk/);
  }, 120_000);
});
