import { ErrorCode, FletError } from "flet-ts/pack";

/**
 * A method's refusal of bad input, as a rejection (`FLET_ERR_PROP_INVALID_VALUE`, naming
 * the method), already marked handled so a caller that does not await it crashes nothing.
 * @internal
 */
export function invalidCall(method: string, message: string): Promise<never> {
  const rejected = Promise.reject(new FletError(ErrorCode.PROP_INVALID_VALUE, message, { method }));
  rejected.catch(() => {});
  return rejected;
}
