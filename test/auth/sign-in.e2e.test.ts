/**
 * A real sign-in: oidc-provider (a certified OpenID Provider) on 127.0.0.1, the app served
 * by the real WebApp, driven in Chromium through the popup.
 */
import { createServer, type Server } from "node:http";
import * as ft from "flet-ts";
import Provider from "oidc-provider";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, serveApp, type TestApp, waitForText } from "../e2e/browser.js";

const CLIENT_ID = "flet-app";
const CLIENT_SECRET = "a-client-secret-for-tests-only";

let browser: Browser;
let app: TestApp;
let issuerServer: Server;
let issuer: string;
let provider: ft.OpenIdProvider;
let context: BrowserContext | undefined;
const events: ft.LoginEvent[] = [];
const pages: ft.Page[] = [];
let loginUrl: string | undefined;

function main(page: ft.Page): void {
  pages.push(page);
  const status = new ft.Text("signed out");
  page.onLogin = (e) => {
    events.push(e);
    status.value = e.error ? `error ${e.error}` : `signed in ${page.auth?.user.email}`;
  };
  page.onLogout = () => {
    status.value = "signed out";
  };
  page.add(
    status,
    new ft.ElevatedButton("Sign in", {
      onClick: async () => {
        loginUrl = await page.login(provider);
      },
    }),
    new ft.ElevatedButton("Sign out", { onClick: () => page.logout() }),
  );
}

