import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { defaultRedirectUrl, providerFromEnv } from "../../examples/sign-in.js";

describe("the sign-in example's settings", () => {
  it("says what to set when nothing is set", () => {
    expect(providerFromEnv({})).toMatch(/OAUTH_PROVIDER/);
    expect(providerFromEnv({ OAUTH_PROVIDER: "github" })).toMatch(/OAUTH_CLIENT_ID/);
  });

  it("builds each provider from the environment", () => {
    const base = { OAUTH_CLIENT_ID: "id", OAUTH_CLIENT_SECRET: "secret" };
    const github = providerFromEnv({ ...base, OAUTH_PROVIDER: "github" });
    expect(github).toBeInstanceOf(ft.GitHubOAuthProvider);
    expect((github as ft.OAuthProvider).redirectUrl).toBe(defaultRedirectUrl);
    expect(providerFromEnv({ ...base, OAUTH_PROVIDER: "google" })).toBeInstanceOf(
      ft.GoogleOAuthProvider,
    );
    expect(
      providerFromEnv({ ...base, OAUTH_PROVIDER: "azure", OAUTH_TENANT: "contoso.com" }),
    ).toBeInstanceOf(ft.AzureOAuthProvider);
    expect(
      providerFromEnv({ ...base, OAUTH_PROVIDER: "auth0", OAUTH_DOMAIN: "me.auth0.com" }),
    ).toBeInstanceOf(ft.Auth0OAuthProvider);
    expect(
      providerFromEnv({ ...base, OAUTH_PROVIDER: "oidc", OAUTH_ISSUER: "https://id.example" }),
    ).toBeInstanceOf(ft.OpenIdProvider);
  });

  it("explains bad settings instead of throwing", () => {
    const base = { OAUTH_CLIENT_ID: "id" };
    expect(providerFromEnv({ ...base, OAUTH_PROVIDER: "myspace" })).toMatch(/must be/);
    expect(
      providerFromEnv({ ...base, OAUTH_PROVIDER: "oidc", OAUTH_ISSUER: "http://x.example" }),
    ).toMatch(/not valid/);
  });
});
