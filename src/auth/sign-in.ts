import type { IncomingMessage, ServerResponse } from "node:http";
import { ErrorCode, FletError } from "../core/errors.js";
import type { Page } from "../page/page.js";
import { $services } from "../page/page-services.js";
import type { Logger } from "../session/logger.js";
import { Authorization, type OAuthUser } from "./authorization.js";
import { sendCallbackPage } from "./callback-page.js";
import { LoginEvent, type LoginOptions } from "./login-event.js";
import { type LoginService, setAuth } from "./page-auth.js";
import { createPkce, randomToken } from "./pkce.js";
import type { OAuthProvider, ProviderMetadata } from "./providers.js";
import { OAuthStateStore } from "./state-store.js";
import { fetchUser, LoginError, requestToken, verifyIdToken } from "./tokens.js";

/** What the server keeps for a sign-in in progress. @internal */
export interface SignInData {
  provider: OAuthProvider;
  meta: ProviderMetadata;
  verifier: string;
  nonce: string | undefined;
  popup: boolean;
}

/** Options of a {@link SignInManager}. @internal */
export interface SignInManagerOptions {
  /** Seconds a `state` is valid (FLET_OAUTH_STATE_TIMEOUT). */
  stateTimeout: number;
  /** The callback's path (`/oauth_callback`, `/myapp/oauth_callback`). */
  callbackPath: string;
  /** The app's path (`/`, `/myapp/`), where the callback sends the user back. */
  appPath: string;
  /** The live page of a session. */
  findPage: (sessionId: string) => Page | undefined;
  /** Where to log. */
  logger: Logger;
  /** The clock (tests). */
  now?: () => number;
}

const CODE = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * The server half of `page.login`: starts sign-ins (PKCE, `state`, `nonce`), and answers
 * the OAuth callback by exchanging the code on the server, checking `iss` and the ID
 * token, then setting `page.auth` and firing `page.onLogin` in the session that started
 * it. @internal
 */
export class SignInManager implements LoginService {
  /** The pending sign-ins. */
  readonly states: OAuthStateStore<SignInData>;
  readonly #options: SignInManagerOptions;

  constructor(options: SignInManagerOptions) {
    this.#options = options;
    this.states = new OAuthStateStore({ timeout: options.stateTimeout, now: options.now });
  }

  async begin(page: Page, provider: OAuthProvider, options: LoginOptions): Promise<string> {
    const redirect = new URL(provider.redirectUrl);
    if (
      redirect.pathname !== this.#options.callbackPath ||
      redirect.search !== "" ||
      redirect.hash !== ""
    ) {
      throw new FletError(
        ErrorCode.CONFIG_INVALID,
        `Expected the provider's redirectUrl to be this app's OAuth callback (path ${this.#options.callbackPath}, no query), but got ${provider.redirectUrl}. Register that exact URL with the provider.`,
      );
    }
    const meta = await provider.metadata();
    const pkce = createPkce();
    const nonce = provider.openId ? randomToken(32) : undefined;
    const popup = options.popup ?? true;
    // One sign-in at a time per session: a new one voids the older ones.
    this.states.cancelSession(page.sessionId);
    const state = this.states.create(page.sessionId, {
      provider,
      meta,
      verifier: pkce.verifier,
      nonce,
      popup,
    });
    const url = new URL(meta.authorizationEndpoint);
    const params: Record<string, string> = {
      ...provider.authorizationParams,
      ...options.authorizationParams,
      response_type: "code",
      client_id: provider.clientId,
      redirect_uri: provider.redirectUrl,
      state,
      code_challenge: pkce.challenge,
      code_challenge_method: pkce.method,
    };
    const scopes = options.scopes ?? provider.scopes;
    if (scopes.length > 0) params.scope = scopes.join(" ");
    if (nonce !== undefined) params.nonce = nonce;
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    await page.launchUrl(url.href, {
      webWindowName: popup ? "flet_oauth_signin" : "_self",
      webPopupWindow: popup,
      windowWidth: options.windowWidth ?? 600,
      windowHeight: options.windowHeight ?? 700,
    });
    return url.href;
  }

  cancel(sessionId: string): void {
    this.states.cancelSession(sessionId);
  }

