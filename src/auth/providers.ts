import { createRemoteJWKSet, type JWTVerifyGetKey } from "jose";
import { ErrorCode, FletError } from "../core/errors.js";

/** How the client authenticates at the token endpoint. */
export type TokenEndpointAuthMethod = "client_secret_basic" | "client_secret_post" | "none";

/** Settings of a generic OAuth 2 provider. */
export interface OAuthProviderOptions {
  /** The client id the provider gave the app. */
  clientId: string;
  /** The client secret (confidential clients). Omit for public clients. */
  clientSecret?: string;
  /** The provider's authorization endpoint (https). */
  authorizationEndpoint: string;
  /** The provider's token endpoint (https). */
  tokenEndpoint: string;
  /** Where the user's profile is read with the access token, if anywhere. */
  userEndpoint?: string;
  /** Scopes to ask for. */
  scopes?: string[];
  /**
   * The app's OAuth callback URL, exactly as registered with the provider: the app's
   * URL plus FLET_OAUTH_CALLBACK_HANDLER_ENDPOINT (`https://example.com/myapp/oauth_callback`).
   */
  redirectUrl: string;
  /** Default: `client_secret_basic` with a secret, `none` without. */
  tokenEndpointAuthMethod?: TokenEndpointAuthMethod;
  /** Extra parameters of the authorization request (`prompt`, `login_hint`...). */
  authorizationParams?: Record<string, string>;
}

/** A provider's endpoints once known (after discovery for OpenID Connect). @internal */
export interface ProviderMetadata {
  authorizationEndpoint: string;
  tokenEndpoint: string;
  userEndpoint: string | undefined;
  /** OpenID Connect only: the issuer identifier, checked against `iss`. */
  issuer: string | undefined;
  /** OpenID Connect only: the keys that sign ID tokens. */
  jwks: JWTVerifyGetKey | undefined;
  /** RFC 9207: the provider puts `iss` on every authorization response. */
  issParameterSupported: boolean;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Throws unless `url` is https, or http on a loopback host (local development and tests). */
function checkEndpoint(name: string, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FletError(
      ErrorCode.CONFIG_INVALID,
      `Expected ${name} to be a URL, but got ${JSON.stringify(url)}.`,
    );
  }
  if (
    parsed.protocol !== "https:" &&
    !(parsed.protocol === "http:" && LOOPBACK.has(parsed.hostname))
  ) {
    throw new FletError(
      ErrorCode.CONFIG_INVALID,
      `Expected ${name} to use https (http only on localhost), but got ${JSON.stringify(url)}.`,
    );
  }
  return url;
}

/**
 * A generic OAuth 2 provider for `page.login`: authorization code flow with PKCE (S256).
 * Use the presets ({@link GitHubOAuthProvider}, {@link GoogleOAuthProvider},
 * {@link AzureOAuthProvider}, {@link Auth0OAuthProvider}) or {@link OpenIdProvider} when
 * you can.
 *
 * @example
 * ```ts
 * const provider = new ft.OAuthProvider({
 *   clientId: process.env.CLIENT_ID!,
 *   clientSecret: process.env.CLIENT_SECRET,
 *   authorizationEndpoint: "https://example.com/oauth/authorize",
 *   tokenEndpoint: "https://example.com/oauth/token",
 *   userEndpoint: "https://example.com/api/me",
 *   scopes: ["profile"],
 *   redirectUrl: "http://localhost:8550/oauth_callback",
 * });
 * ```
 */
export class OAuthProvider {
  /** The client id. */
  readonly clientId: string;
  /** The client secret, if any. Never sent to the browser. */
  readonly clientSecret: string | undefined;
  /** Scopes asked for. */
  readonly scopes: readonly string[];
  /** The exact callback URL registered with the provider. */
  readonly redirectUrl: string;
  /** How the token endpoint is authenticated. */
  readonly tokenEndpointAuthMethod: TokenEndpointAuthMethod;
  /** Extra authorization request parameters. */
  readonly authorizationParams: Readonly<Record<string, string>>;
  readonly #endpoints: Pick<
    OAuthProviderOptions,
    "authorizationEndpoint" | "tokenEndpoint" | "userEndpoint"
  >;