beforeAll(async () => {
  browser = await launchBrowser();
  app = await serveApp(main, { webAppPath: "/apps/demo" });
  const redirectUrl = `${app.url}oauth_callback`;
  issuerServer = createServer();
  await new Promise<void>((resolve) => issuerServer.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(issuerServer.address() as { port: number }).port}`;
  const oidc = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [redirectUrl],
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
      },
    ],
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        claims: () => ({ sub: id, email: `${id}@example.test`, email_verified: true }),
      };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
  });
  issuerServer.on("request", oidc.callback());
  provider = new ft.OpenIdProvider({
    issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUrl,
    scopes: ["openid", "email"],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  issuerServer?.closeAllConnections();
  await new Promise((resolve) => issuerServer?.close(resolve));
});

afterEach(async () => {
  await context?.close();
  context = undefined;
  events.length = 0;
  pages.length = 0;
  loginUrl = undefined;
});

/** Opens the app, clicks "Sign in" and returns the provider's popup. */
async function startSignIn(): Promise<{ page: Page; popup: Page; session: ft.Page }> {
  context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(app.url);
  await waitForText(page, "signed out");
  const popup = page.waitForEvent("popup");
  await page.getByRole("button", { name: "Sign in" }).click();
  const opened = await popup;
  await opened.waitForLoadState();
  expect(pages).toHaveLength(1);
  return { page, popup: opened, session: pages[0]! };
}

/** Fills the provider's dev login form and approves the consent. */
async function approve(popup: Page, login = "alice"): Promise<void> {
  await popup.locator('input[name="login"]').fill(login);
  await popup.locator('input[name="password"]').fill("any");
  await popup.locator('button[type="submit"]').click();
  await popup.locator('button[type="submit"]').click();
}

function stateOf(url: string | undefined): string {
  const state = new URL(url ?? "http://x/").searchParams.get("state");
  expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
  return state!;
}

const closed = (popup: Page) => popup.waitForEvent("close", { timeout: 10_000 });

/**
 * Changes the provider's redirect to the app's callback, as an attacker in the middle
 * would (redirected requests cannot be routed, so the provider's answer is rewritten).
 */
async function rewriteCallback(change: (url: URL) => void): Promise<void> {
  await context!.route(
    (url) => url.origin === issuer,
    async (route) => {
      // Follows the provider's own redirects here (the browser would not route them).
      let response = await route.fetch({ maxRedirects: 0 });
      let location = response.headers().location;
      while (location !== undefined && new URL(location, issuer).origin === issuer) {
        response = await context!.request.get(new URL(location, issuer).href, { maxRedirects: 0 });
        location = response.headers().location;
      }
      if (location === undefined || !location.includes("/oauth_callback")) {
        return route.fulfill({ response });
      }
      const url = new URL(location);
      change(url);
      await route.fulfill({ response, headers: { ...response.headers(), location: url.href } });
    },
  );
}

describe("sign-in against a real OpenID Provider", () => {
  it("signs in through the popup: onLogin without error, page.auth with the user", async () => {
    const { page, popup, session } = await startSignIn();
    const authUrl = new URL(loginUrl!);
    expect(authUrl.origin).toBe(issuer);
    expect(authUrl.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authUrl.searchParams.get("redirect_uri")).toBe(`${app.url}oauth_callback`);
    expect(authUrl.searchParams.get("nonce")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const callbacks: string[] = [];
    context!.on("request", (request) => {
      if (request.url().includes("/oauth_callback")) callbacks.push(request.url());
    });
    const gone = closed(popup);
    await approve(popup);
    await gone;
    await waitForText(page, "signed in alice@example.test");
    expect(events.map((e) => e.error)).toEqual([undefined]);
    expect(session.auth?.user.id).toBe("alice");
    expect(session.auth?.user.sub).toBe("alice");
    expect(session.auth?.token.accessToken).toEqual(expect.any(String));
    expect(session.auth?.token.idToken).toEqual(expect.any(String));
    // The callback carried only code, state and iss: the tokens never reached the browser.
    expect(callbacks).toHaveLength(1);
    const callback = new URL(callbacks[0]!);
    expect([...callback.searchParams.keys()].sort()).toEqual(["code", "iss", "state"]);
    expect(await page.content()).not.toContain(session.auth!.token.accessToken);

    // Replaying the callback is refused, reported to the session, and changes nothing.
    const auth = session.auth;
    const replay = await fetch(callbacks[0]!);
    expect(replay.status).toBe(400);
    await expect.poll(() => events.length).toBe(2);
    expect(events[1]!.error).toBe("invalid_state");
    expect(session.auth).toBe(auth);

    // Signing out.
    await page.getByRole("button", { name: "Sign out" }).click();
    await waitForText(page, "signed out");
    expect(session.auth).toBeUndefined();
  });

  it("user cancels: onLogin with access_denied, not signed in", async () => {
    const { page, popup, session } = await startSignIn();
    const gone = closed(popup);
    await popup.getByText("[ Cancel ]").click();
    await gone;
    await waitForText(page, "error access_denied");
    expect(events).toHaveLength(1);
    expect(events[0]!.errorDescription).toEqual(expect.any(String));
    expect(session.auth).toBeUndefined();
  });

  it("expired state: onLogin with expired_state, not signed in", async () => {
    const { page, popup, session } = await startSignIn();
    const pending = app.web.oauth.states.peek(stateOf(loginUrl));
    expect(pending?.sessionId).toBe(session.sessionId);
    // As if FLET_OAUTH_STATE_TIMEOUT had passed while the user was at the provider.
    pending!.expiresAt = Date.now() - 1;
    const gone = closed(popup);
    await approve(popup);
    await gone;
    await waitForText(page, "error expired_state");
    expect(session.auth).toBeUndefined();
    expect(events).toHaveLength(1);
  });

  it("wrong verifier (an injected code): the provider refuses the exchange, not signed in", async () => {
    const { page, popup, session } = await startSignIn();
    app.web.oauth.states.peek(stateOf(loginUrl))!.data.verifier = ft.createPkce().verifier;
    const gone = closed(popup);
    await approve(popup);
    await gone;
    await waitForText(page, "error invalid_grant");
    expect(session.auth).toBeUndefined();
    expect(events).toHaveLength(1);
  });

  it("nonce mismatch: the ID token is refused, not signed in", async () => {
    const { page, popup, session } = await startSignIn();
    app.web.oauth.states.peek(stateOf(loginUrl))!.data.nonce = ft.randomToken();
    const gone = closed(popup);
    await approve(popup);
    await gone;
    await waitForText(page, "error invalid_nonce");
    expect(session.auth).toBeUndefined();
    expect(events).toHaveLength(1);
  });

  it("iss mismatch (mix-up): refused before the code is used, not signed in", async () => {
    const { page, popup, session } = await startSignIn();
    await rewriteCallback((url) => url.searchParams.set("iss", "http://127.0.0.1:1/evil"));
    const gone = closed(popup);
    await approve(popup);
    await gone;
    await waitForText(page, "error invalid_issuer");
    expect(session.auth).toBeUndefined();
    expect(events).toHaveLength(1);
  });

  it("a missing iss is refused when the provider promises one (RFC 9207)", async () => {
    const { page, popup, session } = await startSignIn();
    await rewriteCallback((url) => url.searchParams.delete("iss"));
    const gone = closed(popup);
    await approve(popup);
    await gone;
    await waitForText(page, "error invalid_issuer");
    expect(session.auth).toBeUndefined();
  });

  it("refuses a redirectUrl that is not the app's callback, before opening anything", async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(app.url);
    await waitForText(page, "signed out");
    const wrong = new ft.OpenIdProvider({
      issuer,
      clientId: CLIENT_ID,
      redirectUrl: `${new URL(app.url).origin}/elsewhere/oauth_callback`,
    });
    await expect(pages[0]!.login(wrong)).rejects.toThrow(/FLET_ERR_CONFIG_INVALID/);
    expect(app.web.oauth.states.size).toBe(0);
  });

  it("unknown state: 400, no session told", async () => {
    const response = await fetch(`${app.url}oauth_callback?state=nope&code=x`);
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain("Invalid or expired sign-in state");
    expect(events).toHaveLength(0);
  });
});
