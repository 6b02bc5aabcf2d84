/**
 * Marks a promise as handled so that a caller who never awaits it cannot crash the
 * process with an unhandled rejection; awaiting it still throws. Used for every call to
 * the browser, whose results apps often ignore (`void page.launchUrl(url)`).
 * @internal
 */
export function quiet<TValue>(promise: Promise<TValue>): Promise<TValue> {
  promise.catch(() => {});
  return promise;
}