  constructor(options: OAuthProviderOptions) {
    if (!options.clientId) {
      throw new FletError(
        ErrorCode.CONFIG_INVALID,
        "Expected a clientId for the OAuth provider, but got none.",
      );
    }
    this.clientId = options.clientId;
    this.clientSecret = options.clientSecret || undefined;
    this.scopes = [...(options.scopes ?? [])];
    this.redirectUrl = checkEndpoint("redirectUrl", options.redirectUrl);
    this.tokenEndpointAuthMethod =
      options.tokenEndpointAuthMethod ?? (this.clientSecret ? "client_secret_basic" : "none");
    this.authorizationParams = { ...options.authorizationParams };
    this.#endpoints = {
      authorizationEndpoint: options.authorizationEndpoint,
      tokenEndpoint: options.tokenEndpoint,
      userEndpoint: options.userEndpoint,
    };
  }

  /** True for OpenID Connect providers (ID tokens, `nonce`, `iss`). */
  get openId(): boolean {
    return false;
  }

  /** The provider's endpoints (discovered once for OpenID Connect). @internal */
  async metadata(): Promise<ProviderMetadata> {
    const { authorizationEndpoint, tokenEndpoint, userEndpoint } = this.#endpoints;
    return {
      authorizationEndpoint: checkEndpoint("authorizationEndpoint", authorizationEndpoint),
      tokenEndpoint: checkEndpoint("tokenEndpoint", tokenEndpoint),
      userEndpoint:
        userEndpoint === undefined ? undefined : checkEndpoint("userEndpoint", userEndpoint),
      issuer: undefined,
      jwks: undefined,
      issParameterSupported: false,
    };
  }
}

/** Settings of an {@link OpenIdProvider}. */
export interface OpenIdProviderOptions
  extends Omit<OAuthProviderOptions, "authorizationEndpoint" | "tokenEndpoint" | "userEndpoint"> {
  /** The issuer identifier; its `/.well-known/openid-configuration` is read once. */
  issuer: string;
}

/**
 * An OpenID Connect provider found by discovery from its issuer URL. Adds to the OAuth
 * flow a `nonce`, an ID token whose signature is checked against the provider's JWKS
 * (with `iss`, `aud`, `exp` and `nonce`), and the RFC 9207 `iss` check on the callback.
 *
 * @example
 * ```ts
 * const provider = new ft.OpenIdProvider({
 *   issuer: "https://accounts.example.com",
 *   clientId: "my-app",
 *   clientSecret: process.env.CLIENT_SECRET,
 *   redirectUrl: "https://my.app/oauth_callback",
 * });
 * ```
 */
export class OpenIdProvider extends OAuthProvider {
  /** The issuer identifier. */
  readonly issuer: string;
  #metadata: Promise<ProviderMetadata> | undefined;

  constructor(options: OpenIdProviderOptions) {
    const issuer = checkEndpoint("issuer", options.issuer);
    const scopes = options.scopes ?? ["openid", "profile", "email"];
    super({
      ...options,
      scopes: scopes.includes("openid") ? scopes : ["openid", ...scopes],
      authorizationEndpoint: issuer,
      tokenEndpoint: issuer,
    });
    this.issuer = issuer;
  }

  override get openId(): boolean {
    return true;
  }

  override metadata(): Promise<ProviderMetadata> {
    this.#metadata ??= this.#discover();
    // A failed discovery is tried again on the next sign-in.
    this.#metadata.catch(() => (this.#metadata = undefined));
    return this.#metadata;
  }

