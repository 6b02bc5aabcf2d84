import { ErrorCode } from "../core/errors.js";
import type { Logger } from "../session/logger.js";

/**
 * Whether sending `size` more bytes to a client that left `buffered` bytes unread goes over
 * `max` (one frame larger than the limit may still go out when nothing is waiting, as a big
 * snapshot must); when it does, logs why the server disconnects it. Shared by the WebSocket
 * and SSE transports.
 *
 * @example
 * ```ts
 * if (tooSlow(socket.bufferedAmount, frame.length, maxBuffered, logger)) socket.terminate();
 * ```
 */
export function tooSlow(buffered: number, size: number, max: number, logger: Logger): boolean {
  if (buffered === 0 || buffered + size <= max) return false;
  logger.warn(
    `The client left ${buffered} bytes unread (limit ${max}); disconnecting it. Its session is kept for a reconnect. [${ErrorCode.TRANSPORT_SLOW_CLIENT}]`,
  );
  return true;
}
