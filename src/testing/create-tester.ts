import type { AppMain } from "../session/app-host.js";
import { Tester, type TesterOptions } from "./tester.js";

/**
 * Starts `main` in a real session, connected to a headless client over an in-memory
 * transport, with fake time. Close it with `await t.close()`.
 *
 * @example
 * ```ts
 * import { createTester } from "flet-ts/testing";
 *
 * const t = await createTester((page) => page.add(new ft.Text("Hello")));
 * expect(t.find.text("Hello").exists).toBe(true);
 * await t.close();
 * ```
 */
export async function createTester(main: AppMain, options: TesterOptions = {}): Promise<Tester> {
  const tester = new Tester(main, options);
  try {
    await tester.start();
  } catch (error) {
    await tester.close().catch(() => {});
    throw error;
  }
  return tester;
}
