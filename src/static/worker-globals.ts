/**
 * Globals the session code uses on Node that a browser Worker lacks, set before the app
 * loads (the static build imports this module first):
 * - `setImmediate` (`page.runThread` runs its function on a later turn): a zero-delay timer.
 * - `process.env`: reading it throws `FLET_ERR_STATIC_UNSUPPORTED` (there is no server
 *   environment in the browser); the build replaces `process.env.NODE_ENV` itself.
 * - `process.argv`: empty, so an app's "run me when started directly" check
 *   (`import.meta.url === \`file://${process.argv[1]}\``) is false, and the build starts
 *   its `main`.
 * @module
 */
import { staticUnsupported } from "./unsupported.js";

const scope = globalThis as Record<string, unknown>;
scope.setImmediate ??= (fn: (...args: unknown[]) => void, ...args: unknown[]) =>
  setTimeout(fn, 0, ...args);
if (scope.process === undefined) {
  const env = new Proxy(
    {},
    {
      get(_target, name) {
        if (typeof name === "symbol") return undefined;
        throw staticUnsupported(`process.env.${name} (environment variables)`);
      },
    },
  );
  scope.process = { env, argv: [] };
}
