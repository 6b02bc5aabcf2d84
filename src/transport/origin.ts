import type { IncomingMessage } from "node:http";

const HOST_HEADER = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * Decides whether a WebSocket upgrade may proceed, by its `Origin` header (browsers send
 * no CORS preflight for WebSockets, so this is the defence against cross-site WebSocket
 * hijacking). With an allow-list, the origin must equal one entry exactly (scheme, host
 * and port; `"*"` admits any); without one, its host and port must equal the request's
 * `Host` header. A missing, `null` or non-HTTP origin is refused.
 *
 * @example
 * ```ts
 * if (!originAllowed(req, ["https://example.com"])) socket.destroy();
 * ```
 */
export function originAllowed(req: IncomingMessage, allowed?: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined || origin === "null") return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  if (allowed !== undefined) return allowed.includes("*") || allowed.includes(url.origin);
  const host = req.headers.host;
  if (host === undefined || !HOST_HEADER.test(host)) return false;
  try {
    return new URL(`${url.protocol}//${host}`).host === url.host;
  } catch {
    return false;
  }
}

/** Host names a loopback-only server answers to by default: the DNS-rebinding defence. */
export const LOOPBACK_HOSTS: readonly string[] = ["localhost", "127.0.0.1", "[::1]"];

/**
 * Decides whether a request (HTTP or WebSocket) may proceed, by its `Host` header. A page
 * on `evil.example` whose DNS name is re-pointed at 127.0.0.1 reaches a loopback server
 * with `Host: evil.example`; an allow-list of host names refuses it. Entries are host
 * names (`"example.com"`, `"[::1]"`), matched case-insensitively at any port, or
 * `host:port` for one port; `"*"` admits any. Without a list every well-formed Host passes.
 * A missing or malformed Host is refused either way.
 *
 * @example
 * ```ts
 * if (!hostAllowed(req, ["localhost", "127.0.0.1"])) res.writeHead(403).end();
 * ```
 */
export function hostAllowed(req: IncomingMessage, allowed?: readonly string[]): boolean {
  const host = req.headers.host;
  if (host === undefined || !HOST_HEADER.test(host)) return false;
  if (allowed === undefined || allowed.includes("*")) return true;
  let url: URL;
  try {
    url = new URL(`http://${host}`);
  } catch {
    return false;
  }
  const name = url.hostname.toLowerCase();
  const withPort = `${name}:${url.port || "80"}`;
  return allowed.some((entry) => {
    const lower = entry.toLowerCase();
    return lower === name || lower === withPort;
  });
}
