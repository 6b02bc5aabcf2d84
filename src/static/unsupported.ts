import { ErrorCode, FletError } from "../core/errors.js";

/**
 * The `FLET_ERR_STATIC_UNSUPPORTED` error for `feature` in a static build.
 *
 * @example
 * ```ts
 * throw staticUnsupported("page.getUploadUrl (uploads)");
 * ```
 */
export function staticUnsupported(feature: string): FletError {
  return new FletError(
    ErrorCode.STATIC_UNSUPPORTED,
    `Expected a server for ${feature}, but this is a static build (flet-ts build --static: the app runs in the browser, with no server). Host the app with a server (flet-ts run, ft.app) to use it.`,
    { feature },
  );
}
