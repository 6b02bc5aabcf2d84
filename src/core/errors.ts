/**
 * The registry of flet-ts error codes. Every error the library raises carries one of these
 * codes, so programs can branch on `error.code` and the docs can list each code once.
 *
 * A message always says three things: what was expected, what came, and how to fix it.
 */
export const ErrorCode = {
  /** `control.page` (or `update()`) was used on a control that is not on a page. */
  CONTROL_NOT_MOUNTED: "FLET_ERR_CONTROL_NOT_MOUNTED",
  /** The same control instance was placed in two parents, or twice in one list. */
  CONTROL_DUPLICATE_PARENT: "FLET_ERR_CONTROL_DUPLICATE_PARENT",
  /** Something that is not a `Control` was put where a child control belongs. */
  CONTROL_NOT_A_CONTROL: "FLET_ERR_CONTROL_NOT_A_CONTROL",
  /** A control was mounted into a second session while still on the first one's page. */
  CONTROL_OTHER_SESSION: "FLET_ERR_CONTROL_OTHER_SESSION",
  /** A control class was used without the `@control(type)` decorator. */
  SCHEMA_MISSING: "FLET_ERR_SCHEMA_MISSING",
  /** A control type name is registered twice with different classes. */
  SCHEMA_DUPLICATE_TYPE: "FLET_ERR_SCHEMA_DUPLICATE_TYPE",
  /** An event's wire name cannot be sent (it must be camelCase letters and digits). */
  SCHEMA_INVALID_EVENT: "FLET_ERR_SCHEMA_INVALID_EVENT",
  /** A property value cannot be sent to the client (functions, symbols, cycles, ...). */
  PROP_NOT_SERIALIZABLE: "FLET_ERR_PROP_NOT_SERIALIZABLE",
  /** A property got a value of the wrong kind (a string for a number, an unknown enum value). */
  PROP_INVALID_VALUE: "FLET_ERR_PROP_INVALID_VALUE",
  /** An unknown option was passed to a control constructor. */
  PROP_UNKNOWN_OPTION: "FLET_ERR_PROP_UNKNOWN_OPTION",
  /** A frame could not be decoded, or its shape is not a known message. */
  PROTOCOL_MALFORMED: "FLET_ERR_PROTOCOL_MALFORMED",
  /** The peer speaks another protocol version. */
  PROTOCOL_VERSION: "FLET_ERR_PROTOCOL_VERSION",
  /** A frame is larger than the configured limit. */
  PROTOCOL_FRAME_TOO_LARGE: "FLET_ERR_PROTOCOL_FRAME_TOO_LARGE",
  /** A client event arrived with a sequence number that skips ahead. */
  PROTOCOL_OUT_OF_ORDER: "FLET_ERR_PROTOCOL_OUT_OF_ORDER",
  /** A message arrived before `register`, or `register` arrived twice. */
  PROTOCOL_UNEXPECTED: "FLET_ERR_PROTOCOL_UNEXPECTED",
  /** An event named a control id that the session does not have. */
  EVENT_UNKNOWN_CONTROL: "FLET_ERR_EVENT_UNKNOWN_CONTROL",
  /** An event name is not declared by the target control's schema. */
  EVENT_UNKNOWN_EVENT: "FLET_ERR_EVENT_UNKNOWN_EVENT",
  /** Too many client events are waiting to be handled. */
  EVENT_QUEUE_FULL: "FLET_ERR_EVENT_QUEUE_FULL",
  /** An event handler threw or rejected. */
  HANDLER_FAILED: "FLET_ERR_HANDLER_FAILED",
  /** A server-to-client call got no answer in time. */
  CALL_TIMEOUT: "FLET_ERR_CALL_TIMEOUT",
  /** The client reported that a server-to-client call failed. */
  CALL_FAILED: "FLET_ERR_CALL_FAILED",
  /** The session was closed while something was still waiting on it. */
  SESSION_CLOSED: "FLET_ERR_SESSION_CLOSED",
  /** The session id or resume token was not accepted. */
  SESSION_UNKNOWN: "FLET_ERR_SESSION_UNKNOWN",
  /** The server holds as many sessions as it may (`maxSessions`); a new one was refused. */
  SESSION_LIMIT: "FLET_ERR_SESSION_LIMIT",
  /** Hooks kept changing controls during one update, so it never settled. */
  UPDATE_LOOP: "FLET_ERR_UPDATE_LOOP",
  /** The client replica could not apply a patch: server and client disagree. */
  REPLICA_PATCH_FAILED: "FLET_ERR_REPLICA_PATCH_FAILED",
  /** A patch batch skipped a revision. */
  REPLICA_REVISION_GAP: "FLET_ERR_REPLICA_REVISION_GAP",
  /** A tester finder matched nothing (or too much) where one control was needed. */
  TESTER_NO_MATCH: "FLET_ERR_TESTER_NO_MATCH",
  /** The tester was asked to act on a control a user could not act on (hidden, disabled). */
  TESTER_NOT_INTERACTIVE: "FLET_ERR_TESTER_NOT_INTERACTIVE",
  /** The tester was asked to send an event the browser would not send (no listen flag). */
  TESTER_NOT_LISTENING: "FLET_ERR_TESTER_NOT_LISTENING",
  /** The tester was used after `close()`, or two fake clocks were installed at once. */
  TESTER_STATE: "FLET_ERR_TESTER_STATE",
  /** A tester action got a finder with several matches: which one a user meant is unclear. */
  TESTER_AMBIGUOUS: "FLET_ERR_TESTER_AMBIGUOUS",
  /** The app reported errors a test did not expect (`t.expectError`), or an expected one never came. */
  TESTER_APP_ERRORS: "FLET_ERR_TESTER_APP_ERRORS",
  /** A tester or test host got an option, or an argument, that it does not accept. */
  TESTER_OPTIONS: "FLET_ERR_TESTER_OPTIONS",
  /** A worker task of `page.executor` failed or the pool is closed. */
  EXECUTOR_FAILED: "FLET_ERR_EXECUTOR_FAILED",
  /** A `page.pubsub` message cannot cross processes: it is not JSON data (a function, a Date, a cycle, ...). */
  PUBSUB_NOT_SERIALIZABLE: "FLET_ERR_PUBSUB_NOT_SERIALIZABLE",
  /** The Redis behind `page.pubsub` (`FLET_PUBSUB_URL`) could not be reached or subscribed to. */
  PUBSUB_UNAVAILABLE: "FLET_ERR_PUBSUB_UNAVAILABLE",
  /** `auth.refresh()` could not get a new access token (no refresh token was issued). */
  AUTH_REFRESH_FAILED: "FLET_ERR_AUTH_REFRESH_FAILED",
  /** A hosting option or `FLET_*` environment variable has a value that is not accepted. */
  CONFIG_INVALID: "FLET_ERR_CONFIG_INVALID",
  /** A WebSocket upgrade came from an Origin that is not allowed. */
  ORIGIN_REFUSED: "FLET_ERR_ORIGIN_REFUSED",
  /** A browser sent a two-way property a value of the wrong kind (refused before app code). */
  PROTOCOL_BAD_VALUE: "FLET_ERR_PROTOCOL_BAD_VALUE",
  /** A request named a Host that is not in `allowedHosts` (a DNS-rebinding defence). */
  HOST_REFUSED: "FLET_ERR_HOST_REFUSED",
  /** A URL to open had a scheme other than http(s), mailto or tel (`javascript:`, `data:`). */
  URL_UNSAFE: "FLET_ERR_URL_UNSAFE",
  /** A client read too slowly: its send queue passed the limit, so it was disconnected. */
  TRANSPORT_SLOW_CLIENT: "FLET_ERR_TRANSPORT_SLOW_CLIENT",
  /** The browser client bundle could not be loaded. */
  CLIENT_BUNDLE_MISSING: "FLET_ERR_CLIENT_BUNDLE_MISSING",
  /** The browser's copy of a pack is older than, or a different major version from, the server's. */
  PACK_VERSION: "FLET_ERR_PACK_VERSION",
  /** An installed pack's package.json or browser entry is unusable. */
  PACK_INVALID: "FLET_ERR_PACK_INVALID",
  /**
   * Two copies of flet-ts (two folders) are loaded in one process, typically a pack linked
   * into an app that resolves flet-ts from its own `node_modules`; or a control of the
   * other copy reached a slot. The message names both folders.
   */
  PACKAGE_TWO_COPIES: "FLET_ERR_PACKAGE_TWO_COPIES",
  /** A pack's contract check could not run (missing browser, bad options). */
  PACK_CONTRACT: "FLET_ERR_PACK_CONTRACT",
  /** Under `flet-ts run -r`, the app stopped with an error; the message carries it. */
  APP_STOPPED: "FLET_ERR_APP_STOPPED",
  /** An icon property was set to a name that is neither a Material nor a Cupertino icon. */
  ICON_UNKNOWN: "FLET_ERR_ICON_UNKNOWN",
  /**
   * A static build (`flet-ts build --static`: the app runs in the browser, no server) was
   * asked for something only a server can do: uploads, OAuth sign-in, `page.executor`,
   * pubsub across users, environment variables or files.
   */
  STATIC_UNSUPPORTED: "FLET_ERR_STATIC_UNSUPPORTED",
} as const;

