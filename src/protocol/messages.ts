/**
 * The protocol between a session and its client, as typed messages. Every frame is one
 * JSON object with a `type`; {@link PROTOCOL_VERSION} changes when a message changes shape.
 *
 * ```
 * client                               server
 *   register {v, sessionId?, token?, revision?, client}  ──►
 *                          ◄── welcome {sessionId, token, revision, tree}   (new, or resync)
 *                          ◄── resume  {sessionId, token, revision, ack}     (replay follows)
 *                          ◄── patch   [rev, ops, nodes?, ack?]              (an array frame)
 *                          ◄── handled {seq}                 (events that changed nothing)
 *   event {seq, target, name, data?, props?, rev}         ──►
 *   resync {}                                               ──►   (answered by welcome)
 *                          ◄── call {id, method, args, target?}
 *   result {id, value? | error?}                            ──►
 *                          ◄── error {code, message, seq?, fatal?}
 * ```
 * Version 2 dropped what nobody read (the client's `ack {rev}` after every patch,
 * `register.seq`, `welcome.packs`) and made the patch frame, by far the most frequent one,
 * a JSON array with numeric operation codes and new nodes apart (see {@link PatchMessage}).
 * Version 3 rotates the resume token on every resume (`resume.token`), and lets a
 * client hand a lost session's input to a new one (`register.restore`).
 * @module
 */
import type { CompactOperation, WireTree } from "./wire.js";

/** The protocol version spoken by this build. */
export const PROTOCOL_VERSION = 3;

/** What the browser reports about itself when it registers. */
export interface ClientInfo {
  /** The route the browser shows (`/store/1`). */
  route?: string;
  /** Viewport size in CSS pixels. */
  width?: number;
  height?: number;
  /** `ios`, `android`, `macos`, `windows`, `linux` or `fuchsia`. */
  platform?: string;
  /** `light` or `dark`, from the user's system preference. */
  platformBrightness?: string;
  /** True in a browser (always, for now). */
  web?: boolean;
  /** True when installed as a progressive web app. */
  pwa?: boolean;
  /** Browser's user agent string. */
  userAgent?: string;
  /** The client's IP address (filled in by the server, never trusted from the client). */
  ip?: string;
  /** Installed browser packs: name → version. */
  packs?: Record<string, string>;
}

/** The first frame of every connection. */
export interface RegisterMessage {
  type: "register";
  /** Protocol version of the client. */
  v: number;
  /** The session to resume, with its secret token. */
  sessionId?: string;
  token?: string;
  /** The last revision the client applied (for replay on resume). */
  revision?: number;
  client: ClientInfo;
  /**
   * What the user typed and did in a session the server no longer knows (it restarted, or
   * the session expired), handed to the new session: see {@link RestoreData}.
   */
  restore?: RestoreData;
}

/** A place in the tree: slot names, and indexes in list slots, from the page down. */
export type TreePath = (string | number)[];

/**
 * What a client kept of a lost session: the two-way values the user set (by where their
 * control was and its type), and the events the server never confirmed.
 */
export interface RestoreData {
  values: { path: TreePath; type: string; props: Record<string, unknown> }[];
  events: { path: TreePath; type: string; name: string; data?: unknown }[];
}

/** A user event (and two-way bound values that changed with it). */
export interface EventMessage {
  type: "event";
  /** Client sequence number, 1, 2, 3, ... per session. */
  seq: number;
  /** Target control id. */
  target: string;
  /** Wire event name (`click`). */
  name: string;
  /** JSON payload. */
  data?: unknown;
  /** Two-way bound values to apply before the handler runs (`{ value: "typed" }`). */
  props?: Record<string, unknown>;
  /** The replica revision the client had when the user acted. */
  rev?: number;
}

/** The answer to a {@link CallMessage}. */
export interface ResultMessage {
  type: "result";
  id: string;
  value?: unknown;
  error?: string;
}

/** Asks for a full snapshot: the client's replica cannot follow the patches any more. */
export interface ResyncMessage {
  type: "resync";
}

/** Frames a client sends. */
export type ClientMessage = RegisterMessage | EventMessage | ResultMessage | ResyncMessage;

/** A new session, or a full resync of an existing one. */
export interface WelcomeMessage {
  type: "welcome";
  sessionId: string;
  /** The secret that allows resuming this session; keep it per tab. */
  token: string;
  revision: number;
  tree: WireTree;
  /** The last client event sequence number handled. */
  ack: number;
}

/** The session resumed; the missed batches follow as ordinary patches. */
export interface ResumeMessage {
  type: "resume";
  sessionId: string;
  /** The session's new resume token: each resume rotates it, and the old one is dead. */
  token: string;
  revision: number;
  ack: number;
}

/**
 * A batch taking the replica from `rev - 1` to `rev`: first the new `nodes` are added,
 * then the `ops` apply in order. On the wire it is the array `[rev, ops]`,
 * `[rev, ops, nodes]` or `[rev, ops, nodes | 0, ack]` (the codec converts), so that a
 * one-property change costs about 40 bytes.
 */
export interface PatchMessage {
  type: "patch";
  rev: number;
  ops: CompactOperation[];
  /** Whole new nodes by id, added before `ops` apply. */
  nodes?: WireTree;
  /** The last client event sequence number handled, when it changed since the last frame. */
  ack?: number;
}

/** Confirms client events up to `seq` when they changed nothing (patches carry `ack`). */
export interface HandledMessage {
  type: "handled";
  seq: number;
}

/** A method the server asks the client to run (clipboard, storage, launch URL, ...). */
export interface CallMessage {
  type: "call";
  id: string;
  method: string;
  args: Record<string, unknown>;
  /** The control the call concerns, if any. */
  target?: string;
}

/** A protocol or application error. `fatal` errors end the connection. */
export interface ErrorMessage {
  type: "error";
  code: string;
  message: string;
  /** The client event sequence number the error concerns. */
  seq?: number;
  fatal?: boolean;
  /** Present in dev mode for handler errors: the stack, shown in the browser overlay. */
  stack?: string;
}

/** Frames a server sends. */
export type ServerMessage =
  | WelcomeMessage
  | ResumeMessage
  | PatchMessage
  | HandledMessage
  | CallMessage
  | ErrorMessage;

/** Any frame. */
export type Message = ClientMessage | ServerMessage;
