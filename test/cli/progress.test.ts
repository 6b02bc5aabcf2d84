import { describe, expect, it } from "vitest";
import { CliError } from "../../src/cli/cli-error.js";
import { runStep, startStep } from "../../src/cli/progress.js";
import { REPO_ROOT } from "./helpers.js";

/** The escape character that starts a terminal control sequence. */
const ESC = "\u001b";

function recorder(tty: boolean) {
  const lines = { out: "", err: "" };
  return {
    lines,
    io: {
      out: (text: string) => (lines.out += text),
      err: (text: string) => (lines.err += text),
      tty,
    },
  };
}

describe("progress", () => {
  it("prints a start line and an end line with the time outside a terminal", () => {
    const { io, lines } = recorder(false);
    startStep(io, "Installing dependencies").done();
    expect(lines.out).toMatch(
      /^Installing dependencies\.\.\.\n✔ Installing dependencies: done in \d+ s\n$/,
    );
  });

  it("redraws one line in a terminal", () => {
    const { io, lines } = recorder(true);
    startStep(io, "Building").fail();
    expect(lines.out).toMatch(new RegExp(`^\r${ESC}\\[K✖ Building: failed in \\d+ s\n$`));
  });

  it("runs a command as a step", async () => {
    const { io, lines } = recorder(false);
    await runStep(io, "Checking node", process.execPath, ["-e", "console.log('quiet')"], REPO_ROOT);
    expect(lines.out).toMatch(/✔ Checking node: done/);
    expect(lines.out).not.toContain("quiet"); // shown only on failure
  });

  it("shows the output of a failing command and throws a CliError naming it", async () => {
    const { io, lines } = recorder(false);
    const failing = runStep(
      io,
      "Failing",
      process.execPath,
      ["-e", "console.error('boom'); process.exit(4)"],
      REPO_ROOT,
    );
    await expect(failing).rejects.toThrowError(CliError);
    await expect(failing).rejects.toThrowError(/-e .* to succeed in .*, but it exited with code 4/);
    expect(lines.out).toMatch(/✖ Failing: failed/);
    expect(lines.err).toContain("boom");
  });
});
