import { createHash, randomBytes } from "node:crypto";

/**
 * A random, URL-safe token of `bytes` random bytes (base64url, no padding). The default
 * 32 bytes give 256 bits: enough for `state`, `nonce` and PKCE verifiers.
 */
export function randomToken(bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < 16) {
    throw new RangeError(`Expected at least 16 random bytes (128 bits), but got ${bytes}.`);
  }
  return randomBytes(bytes).toString("base64url");
}

/** A PKCE pair (RFC 7636): the secret verifier and its S256 challenge. */
export interface PkcePair {
  /** Kept on the server, sent only with the token request (43 characters). */
  verifier: string;
  /** `BASE64URL(SHA256(verifier))`, sent with the authorization request. */
  challenge: string;
  /** Always `S256`: `plain` is never used. */
  method: "S256";
}

/** The S256 code challenge of a PKCE verifier. */
export function pkceChallenge(verifier: string): string {
  return createHash("sha256").update(verifier, "ascii").digest("base64url");
}

/**
 * Makes a PKCE pair: a verifier of 256 random bits (43 base64url characters, within
 * RFC 7636's 43–128) and its S256 challenge.
 *
 * @example
 * ```ts
 * const { verifier, challenge } = createPkce();
 * ```
 */
export function createPkce(): PkcePair {
  const verifier = randomToken(32);
  return { verifier, challenge: pkceChallenge(verifier), method: "S256" };
}
