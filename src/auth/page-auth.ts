import { ControlEvent } from "../core/control-event.js";
import { ErrorCode, FletError } from "../core/errors.js";
import type { Page } from "../page/page.js";
import type { PageServices } from "../page/page-services.js";
import type { Authorization } from "./authorization.js";
import type { LoginOptions } from "./login-event.js";
import type { OAuthProvider } from "./providers.js";

/** What a page needs from the server to sign in. @internal */
export interface LoginService {
  /** Starts a sign-in of `page` and returns the authorization URL it opened. */
  begin(page: Page, provider: OAuthProvider, options: LoginOptions): Promise<string>;
  /** Forgets the session's sign-ins in progress. */
  cancel(sessionId: string): void;
}

const auths = new WeakMap<Page, Authorization>();

/** The page's completed sign-in. @internal */
export function authOf(page: Page): Authorization | undefined {
  return auths.get(page);
}

/** Sets (or clears) the page's sign-in. @internal */
export function setAuth(page: Page, auth: Authorization | undefined): void {
  if (auth === undefined) auths.delete(page);
  else auths.set(page, auth);
}

/** `page.login`. @internal */
export function beginLogin(
  page: Page,
  services: PageServices,
  provider: OAuthProvider,
  options: LoginOptions,
): Promise<string> {
  if (services.oauth === undefined) {
    return Promise.reject(
      new FletError(
        ErrorCode.CONFIG_INVALID,
        "Expected page.login to run in an app served over HTTP (ft.app in the browser, or exportApp), but this session has no OAuth callback endpoint.",
      ),
    );
  }
  return services.oauth.begin(page, provider, options);
}

/** `page.logout`. @internal */
export function endLogin(page: Page, services: PageServices): void {
  services.oauth?.cancel(services.id);
  auths.delete(page);
  const handler = page.onLogout;
  if (handler !== undefined) {
    void services.runHandler(handler, [new ControlEvent(page, "logout")], "logout handler of Page");
  }
}
