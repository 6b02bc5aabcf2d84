import * as ft from "flet-ts";
import { createTester } from "flet-ts/testing";

/** What {@link benchTester} measures. */
export interface TesterResult {
  /** Simple tests run (open a counter app, tap, check the text, close). */
  tests: number;
  /** Wall time for all of them, in ms. */
  ms: number;
  /** Tests per second. */
  perSecond: number;
  /** Budget from issue 17: at least 500 simple tests per second. */
  budget: 500;
}

function counter(page: ft.Page): void {
  const count = new ft.Text("0", { key: "count" });
  page.add(
    count,
    new ft.ElevatedButton("+", {
      onClick: () => {
        count.value = String(Number(count.value) + 1);
        page.update();
      },
    }),
  );
}

/** One simple test, as an app author would write it. */
async function simpleTest(): Promise<void> {
  const t = await createTester(counter);
  await t.tap(t.find.text("+"));
  if (!t.find.text("1").exists) throw new Error("bench tester: the counter did not count");
  await t.close();
}

/** Runs simple tests back to back (after a warm-up) and reports tests per second. */
export async function benchTester(n = 2_000): Promise<TesterResult> {
  for (let i = 0; i < 200; i++) await simpleTest();
  const start = performance.now();
  for (let i = 0; i < n; i++) await simpleTest();
  const ms = performance.now() - start;
  return { tests: n, ms: Math.round(ms), perSecond: Math.round((n * 1000) / ms), budget: 500 };
}
