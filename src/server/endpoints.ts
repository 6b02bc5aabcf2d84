import type { IncomingMessage, ServerResponse } from "node:http";
import type { ServerConfig } from "./config.js";
import { sendText } from "./responses.js";

/**
 * The upload endpoint (exists only with an upload directory). Signed uploads come with
 * their own issue; until then it checks the method and size and says it is not ready.
 * @internal
 */
export function handleUpload(
  config: ServerConfig,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  if (req.method !== "PUT") {
    sendText(res, 405, "Uploads use PUT.\n", { Allow: "PUT" });
    return;
  }
  const length = Number(req.headers["content-length"] ?? Number.NaN);
  // Refuse before reading a byte; close so the unread body is not parsed as a request.
  if (length > config.maxUploadSize) {
    sendText(res, 413, `Uploads are limited to ${config.maxUploadSize} bytes.\n`, {
      Connection: "close",
    });
    return;
  }
  sendText(res, 501, "Uploads are not available in this version of flet-ts yet.\n", {
    Connection: "close",
  });
}

/**
 * The OAuth callback. No sign-in can have been started yet (OAuth comes with its own
 * issue), so every `state` is unknown, which is what Flet answers too: 400.
 * @internal
 */
export function handleOAuthCallback(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendText(res, 405, "The OAuth callback takes GET.\n", { Allow: "GET, HEAD" });
    return;
  }
  sendText(
    res,
    400,
    "Invalid or expired sign-in state: this server has no sign-in in progress. Start the sign-in again from the app.\n",
    { "Cache-Control": "no-store" },
  );
}

/** A GET on the WebSocket endpoint without an upgrade. @internal */
export function handlePlainWebSocketRequest(res: ServerResponse): void {
  sendText(res, 426, "This is the WebSocket endpoint: connect with a WebSocket.\n", {
    Upgrade: "websocket",
    Connection: "Upgrade",
  });
}
