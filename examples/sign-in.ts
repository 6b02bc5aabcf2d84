/**
 * Sign-in with OAuth 2 / OpenID Connect: `page.login` in a popup, `page.onLogin`,
 * `page.auth` and `page.logout`. The provider comes from environment variables:
 *
 * - `OAUTH_PROVIDER`: `github`, `google`, `azure`, `auth0` or `oidc`
 * - `OAUTH_CLIENT_ID`, `OAUTH_CLIENT_SECRET`
 * - `OAUTH_REDIRECT_URL`: the callback registered with the provider; default
 *   `http://localhost:8000/examples/sign-in/oauth_callback` (the gallery's)
 * - `OAUTH_ISSUER` (oidc), `OAUTH_TENANT` (azure), `OAUTH_DOMAIN` (auth0)
 *
 * Run: `OAUTH_PROVIDER=github OAUTH_CLIENT_ID=... OAUTH_CLIENT_SECRET=... npm start`, then
 * open the "Sign in" example. See docs/guides/sign-in.md.
 */
import * as ft from "flet-ts";

export const title = "Sign in";
export const description = "page.login with GitHub, Google, Azure, Auth0 or any OpenID issuer.";

/** The gallery's callback URL for this example. */
export const defaultRedirectUrl = "http://localhost:8000/examples/sign-in/oauth_callback";

/** The provider the environment describes, or a sentence saying what is missing. */
export function providerFromEnv(env: NodeJS.ProcessEnv = process.env): ft.OAuthProvider | string {
  const kind = env.OAUTH_PROVIDER?.toLowerCase();
  const clientId = env.OAUTH_CLIENT_ID;
  if (!kind || !clientId) {
    return "No sign-in provider is set up. Set OAUTH_PROVIDER (github, google, azure, auth0 or oidc), OAUTH_CLIENT_ID and OAUTH_CLIENT_SECRET, register the redirect URL below with the provider, and restart.";
  }
  const common = {
    clientId,
    clientSecret: env.OAUTH_CLIENT_SECRET,
    redirectUrl: env.OAUTH_REDIRECT_URL ?? defaultRedirectUrl,
  };
  try {
    switch (kind) {
      case "github":
        return new ft.GitHubOAuthProvider(common);
      case "google":
        return new ft.GoogleOAuthProvider(common);
      case "azure":
        return new ft.AzureOAuthProvider({ ...common, tenant: env.OAUTH_TENANT ?? "" });
      case "auth0":
        return new ft.Auth0OAuthProvider({ ...common, domain: env.OAUTH_DOMAIN ?? "" });
      case "oidc":
        return new ft.OpenIdProvider({ ...common, issuer: env.OAUTH_ISSUER ?? "" });
      default:
        return `OAUTH_PROVIDER must be github, google, azure, auth0 or oidc, not "${kind}".`;
    }
  } catch (error) {
    return `The sign-in settings are not valid: ${(error as Error).message}`;
  }
}

/** Shows sign-in and sign-out buttons, or what to set up when no provider is configured. */
export function main(page: ft.Page): void {
  page.title = "Sign in";
  const provider = providerFromEnv();
  if (typeof provider === "string") {
    page.add(
      new ft.Text("Sign-in is not configured", { size: 24 }),
      new ft.Text(provider),
      new ft.Text(`Redirect URL: ${process.env.OAUTH_REDIRECT_URL ?? defaultRedirectUrl}`, {
        selectable: true,
      }),
    );
    return;
  }
  const status = new ft.Text("You are signed out.");
  const signIn = new ft.ElevatedButton("Sign in", {
    onClick: async () => {
      status.value = "Waiting for the provider (a popup opened)...";
      page.update();
      try {
        await page.login(provider);
      } catch (error) {
        status.value = `Could not start the sign-in: ${(error as Error).message}`;
      }
    },
  });
  const signOut = new ft.ElevatedButton("Sign out", {
    visible: false,
    onClick: () => page.logout(),
  });
  page.onLogin = (e) => {
    if (e.error) {
      status.value = `Sign-in failed (${e.error}): ${e.errorDescription ?? ""}`;
      return;
    }
    const user = page.auth?.user;
    const name = user?.name ?? user?.login ?? user?.email ?? user?.id;
    status.value = `Hello, ${String(name)}!`;
    signIn.visible = false;
    signOut.visible = true;
  };
  page.onLogout = () => {
    status.value = "You are signed out.";
    signIn.visible = true;
    signOut.visible = false;
  };
  page.add(status, new ft.Row({ controls: [signIn, signOut] }));
}
