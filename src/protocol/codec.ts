import { describeValue, ErrorCode, FletError } from "../core/errors.js";
import type { ClientMessage, Message, PatchMessage, ServerMessage } from "./messages.js";

/** Limits a decoder enforces on every frame. */
export interface CodecLimits {
  /** Largest frame in bytes (UTF-16 length as a cheap upper bound check first). Default 1 MiB. */
  maxFrameBytes?: number;
  /** Deepest nesting of objects and arrays. Default 64. */
  maxDepth?: number;
}

/** Default limit of a frame's size: 1 MiB. */
export const DEFAULT_MAX_FRAME_BYTES = 1024 * 1024;
/** Default limit of a frame's nesting depth. */
export const DEFAULT_MAX_DEPTH = 64;

/** Encodes a message as a JSON text frame (a patch as its array form, see {@link PatchMessage}). */
export function encodeMessage(message: Message): string {
  if (message.type !== "patch") return JSON.stringify(message);
  const { rev, ops, nodes, ack } = message;
  if (ack !== undefined) return JSON.stringify([rev, ops, nodes ?? 0, ack]);
  return JSON.stringify(nodes === undefined ? [rev, ops] : [rev, ops, nodes]);
}

function malformed(expected: string, got: unknown): FletError {
  return new FletError(
    ErrorCode.PROTOCOL_MALFORMED,
    `Expected ${expected}, but got ${describeValue(got)}. The client and server builds may not match; reload the page.`,
  );
}

const encoder = new TextEncoder();
function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

function depthOf(value: unknown, limit: number, depth = 0): number {
  if (depth > limit || value === null || typeof value !== "object") return depth;
  let deepest = depth;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    deepest = Math.max(deepest, depthOf(child, limit, depth + 1));
    if (deepest > limit) break;
  }
  return deepest;
}

function parse(frame: unknown, limits: CodecLimits, arrays = false): Record<string, unknown> {
  if (typeof frame !== "string") throw malformed("a text frame", frame);
  const maxBytes = limits.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
  // A UTF-16 unit is at most 3 UTF-8 bytes: only long frames need the exact count.
  if (frame.length > maxBytes || (frame.length * 3 > maxBytes && utf8Length(frame) > maxBytes)) {
    throw new FletError(
      ErrorCode.PROTOCOL_FRAME_TOO_LARGE,
      `Expected a frame of at most ${maxBytes} bytes, but got ${utf8Length(frame)}. Send less data per event, or raise the frame limit.`,
      { limit: maxBytes },
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(frame);
  } catch {
    throw malformed("a JSON object", frame);
  }
  if (value === null || typeof value !== "object" || (Array.isArray(value) && !arrays))
    throw malformed("a JSON object", value);
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (depthOf(value, maxDepth) > maxDepth) {
    throw malformed(`a frame nested at most ${maxDepth} levels deep`, "a deeper one");
  }
  return value as Record<string, unknown>;
}

const isInt = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0;
const isString = (value: unknown): value is string => typeof value === "string";
const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Decodes and validates a frame a client sent. Anything else than a well-formed
 * {@link ClientMessage} throws a {@link FletError} (`FLET_ERR_PROTOCOL_*`).
 */
export function decodeClientMessage(frame: unknown, limits: CodecLimits = {}): ClientMessage {
  const value = parse(frame, limits);
  switch (value.type) {
    case "register":
      if (!isInt(value.v)) throw malformed("register.v, the protocol version number", value.v);
      if (!isRecord(value.client)) throw malformed("register.client, an object", value.client);
      if (value.sessionId !== undefined && !isString(value.sessionId))
        throw malformed("register.sessionId, a string", value.sessionId);
      if (value.token !== undefined && !isString(value.token))
        throw malformed("register.token, a string", value.token);
      if (value.revision !== undefined && !isInt(value.revision))
        throw malformed("register.revision, an integer", value.revision);
      if (
        value.restore !== undefined &&
        !(
          isRecord(value.restore) &&
          Array.isArray(value.restore.values) &&
          Array.isArray(value.restore.events)
        )
      )
        throw malformed("register.restore, an object with values and events arrays", value.restore);
      return value as unknown as ClientMessage;
    case "event":
      if (!isInt(value.seq) || value.seq === 0)
        throw malformed("event.seq, a positive integer", value.seq);
      if (!isString(value.target)) throw malformed("event.target, a control id", value.target);
      if (!isString(value.name)) throw malformed("event.name, an event name", value.name);
      if (value.props !== undefined && !isRecord(value.props))
        throw malformed("event.props, an object", value.props);
      if (value.rev !== undefined && !isInt(value.rev))
        throw malformed("event.rev, an integer", value.rev);
      return value as unknown as ClientMessage;
    case "resync":
      return value as unknown as ClientMessage;
    case "result":
      if (!isString(value.id)) throw malformed("result.id, a call id", value.id);
      if (value.error !== undefined && !isString(value.error))
        throw malformed("result.error, a string", value.error);
      return value as unknown as ClientMessage;
    default:
      throw malformed('a message type of "register", "event", "result" or "resync"', value.type);
  }
}

/** Decodes and validates a frame a server sent. */
export function decodeServerMessage(frame: unknown, limits: CodecLimits = {}): ServerMessage {
  const value = parse(
    frame,
    { maxFrameBytes: Number.POSITIVE_INFINITY, maxDepth: 1_000, ...limits },
    true,
  );
  if (Array.isArray(value)) return decodePatch(value);
  switch (value.type) {
    case "welcome":
      if (
        !isString(value.sessionId) ||
        !isString(value.token) ||
        !isInt(value.revision) ||
        !isRecord(value.tree)
      ) {
        throw malformed("welcome {sessionId, token, revision, tree}", value);
      }
      return value as unknown as ServerMessage;
    case "resume":
      if (!isString(value.sessionId) || !isString(value.token) || !isInt(value.revision))
        throw malformed("resume {sessionId, token, revision}", value);
      return value as unknown as ServerMessage;
    case "handled":
      if (!isInt(value.seq)) throw malformed("handled {seq}", value);
      return value as unknown as ServerMessage;
    case "call":
      if (!isString(value.id) || !isString(value.method) || !isRecord(value.args))
        throw malformed("call {id, method, args}", value);
      return value as unknown as ServerMessage;
    case "error":
      if (!isString(value.code) || !isString(value.message))
        throw malformed("error {code, message}", value);
      return value as unknown as ServerMessage;
    default:
      throw malformed(
        'a patch array or a message type of "welcome", "resume", "handled", "call" or "error"',
        value.type,
      );
  }
}

/** Reads the array form of a patch: `[rev, ops, nodes?, ack?]`. */
function decodePatch(value: unknown[]): PatchMessage {
  const [rev, ops, nodes, ack] = value;
  if (!isInt(rev) || !Array.isArray(ops) || value.length > 4)
    throw malformed("a patch [rev, ops, nodes?, ack?]", value);
  if (nodes !== undefined && nodes !== 0 && !isRecord(nodes))
    throw malformed("patch nodes, an object of nodes by id", nodes);
  if (ack !== undefined && !isInt(ack)) throw malformed("patch ack, an integer", ack);
  const message: PatchMessage = { type: "patch", rev, ops };
  if (isRecord(nodes)) message.nodes = nodes as PatchMessage["nodes"] & object;
  if (ack !== undefined) message.ack = ack;
  return message;
}
