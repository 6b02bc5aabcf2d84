import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

/** Options of {@link checkAccessibility}. */
export interface AxeOptions {
  /** axe-core rule tags to run. Default WCAG 2 A and AA: `["wcag2a", "wcag2aa"]`. */
  tags?: readonly string[];
  /** Rule ids to leave out, each with a reason you can defend. */
  disableRules?: readonly string[];
}

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

let source: string | undefined;

/**
 * Runs axe-core (a peer you install) on the page and returns one readable line per violation:
 * an empty list means none. Open the page with `bypassCSP` (as {@link openApp} does) so the
 * script can be injected.
 */
export async function checkAccessibility(page: Page, options: AxeOptions = {}): Promise<string[]> {
  source ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: source });
  const tags = [...(options.tags ?? ["wcag2a", "wcag2aa"])];
  const disabled = [...(options.disableRules ?? [])];
  const violations = await page.evaluate(
    async ([runOnly, off]) => {
      const axe = (window as unknown as { axe: { run: Function } }).axe;
      const rules = Object.fromEntries(off.map((id) => [id, { enabled: false }]));
      return (await axe.run(document, { runOnly, rules })).violations as AxeViolation[];
    },
    [tags, disabled] as const,
  );
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .map((n) => `${n.target.join(" ")} — ${n.failureSummary}`)
        .join("; ")}`,
  );
}
