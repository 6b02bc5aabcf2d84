import type { IncomingMessage, ServerResponse } from "node:http";
import type { SignInManager } from "../auth/sign-in.js";
import { sendText } from "./responses.js";
import { handleSignedUpload, type UploadEndpointOptions } from "./uploads.js";

/**
 * The upload endpoint (exists only with an upload directory): signed, expiring,
 * single-use URLs; see `uploads.ts`.
 * @internal
 */
export function handleUpload(
  options: UploadEndpointOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  return handleSignedUpload(options, req, res);
}

/**
 * The OAuth callback: takes the single-use `state`, exchanges the code on the server and
 * tells the session that started the sign-in (`page.onLogin`). Unknown states get 400.
 * @internal
 */
export function handleOAuthCallback(
  signIn: SignInManager,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  return signIn.handleCallback(req, res);
}

/** A GET on the WebSocket endpoint without an upgrade. @internal */
export function handlePlainWebSocketRequest(res: ServerResponse): void {
  sendText(res, 426, "This is the WebSocket endpoint: connect with a WebSocket.\n", {
    Upgrade: "websocket",
    Connection: "Upgrade",
  });
}
