import type { IncomingMessage } from "node:http";

/**
 * The address of the client behind `hops` trusted reverse proxies. With no proxy it is
 * the socket's peer. Each proxy appends the address it got the request from to
 * `X-Forwarded-For`, so behind `hops` proxies the client is the `hops`-th entry from the
 * right; entries further left were written by the client and are not trusted.
 *
 * @example
 * ```ts
 * // nginx in front: X-Forwarded-For: "10.0.0.7" and the socket peer is nginx.
 * clientAddress(req, 1); // "10.0.0.7"
 * ```
 */
export function clientAddress(req: IncomingMessage, hops: number): string | undefined {
  const peer = req.socket.remoteAddress;
  if (hops <= 0) return peer;
  const header = req.headers["x-forwarded-for"];
  const chain = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  // Fewer entries than proxies: the request did not come through all of them.
  return chain.length >= hops ? chain[chain.length - hops] : peer;
}
