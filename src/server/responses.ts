import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";

/** Sends a short plain-text answer (never echoing the request's path). @internal */
export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "X-Content-Type-Options": "nosniff",
    "Content-Length": String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** Answers an upgrade request with an HTTP status and closes the socket. @internal */
export function rejectUpgrade(socket: Duplex, status: number, text: string): void {
  if (socket.destroyed) return;
  const reason = {
    400: "Bad Request",
    403: "Forbidden",
    404: "Not Found",
    503: "Service Unavailable",
  }[status];
  socket.end(
    `HTTP/1.1 ${status} ${reason ?? ""}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
  );
}

/**
 * The request's URL path, still percent-encoded, without the query. Uses Express's
 * `originalUrl` when a framework has stripped a mount prefix from `url`.
 * @internal
 */
export function requestPath(req: IncomingMessage): string | undefined {
  const url = (req as { originalUrl?: string }).originalUrl ?? req.url ?? "";
  if (!url.startsWith("/")) return undefined;
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** True when the client takes HTML (a navigation, not a script or image fetch). @internal */
export function acceptsHtml(req: IncomingMessage): boolean {
  return /\btext\/html\b/.test(req.headers.accept ?? "");
}
