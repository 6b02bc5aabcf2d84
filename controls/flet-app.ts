import {
  ConstrainedControl,
  type ControlEvent,
  type ControlOptions,
  checks,
  control,
  describeValue,
  ErrorCode,
  type EventHandler,
  event,
  FletError,
  prop,
  withPrimary,
} from "flet-ts/pack";

/**
 * True when `url` resolves to an http(s) address: absolute, or relative to the embedding
 * page (which is served over http(s)). Parsed as the browser parses it (WHATWG URL), so
 * tricks like `java\tscript:` are seen for what they are.
 */
export function isAppUrl(url: unknown): url is string {
  if (typeof url !== "string" || url.trim() === "") return false;
  try {
    const { protocol } = new URL(url, "http://relative.invalid/");
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * Another flet-ts app, embedded by its address: in the browser, an `<iframe>` of that
 * app's page, so it runs isolated in its own client with its own session. It is sized by
 * the layout rules like other controls (`width`, `height`, `expand`; 150 px high unless
 * told otherwise), and screen readers announce it as "Embedded app" with its address.
 *
 * `url` must be an http(s) address, absolute or relative to the page (`/other/`); any other
 * scheme is refused in `validate()` with `FLET_ERR_URL_UNSAFE`.
 *
 * `reconnectIntervalMs`, `reconnectTimeoutMs` and `onError` are browser no-ops: the
 * embedded flet-ts client reconnects on its own schedule (0.5 s doubling up to 10 s, with
 * jitter, without giving up, and shows its own status while offline), takes no reconnect
 * options from its address, and an iframe reports no errors of another origin to its page.
 *
 * @example
 * ```ts
 * page.add(new ft.FletApp("https://apps.example.org/counter/", { height: 300 }));
 * ```
 */
@control("fletapp")
export class FletApp extends ConstrainedControl {
  /**
   * @param url - The embedded app's address (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(url?: string | ControlOptions<FletApp>, options?: ControlOptions<FletApp>) {
    super(withPrimary("url", url, options));
  }

  /** Refuses a missing URL and any scheme but http(s): the iframe would show nothing, or worse. */
  override validate(): void {
    if (!isAppUrl(this.url))
      throw new FletError(
        ErrorCode.URL_UNSAFE,
        `Expected FletApp.url to be the http(s) address of a flet-ts app (absolute, or relative to the page), but got ${describeValue(this.url)}. javascript:, data: and other schemes are refused.`,
        { prop: "url" },
      );
  }

  /** The embedded app's address: `https://host/app/`, or relative to the page (`/app/`). */
  @prop({ kind: "string" }) accessor url: string | undefined;
  /**
   * Flet's delay between reconnect attempts, in milliseconds. A browser no-op: the
   * embedded flet-ts client uses its own backoff (0.5 s doubling up to 10 s).
   */
  @prop({ kind: "number", check: checks.nonNegativeInteger }) accessor reconnectIntervalMs:
    | number
    | undefined;
  /**
   * Flet's time after which reconnecting stops, in milliseconds. A browser no-op: the
   * embedded flet-ts client keeps trying and shows its own offline status.
   */
  @prop({ kind: "number", check: checks.nonNegativeInteger }) accessor reconnectTimeoutMs:
    | number
    | undefined;
  /**
   * Flet fires it on an error of the embedded app. A browser no-op: the embedded app runs
   * in an iframe, which tells its page nothing about errors inside it.
   */
  @event() accessor onError: EventHandler<ControlEvent<FletApp>> | undefined;
}
