/** The platform names `page.platform` knows. */
export type PlatformName = "ios" | "android" | "macos" | "windows" | "linux" | "fuchsia";

/**
 * The platform of a browser, from its user agent and (where present) the User-Agent
 * Client Hints platform. iPadOS reports itself as macOS; a touch screen gives it away.
 *
 * @example
 * ```ts
 * detectPlatform("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)"); // "ios"
 * ```
 */
export function detectPlatform(
  userAgent: string,
  hintPlatform?: string,
  maxTouchPoints = 0,
): PlatformName {
  const hint = (hintPlatform ?? "").toLowerCase();
  const ua = userAgent.toLowerCase();
  if (hint === "android" || ua.includes("android")) return "android";
  if (hint === "ios" || /iphone|ipad|ipod/.test(ua)) return "ios";
  if (hint === "macos" || ua.includes("mac os") || ua.includes("macintosh")) {
    return maxTouchPoints > 1 ? "ios" : "macos";
  }
  if (hint === "windows" || ua.includes("windows")) return "windows";
  if (hint === "chrome os" || ua.includes("cros")) return "linux";
  if (ua.includes("fuchsia")) return "fuchsia";
  return "linux";
}
