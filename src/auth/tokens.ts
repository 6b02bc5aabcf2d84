import { jwtVerify } from "jose";
import type { OAuthProvider, ProviderMetadata } from "./providers.js";

/** Tokens the provider issued. They stay on the server: never send them to the browser. */
export interface OAuthToken {
  /** The access token. */
  accessToken: string;
  /** `Bearer`, usually. */
  tokenType: string;
  /** The refresh token, if the provider gave one. */
  refreshToken: string | undefined;
  /** The OpenID Connect ID token (a signed JWT), if any. */
  idToken: string | undefined;
  /** Granted scopes, when the provider said. */
  scope: string | undefined;
  /** When the access token expires (milliseconds since the epoch), if known. */
  expiresAt: number | undefined;
}

/** A sign-in failure with an OAuth-style error code (`access_denied`, `invalid_grant`...). @internal */
export class LoginError extends Error {
  constructor(
    readonly code: string,
    readonly description: string,
  ) {
    super(description);
  }
}

const TIMEOUT_MS = 10_000;

/** Posts a form to the token endpoint and checks the answer. @internal */
export async function requestToken(
  provider: OAuthProvider,
  meta: ProviderMetadata,
  params: Record<string, string>,
  previous?: OAuthToken,
): Promise<OAuthToken> {
  const body = new URLSearchParams(params);
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Content-Type": "application/x-www-form-urlencoded",
  };
  const { clientId, clientSecret, tokenEndpointAuthMethod } = provider;
  if (tokenEndpointAuthMethod === "client_secret_basic" && clientSecret !== undefined) {
    const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, "+");
    headers.Authorization = `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`).toString("base64")}`;
  } else {
    body.set("client_id", clientId);
    if (tokenEndpointAuthMethod === "client_secret_post" && clientSecret !== undefined)
      body.set("client_secret", clientSecret);
  }
  let response: Response;
  try {
    response = await fetch(meta.tokenEndpoint, {
      method: "POST",
      headers,
      body,
      redirect: "error",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new LoginError(
      "token_request_failed",
      `The token endpoint could not be reached: ${(error as Error).message}.`,
    );
  }
  const json = (await response.json().catch(() => undefined)) as
    | Record<string, unknown>
    | undefined;
  if (!response.ok || json === undefined || typeof json.error === "string") {
    const code = typeof json?.error === "string" ? json.error : "token_request_failed";
    const detail = typeof json?.error_description === "string" ? `: ${json.error_description}` : "";
    throw new LoginError(
      code,
      `The token endpoint refused the request (${response.status} ${code}${detail}).`,
    );
  }
  if (typeof json.access_token !== "string" || json.access_token === "") {
    throw new LoginError(
      "invalid_token_response",
      "The token endpoint answered without an access_token.",
    );
  }
  const expiresIn = Number(json.expires_in);
  return {
    accessToken: json.access_token,
    tokenType: typeof json.token_type === "string" ? json.token_type : "Bearer",
    refreshToken:
      typeof json.refresh_token === "string" ? json.refresh_token : previous?.refreshToken,
    idToken: typeof json.id_token === "string" ? json.id_token : undefined,
    scope: typeof json.scope === "string" ? json.scope : previous?.scope,
    expiresAt:
      Number.isFinite(expiresIn) && expiresIn > 0 ? Date.now() + expiresIn * 1000 : undefined,
  };
}

/**
 * Checks an ID token: signature against the provider's JWKS, `iss`, `aud`, `exp`, and
 * the `nonce` sent with the authorization request. Returns its claims. @internal
 */
export async function verifyIdToken(
  provider: OAuthProvider,
  meta: ProviderMetadata,
  idToken: string | undefined,
  nonce: string | undefined,
): Promise<Record<string, unknown>> {
  if (meta.jwks === undefined || meta.issuer === undefined) return {};
  if (idToken === undefined) {
    throw new LoginError("invalid_id_token", "The provider answered without an ID token.");
  }
  let claims: Record<string, unknown>;
  try {
    ({ payload: claims } = await jwtVerify(idToken, meta.jwks, {
      issuer: meta.issuer,
      audience: provider.clientId,
      clockTolerance: 30,
    }));
  } catch (error) {
    throw new LoginError(
      "invalid_id_token",
      `The ID token was rejected: ${(error as Error).message}.`,
    );
  }
  if (nonce !== undefined && claims.nonce !== nonce) {
    throw new LoginError(
      "invalid_nonce",
      "The ID token's nonce does not match the one this sign-in sent.",
    );
  }
  if (typeof claims.sub !== "string" || claims.sub === "") {
    throw new LoginError("invalid_id_token", "The ID token has no subject.");
  }
  return claims;
}

/** Reads the user's profile with the access token. @internal */
export async function fetchUser(
  meta: ProviderMetadata,
  token: OAuthToken,
): Promise<Record<string, unknown>> {
  if (meta.userEndpoint === undefined) return {};
  let response: Response;
  try {
    response = await fetch(meta.userEndpoint, {
      headers: { Accept: "application/json", Authorization: `Bearer ${token.accessToken}` },
      redirect: "error",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new LoginError(
      "user_request_failed",
      `The user endpoint could not be reached: ${(error as Error).message}.`,
    );
  }
  const json = (await response.json().catch(() => undefined)) as unknown;
  if (!response.ok || json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new LoginError(
      "user_request_failed",
      `The user endpoint answered ${response.status} without a profile.`,
    );
  }
  return json as Record<string, unknown>;
}
