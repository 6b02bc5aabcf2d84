/**
 * Which URLs a control may open or link to: `http:`, `https:`, `mailto:`, `tel:` and
 * relative URLs (`/store`, `store/1`, `#top`, `?q=1`). `javascript:`, `data:`, `vbscript:`,
 * `file:` and every other scheme are refused: a URL set from user data must not run
 * script or read local files. Shared by the server-side prop checks and the browser.
 *
 * @module
 */

/** The schemes a URL may have (relative URLs have none). */
export const SAFE_URL_SCHEMES: readonly string[] = ["http:", "https:", "mailto:", "tel:"];

// A scheme is letters, digits, "+", "-", "." before the first ":", where that ":" comes
// before any "/", "?" or "#". Browsers drop tabs and newlines and trim spaces and control
// characters first ("java\tscript:" is javascript:), so the test does the same.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const IGNORED = /[\u0000-\u0020\u007f-\u009f]/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/**
 * True when `url` is a string with an allowed scheme or no scheme.
 *
 * @example
 * ```ts
 * isSafeUrl("https://flet.dev"); // true
 * isSafeUrl("/store/1");         // true
 * isSafeUrl("javascript:alert(1)"); // false
 * ```
 */
export function isSafeUrl(url: unknown): url is string {
  if (typeof url !== "string") return false;
  const cleaned = url.replace(IGNORED, "");
  const scheme = SCHEME.exec(cleaned);
  // No scheme: relative, or protocol-relative (`//host/`, which keeps the page's http(s)).
  if (scheme === null) return true;
  return SAFE_URL_SCHEMES.includes(`${scheme[1]!.toLowerCase()}:`);
}