/** One of the codes of {@link ErrorCode}. */
export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * The error class of flet-ts. Check `code` rather than the message text.
 *
 * @example
 * ```ts
 * try {
 *   orphan.page;
 * } catch (error) {
 *   if (error instanceof ft.FletError && error.code === ft.ErrorCode.CONTROL_NOT_MOUNTED) {
 *     // add it to a page first
 *   }
 * }
 * ```
 */
export class FletError extends Error {
  /** The stable code of this error, one of {@link ErrorCode}. */
  readonly code: ErrorCodeValue;
  /** Extra facts about the failure (ids, names, limits); plain data. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: ErrorCodeValue,
    message: string,
    details: Record<string, unknown> = {},
    options?: ErrorOptions,
  ) {
    super(`${message} [${code}]`, options);
    this.name = "FletError";
    this.code = code;
    this.details = details;
  }
}

/**
 * Makes a short, safe description of a value for error messages; with `detailed`, small
 * plain objects and arrays are shown as JSON (`{"xs":6,"huge":3}`).
 */
export function describeValue(value: unknown, detailed = false): string {
  if (detailed && value !== null && typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (Array.isArray(value) || proto === Object.prototype || proto === null) {
      try {
        const json = JSON.stringify(value);
        if (json !== undefined && json.length <= 80) return json;
      } catch {
        // A cycle: fall through to the short form.
      }
    }
  }
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "function") return `a function ${value.name || "(anonymous)"}`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "object") {
    const name = (value as object).constructor?.name;
    return name && name !== "Object" ? `an instance of ${name}` : "a plain object";
  }
  return `${typeof value} ${String(value)}`;
}
