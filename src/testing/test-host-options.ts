/**
 * The options of a test host, and the checks that turn bad input into coded errors.
 * @module
 */
import { describeValue, ErrorCode, FletError } from "../core/errors.js";
import type { AppMain } from "../session/app-host.js";
import type { TesterOptions } from "./tester-types.js";

/**
 * Options of one session opened with `host.open()`: what its simulated browser reports,
 * and whether it restores a lost session (see {@link TesterOptions}).
 */
export type TestSessionOptions = Pick<TesterOptions, "client" | "restoreExpired">;

/**
 * Options of `createTestHost`: the app host's options (`sessionTimeout`, `pubsub`,
 * `maxSessions`, ...), the clock (`fakeTime`, `now`), how many sessions to open at once
 * (`sessions`), and `client` / `restoreExpired` as the default of every session.
 */
export interface TestHostOptions extends TesterOptions {
  /** Sessions to open at once, found in `host.testers` in order. Default 0. */
  sessions?: number;
}

const SESSION_KEYS: ReadonlySet<string> = new Set(["client", "restoreExpired"]);
const CLIENT_KEYS: ReadonlySet<string> = new Set([
  "route",
  "width",
  "height",
  "platform",
  "platformBrightness",
  "web",
  "pwa",
  "userAgent",
]);

function invalid(message: string, details: Record<string, unknown> = {}): FletError {
  return new FletError(ErrorCode.TESTER_OPTIONS, message, details);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function checkSessionOptions(options: Record<string, unknown>, where: string): void {
  if (options.client !== undefined && !isPlainObject(options.client)) {
    throw invalid(
      `Expected \`client\` of ${where} to be an object of what the browser reports ({ route, width, height, platform, ... }), but got ${describeValue(options.client)}.`,
    );
  }
  if (options.restoreExpired !== undefined && typeof options.restoreExpired !== "boolean") {
    throw invalid(
      `Expected \`restoreExpired\` of ${where} to be true or false, but got ${describeValue(options.restoreExpired)}.`,
    );
  }
}

/** Checks the arguments of `createTestHost`. @internal */
export function checkHostOptions(main: unknown, options: unknown): asserts main is AppMain {
  if (typeof main !== "function") {
    throw invalid(
      `Expected the app's main function, (page) => void, as the first argument of createTestHost, but got ${describeValue(main)}. Pass the function your app gives ft.app: createTestHost(main).`,
    );
  }
  if (!isPlainObject(options)) {
    throw invalid(
      `Expected the options of createTestHost to be an object ({ sessions: 2, ... }), but got ${describeValue(options)}.`,
    );
  }
  const { sessions, fakeTime, now } = options;
  if (sessions !== undefined && !(Number.isInteger(sessions) && (sessions as number) >= 0)) {
    throw invalid(
      `Expected \`sessions\` to be how many sessions to open at once (a whole number, 0 or more), but got ${describeValue(sessions)}. Open more later with host.open().`,
      { sessions },
    );
  }
  if (fakeTime !== undefined && typeof fakeTime !== "boolean") {
    throw invalid(`Expected \`fakeTime\` to be true or false, but got ${describeValue(fakeTime)}.`);
  }
  if (now !== undefined && !Number.isFinite(now) && !(now instanceof Date)) {
    throw invalid(
      `Expected \`now\` to be the fake clock's start (a Date or milliseconds since 1970), but got ${describeValue(now)}.`,
    );
  }
  checkSessionOptions(options, "createTestHost");
}

/** Checks the options of `host.open`. @internal */
export function checkSessionArgument(options: unknown): asserts options is TestSessionOptions {
  if (!isPlainObject(options)) {
    throw invalid(
      `Expected the options of host.open to be an object ({ client: { route: "/chat" } }), but got ${describeValue(options)}.`,
    );
  }
  for (const key of Object.keys(options)) {
    if (SESSION_KEYS.has(key)) continue;
    const fix = CLIENT_KEYS.has(key)
      ? `What the browser reports goes under \`client\`: host.open({ client: { ${key}: ... } }).`
      : "Options of the app and the clock are given once, to createTestHost.";
    throw invalid(
      `Expected the options of host.open to be { client, restoreExpired }, but got \`${key}\`. ${fix}`,
      { option: key },
    );
  }
  checkSessionOptions(options, "host.open");
}

/** Checks the time given to `pump`. @internal */
export function checkPumpTime(ms: unknown): asserts ms is number {
  if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0) {
    throw invalid(
      `Expected pump(ms) to get the milliseconds to let pass (a number, 0 or more), but got ${describeValue(ms)}. Time cannot go back; to only let work finish, use settle().`,
      { ms },
    );
  }
}
