import { ErrorCode, FletError } from "../core/errors.js";
import type { OAuthProvider } from "./providers.js";
import { fetchUser, type OAuthToken, requestToken } from "./tokens.js";

/** The signed-in user, as the provider describes them. */
export interface OAuthUser {
  /** The user's id at the provider (`sub` for OpenID Connect, `id` for GitHub). */
  id: string;
  /** Every claim and profile field the provider gave. */
  [claim: string]: unknown;
}

/**
 * A completed sign-in: `page.auth` once `page.onLogin` fired without an error. The tokens
 * live on the server only.
 *
 * @example
 * ```ts
 * page.onLogin = (e) => {
 *   if (e.error) return page.add(new ft.Text(`Sign-in failed: ${e.errorDescription}`));
 *   page.add(new ft.Text(`Hello ${page.auth?.user.name ?? page.auth?.user.id}`));
 * };
 * ```
 */
export class Authorization {
  /** The provider the user signed in with. */
  readonly provider: OAuthProvider;
  /** The user (ID token claims merged with the user endpoint's profile). */
  readonly user: OAuthUser;
  #token: OAuthToken;

  /** @internal Made by the sign-in callback. */
  constructor(provider: OAuthProvider, user: OAuthUser, token: OAuthToken) {
    this.provider = provider;
    this.user = user;
    this.#token = token;
  }

  /** The current tokens (server side only). */
  get token(): OAuthToken {
    return this.#token;
  }

  /** When the access token expires (milliseconds since the epoch), if known. */
  get expiresAt(): number | undefined {
    return this.#token.expiresAt;
  }

  /** True once the access token's expiry has passed. */
  get expired(): boolean {
    return this.#token.expiresAt !== undefined && Date.now() >= this.#token.expiresAt;
  }

  /**
   * Gets a new access token with the refresh token. Throws when there is no refresh
   * token or the provider refuses; the old tokens stay in place then.
   */
  async refresh(): Promise<OAuthToken> {
    const refreshToken = this.#token.refreshToken;
    if (refreshToken === undefined)
      throw new FletError(
        ErrorCode.AUTH_REFRESH_FAILED,
        "Expected a refresh token to refresh with, but the provider gave none. Ask the provider for offline access (a scope such as offline_access), or sign in again.",
      );
    const meta = await this.provider.metadata();
    this.#token = await requestToken(
      this.provider,
      meta,
      { grant_type: "refresh_token", refresh_token: refreshToken },
      this.#token,
    );
    return this.#token;
  }

  /** Reads the profile again from the user endpoint with the current access token. */
  async fetchUser(): Promise<Record<string, unknown>> {
    return fetchUser(await this.provider.metadata(), this.#token);
  }
}
