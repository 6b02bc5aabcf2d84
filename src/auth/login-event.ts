import { ControlEvent } from "../core/control-event.js";
import type { Page } from "../page/page.js";

/** Options of `page.login`. */
export interface LoginOptions {
  /** Scopes instead of the provider's. */
  scopes?: string[];
  /**
   * Open the provider in a popup (default). With `false` the app's tab goes to the
   * provider and the callback redirects back to the app.
   */
  popup?: boolean;
  /** Popup width in pixels. Default 600. */
  windowWidth?: number;
  /** Popup height in pixels. Default 700. */
  windowHeight?: number;
  /** Extra parameters of the authorization request. */
  authorizationParams?: Record<string, string>;
}

/**
 * Fired by `page.onLogin` when a sign-in ends: `error` is undefined on success (then
 * `page.auth` is set), else an OAuth-style code such as `access_denied` (the user
 * cancelled), `invalid_state`, `expired_state`, `invalid_grant`, `invalid_issuer` or
 * `invalid_nonce`, and `page.auth` is left as it was.
 */
export class LoginEvent extends ControlEvent<Page> {
  /** The error code, or undefined when the user is signed in. */
  readonly error: string | undefined;
  /** A readable explanation of the error. */
  readonly errorDescription: string | undefined;

  /** @internal */
  constructor(page: Page, error?: string, errorDescription?: string) {
    super(page, "login", error === undefined ? undefined : { error, errorDescription });
    this.error = error;
    this.errorDescription = errorDescription;
  }
}
