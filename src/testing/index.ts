/**
 * `flet-ts/testing`: test apps against the control tree, headlessly, fast.
 *
 * @example
 * ```ts
 * import { createTester } from "flet-ts/testing";
 *
 * const t = await createTester(main);
 * await t.tap(t.find.text("Call async handler"));
 * await t.pump(3000);
 * expect(t.find.text("Async handler clicked").exists).toBe(true);
 * expect(t.tree()).toMatchSnapshot();
 * await t.close();
 * ```
 * @module
 */

export { createTester } from "./create-tester.js";
export type { FakeClock } from "./fake-clock.js";
export { Finder, Finders, type FindOptions } from "./finder.js";
export type { DragOptions } from "./gestures.js";
export type { PressOptions } from "./keys.js";
export {
  type TesterMatcherContext,
  type TesterMatcherResult,
  type TesterMatchers,
  testerMatchers,
} from "./matchers.js";
export { MemoryBrowser } from "./memory-browser.js";
export {
  checkPackContract,
  type EventTrigger,
  type PackCheck,
  type PackContractOptions,
  type PackContractReport,
  type TriedOnly,
  triedOnly,
} from "./pack-contract.js";
export {
  type ControlClass,
  diffPackSchemas,
  type PackControlSchema,
  type PackSchema,
  packSchema,
  type SchemaDiff,
  type VersionBump,
} from "./pack-schema.js";
export {
  formatPatches,
  isPatchStream,
  type PatchBudget,
  type PatchMatcherResult,
  type PatchSource,
  type PatchStream,
  patchMatchers,
  patchStream,
  patchStreamSerializer,
  recordPatches,
} from "./patch-golden.js";
export type { ScrollOptions } from "./pointer.js";
export {
  type RecordedStep,
  type RecorderOptions,
  SessionRecorder,
  targetExpression,
} from "./recorder.js";
export type { ErrorMatcher } from "./strict.js";
export {
  createTestHost,
  TestHost,
  type TestHostOptions,
  type TestSessionOptions,
} from "./test-host.js";
export {
  type PatchRecord,
  type Target,
  Tester,
  type TesterOptions,
  type TreeNode,
} from "./tester.js";
