/**
 * Sign-in with OAuth 2 and OpenID Connect: providers, `page.login` options and events.
 * @module
 */
export { Authorization, type OAuthUser } from "./authorization.js";
export { LoginEvent, type LoginOptions } from "./login-event.js";
export { createPkce, type PkcePair, pkceChallenge, randomToken } from "./pkce.js";
export {
  Auth0OAuthProvider,
  type Auth0OAuthProviderOptions,
  AzureOAuthProvider,
  type AzureOAuthProviderOptions,
  GitHubOAuthProvider,
  GoogleOAuthProvider,
  OAuthProvider,
  type OAuthProviderOptions,
  OpenIdProvider,
  type OpenIdProviderOptions,
  type PresetProviderOptions,
  type TokenEndpointAuthMethod,
} from "./providers.js";
export {
  OAuthStateStore,
  type OAuthStateStoreOptions,
  type PendingLogin,
  type StateLookup,
} from "./state-store.js";
export type { OAuthToken } from "./tokens.js";