  async #discover(): Promise<ProviderMetadata> {
    const url = `${this.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
    const response = await fetch(url, {
      headers: { Accept: "application/json" },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) {
      throw new FletError(
        ErrorCode.CONFIG_INVALID,
        `Expected the OpenID configuration at ${url}, but it answered ${response.status}.`,
      );
    }
    const doc = (await response.json()) as Record<string, unknown>;
    if (doc.issuer !== this.issuer) {
      throw new FletError(
        ErrorCode.CONFIG_INVALID,
        `Expected the discovery document of ${this.issuer} to name that issuer, but it names ${JSON.stringify(doc.issuer)}.`,
      );
    }
    const text = (key: string): string => {
      if (typeof doc[key] !== "string") {
        throw new FletError(
          ErrorCode.CONFIG_INVALID,
          `Expected ${key} in the OpenID configuration at ${url}.`,
        );
      }
      return doc[key] as string;
    };
    const methods = doc.code_challenge_methods_supported;
    if (Array.isArray(methods) && !methods.includes("S256")) {
      throw new FletError(
        ErrorCode.CONFIG_INVALID,
        `Expected ${this.issuer} to support PKCE with S256, but it does not.`,
      );
    }
    return {
      authorizationEndpoint: checkEndpoint(
        "authorization_endpoint",
        text("authorization_endpoint"),
      ),
      tokenEndpoint: checkEndpoint("token_endpoint", text("token_endpoint")),
      userEndpoint:
        typeof doc.userinfo_endpoint === "string"
          ? checkEndpoint("userinfo_endpoint", doc.userinfo_endpoint)
          : undefined,
      issuer: this.issuer,
      jwks: createRemoteJWKSet(new URL(checkEndpoint("jwks_uri", text("jwks_uri")))),
      issParameterSupported: doc.authorization_response_iss_parameter_supported === true,
    };
  }
}

/** Settings shared by the presets: the client and the callback URL. */
export interface PresetProviderOptions {
  /** The client id. */
  clientId: string;
  /** The client secret. */
  clientSecret?: string;
  /** The exact callback URL registered with the provider. */
  redirectUrl: string;
  /** Scopes instead of the preset's. */
  scopes?: string[];
}

/**
 * GitHub (OAuth 2, not OpenID Connect): reads the profile from `https://api.github.com/user`.
 *
 * @example
 * ```ts
 * const github = new ft.GitHubOAuthProvider({ clientId, clientSecret, redirectUrl });
 * ```
 */
export class GitHubOAuthProvider extends OAuthProvider {
  constructor(options: PresetProviderOptions) {
    super({
      ...options,
      scopes: options.scopes ?? ["read:user", "user:email"],
      authorizationEndpoint: "https://github.com/login/oauth/authorize",
      tokenEndpoint: "https://github.com/login/oauth/access_token",
      userEndpoint: "https://api.github.com/user",
      tokenEndpointAuthMethod: "client_secret_post",
    });
  }
}

/** Google (OpenID Connect, issuer `https://accounts.google.com`). */
export class GoogleOAuthProvider extends OpenIdProvider {
  constructor(options: PresetProviderOptions) {
    super({ ...options, issuer: "https://accounts.google.com" });
  }
}

/** Settings of an {@link AzureOAuthProvider}. */
export interface AzureOAuthProviderOptions extends PresetProviderOptions {
  /** The directory (tenant) id or domain. Multi-tenant `common` is not supported: ID tokens could not be tied to one issuer. */
  tenant: string;
}

/** Microsoft Entra ID / Azure AD (OpenID Connect, v2.0 endpoints of one tenant). */
export class AzureOAuthProvider extends OpenIdProvider {
  constructor(options: AzureOAuthProviderOptions) {
    if (
      !/^[A-Za-z0-9.-]+$/.test(options.tenant) ||
      ["common", "organizations", "consumers"].includes(options.tenant)
    ) {
      throw new FletError(
        ErrorCode.CONFIG_INVALID,
        `Expected a tenant id or domain for Azure, but got ${JSON.stringify(options.tenant)}.`,
      );
    }
    super({ ...options, issuer: `https://login.microsoftonline.com/${options.tenant}/v2.0` });
  }
}

/** Settings of an {@link Auth0OAuthProvider}. */
export interface Auth0OAuthProviderOptions extends PresetProviderOptions {
  /** The Auth0 domain (`my-tenant.eu.auth0.com`). */
  domain: string;
}

/** Auth0 (OpenID Connect, issuer `https://{domain}/`). */
export class Auth0OAuthProvider extends OpenIdProvider {
  constructor(options: Auth0OAuthProviderOptions) {
    if (!/^[A-Za-z0-9.-]+$/.test(options.domain)) {
      throw new FletError(
        ErrorCode.CONFIG_INVALID,
        `Expected an Auth0 domain, but got ${JSON.stringify(options.domain)}.`,
      );
    }
    super({ ...options, issuer: `https://${options.domain}/` });
  }
}