  /** Answers `GET {callbackPath}?state&code|error&iss`. */
  async handleCallback(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only GET: a HEAD (a prefetcher, a link checker) must not use up the single-use state.
    if (req.method !== "GET") {
      res.writeHead(405, { Allow: "GET", "Content-Type": "text/plain; charset=utf-8" });
      res.end("The OAuth callback takes GET.\n");
      return;
    }
    const query = new URL(req.url ?? "/", "http://callback").searchParams;
    const one = (name: string) => {
      const values = query.getAll(name);
      return values.length === 1 ? values[0] : values.length === 0 ? undefined : null;
    };
    const appUrl = new URL(this.#options.appPath, new URL(req.url ?? "/", "http://callback"))
      .pathname;
    const lookup = this.states.take(one("state"));
    if (lookup.status === "unknown") {
      return sendCallbackPage(res, {
        status: 400,
        title: "Sign-in failed",
        message: "Invalid or expired sign-in state. Start the sign-in again from the app.",
        appUrl,
        close: false,
      });
    }
    if (lookup.status !== "ok") {
      const expired = lookup.status === "expired";
      const sessionId = expired ? lookup.login.sessionId : lookup.sessionId;
      const [code, description] = expired
        ? ["expired_state", "The sign-in took longer than allowed. Start it again."]
        : ["invalid_state", "This sign-in response was already used."];
      this.#finish(sessionId, undefined, code, description);
      return sendCallbackPage(res, {
        status: 400,
        title: "Sign-in failed",
        message: description,
        appUrl,
        close: expired && lookup.login.data.popup,
        redirect: expired && !lookup.login.data.popup,
      });
    }
    const { sessionId, data } = lookup.login;
    if (this.#options.findPage(sessionId) === undefined) {
      return sendCallbackPage(res, {
        status: 400,
        title: "Sign-in failed",
        message:
          "The app session that started this sign-in has ended. Open the app and sign in again.",
        appUrl,
        close: false,
      });
    }
    let auth: Authorization | undefined;
    let error: LoginError | undefined;
    try {
      auth = await this.#complete(data, one);
    } catch (caught) {
      error =
        caught instanceof LoginError
          ? caught
          : new LoginError(
              "server_error",
              `The sign-in failed on the server: ${(caught as Error).message}`,
            );
      if (!(caught instanceof LoginError)) this.#options.logger.error("Sign-in failed", caught);
    }
    const delivered = this.#finish(sessionId, auth, error?.code, error?.description);
    sendCallbackPage(res, {
      status: error || !delivered ? 400 : 200,
      title: error ? "Sign-in failed" : "Signed in",
      message: error
        ? error.description
        : delivered
          ? "You can close this window."
          : "The app session has ended.",
      appUrl,
      close: data.popup,
      redirect: !data.popup,
    });
  }

  async #complete(
    data: SignInData,
    one: (name: string) => string | null | undefined,
  ): Promise<Authorization> {
    const { provider, meta, verifier, nonce } = data;
    for (const name of ["code", "error", "iss", "error_description"]) {
      if (one(name) === null)
        throw new LoginError("invalid_request", `The callback repeats "${name}".`);
    }
    const iss = one("iss");
    if (meta.issuer !== undefined) {
      if (iss !== undefined ? iss !== meta.issuer : meta.issParameterSupported) {
        throw new LoginError(
          "invalid_issuer",
          `The authorization response came from issuer ${JSON.stringify(iss ?? null)}, not ${meta.issuer}.`,
        );
      }
    }
    const error = one("error");
    if (error != null) {
      const code = CODE.test(error) ? error : "invalid_request";
      const detail = (one("error_description") ?? "").slice(0, 500);
      const fallback =
        code === "access_denied" ? "The sign-in was cancelled." : `The provider answered ${code}.`;
      throw new LoginError(code, detail || fallback);
    }
    const code = one("code");
    if (code == null || code === "")
      throw new LoginError("invalid_request", "The callback has no code.");
    const token = await requestToken(provider, meta, {
      grant_type: "authorization_code",
      code,
      redirect_uri: provider.redirectUrl,
      code_verifier: verifier,
    });
    const claims = await verifyIdToken(provider, meta, token.idToken, nonce);
    const profile = await fetchUser(meta, token);
    if (claims.sub !== undefined && profile.sub !== undefined && profile.sub !== claims.sub) {
      throw new LoginError(
        "invalid_user",
        "The user endpoint describes another user than the ID token.",
      );
    }
    const id = claims.sub ?? profile.sub ?? profile.id;
    if ((typeof id !== "string" && typeof id !== "number") || id === "") {
      throw new LoginError("invalid_user", "The provider did not say who signed in.");
    }
    const user: OAuthUser = { ...profile, ...claims, id: String(id) };
    return new Authorization(provider, user, token);
  }

  /** Sets `page.auth` (on success only) and fires `onLogin`. False when the session is gone. */
  #finish(
    sessionId: string,
    auth: Authorization | undefined,
    error?: string,
    description?: string,
  ): boolean {
    const page = this.#options.findPage(sessionId);
    if (page === undefined) return false;
    if (auth !== undefined) setAuth(page, auth);
    const handler = page.onLogin;
    const event = new LoginEvent(page, error, description);
    if (handler !== undefined) {
      void page[$services].runHandler(handler, [event], "login handler of Page");
    }
    return true;
  }
}
