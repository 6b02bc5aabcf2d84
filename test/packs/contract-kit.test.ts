import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ErrorCode } from "flet-ts";
import { checkPackContract, type PackCheck, type PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { Badge, Leaky, Shape, Stale, Undrawn } from "../fixtures/packs/contract-pack/server.js";

const packDir = new URL("../fixtures/packs/contract-pack/", import.meta.url);

function find(report: PackContractReport, type: string, member: string): PackCheck | undefined {
  return report.checks.find((check) => check.type === type && check.member === member);
}

describe("checkPackContract in Chromium", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkPackContract({
      packDir,
      controls: [Badge, Leaky, Undrawn, Stale, Shape],
      samples: { "contract.leaky": { shown: "Leaky" }, "contract.shape": { fill: "red" } },
      triggers: {
        "contract.leaky": { change: (control) => control.click() },
        "contract.shape": { press: (control) => control.click() },
      },
      timeout: 1_500,
    });
  }, 120_000);

  it("passes a control whose renderer reflects every property and sends its event", () => {
    const badge = report.checks.filter((check) => check.type === "contract.badge");
    expect(badge.map((check) => [check.member, check.ok])).toEqual([
      ["renderer", true],
      ["label", true],
      ["count", true],
      ["tone", true],
      ["badgeColor", true],
      ["click", true],
    ]);
    expect(find(report, "contract.badge", "click")?.detail).toMatch(/fired/);
  });

  it("checks members a pack's own undecorated base class declares", () => {
    const shape = report.checks.filter((check) => check.type === "contract.shape");
    expect(shape.map((check) => [check.member, check.ok])).toEqual(
      expect.arrayContaining([
        ["fill", true],
        ["strokeWidth", false],
        ["press", true],
        ["name", true],
      ]),
    );
    expect(find(report, "contract.shape", "strokeWidth")?.detail).toMatch(/did not change/);
  });

  it("fails a property the renderer never draws, and says how to fix it", () => {
    expect(find(report, "contract.leaky", "shown")?.ok).toBe(true);
    const ignored = find(report, "contract.leaky", "ignored");
    expect(ignored?.ok).toBe(false);
    expect(ignored?.detail).toMatch(/did not change the control's DOM.*Reflect it in the renderer/);
  });

  it("fails an event the renderer never sends", () => {
    const change = find(report, "contract.leaky", "change");
    expect(change?.ok).toBe(false);
    expect(change?.detail).toMatch(/onChange was not called/);
  });

  it("fails a type without a renderer (the unknown-control box)", () => {
    const undrawn = find(report, "contract.undrawn", "renderer");
    expect(undrawn?.ok).toBe(false);
    expect(undrawn?.detail).toMatch(/defineRenderer\("contract.undrawn"/);
  });

  it("fails a @control whose version differs from package.json", () => {
    const stale = find(report, "contract.stale", "@control");
    expect(stale?.ok).toBe(false);
    expect(stale?.detail).toMatch(/contract-pack@1.1.0, but package.json is contract-pack@1.2.0/);
  });

  it("reports failures first in a readable summary", () => {
    expect(report.ok).toBe(false);
    // Leaky's prop and event, Undrawn, Stale, Shape's inherited strokeWidth.
    expect(report.failures).toHaveLength(5);
    const text = report.format();
    expect(text.split("\n")[0]).toBe(
      `contract-pack@1.2.0: ${report.checks.length - 5} of ${report.checks.length} checks passed`,
    );
    expect(text.split("\n")[1]).toMatch(/^ {2}FAIL /);
  });
});

describe("checkPackContract with bad input", () => {
  it("asks for a trigger when an event has no default way to fire", async () => {
    const report = await checkPackContract({
      packDir,
      controls: [Leaky],
      samples: { "contract.leaky": { shown: "Leaky" }, "contract.shape": { fill: "red" } },
      timeout: 1_000,
    });
    expect(find(report, "contract.leaky", "change")?.detail).toMatch(
      /no way to fire it: pass triggers: \{ "contract.leaky": \{ change:/,
    );
  }, 60_000);

  it("refuses a folder that is not a pack", async () => {
    const dir = mkdtempSync(join(tmpdir(), "flet-not-a-pack-"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "plain", version: "1.0.0" }));
    await expect(checkPackContract({ packDir: dir, controls: [] })).rejects.toMatchObject({
      code: ErrorCode.PACK_INVALID,
      message: expect.stringMatching(/has none/),
    });
  });

  it("says where Chromium was expected when it is missing", async () => {
    await expect(
      checkPackContract({ packDir, controls: [Badge], executablePath: "/nowhere/chromium" }),
    ).rejects.toMatchObject({
      code: ErrorCode.PACK_CONTRACT,
      message: expect.stringMatching(
        /Expected Chromium at \/nowhere\/chromium.*apt-get install chromium/,
      ),
    });
  });
});
