/**
 * Environment-neutral secrets for session ids and tokens: Web Crypto's
 * `getRandomValues` (a global in Node 20 and in browsers and Workers) and a comparison
 * whose time does not depend on where two equal-length strings differ. The static build
 * (`flet-ts build --static`) runs the session code in a browser Worker, where `node:crypto`
 * and `Buffer` do not exist.
 * @module
 */

/**
 * `bytes` random bytes from the platform's cryptographic generator, base64url-encoded.
 *
 * @example
 * ```ts
 * const sessionId = randomToken(16); // 22 characters, 128 bits
 * ```
 */
export function randomToken(bytes: number): string {
  const data = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(data);
  let binary = "";
  for (const byte of data) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * True when `received` equals `expected`. The lengths are compared first (not secret);
 * equal-length strings are compared in time independent of their contents.
 *
 * @example
 * ```ts
 * if (!sameSecret(session.token, message.token)) refuse();
 * ```
 */
export function sameSecret(expected: string, received: string): boolean {
  if (expected.length !== received.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ received.charCodeAt(i);
  return diff === 0;
}
