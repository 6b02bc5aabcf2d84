import { createHash } from "node:crypto";
import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";

describe("PKCE", () => {
  it("makes S256 pairs with 43-character verifiers of 256 random bits", () => {
    const pairs = Array.from({ length: 50 }, () => ft.createPkce());
    for (const { verifier, challenge, method } of pairs) {
      expect(method).toBe("S256");
      expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(challenge).toBe(createHash("sha256").update(verifier).digest("base64url"));
    }
    expect(new Set(pairs.map((pair) => pair.verifier)).size).toBe(pairs.length);
  });

  it("matches the RFC 7636 appendix B example", () => {
    expect(ft.pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).toBe(
      "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    );
  });

  it("refuses tokens of fewer than 128 bits", () => {
    expect(() => ft.randomToken(15)).toThrow(RangeError);
    expect(ft.randomToken(16)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe("coded errors", () => {
  it("refuses a negative state timeout with FLET_ERR_CONFIG_INVALID", () => {
    expect(() => new ft.OAuthStateStore({ timeout: -1 })).toThrow(ft.ErrorCode.CONFIG_INVALID);
  });

  it("refuses to refresh without a refresh token with FLET_ERR_AUTH_REFRESH_FAILED", async () => {
    const provider = new ft.GitHubOAuthProvider({
      clientId: "id",
      clientSecret: "secret",
      redirectUrl: "http://127.0.0.1/oauth_callback",
    });
    const auth = new ft.Authorization(
      provider,
      { id: "1" },
      {
        accessToken: "a",
        tokenType: "Bearer",
        refreshToken: undefined,
        idToken: undefined,
        scope: undefined,
        expiresAt: undefined,
      },
    );
    await expect(auth.refresh()).rejects.toThrow(ft.ErrorCode.AUTH_REFRESH_FAILED);
    expect(auth.token.accessToken).toBe("a");
  });
});

describe("OAuthStateStore", () => {
  const clock = () => {
    let now = 1_000_000;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it("issues unguessable states bound to their session", () => {
    const store = new ft.OAuthStateStore<{ verifier: string }>();
    const a = store.create("session-a", { verifier: "va" });
    const b = store.create("session-b", { verifier: "vb" });
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    const taken = store.take(b);
    expect(taken.status).toBe("ok");
    if (taken.status === "ok") {
      expect(taken.login.sessionId).toBe("session-b");
      expect(taken.login.data.verifier).toBe("vb");
    }
  });

  it("accepts a state once: the second take is a replay of the same session", () => {
    const store = new ft.OAuthStateStore();
    const state = store.create("s1", {});
    expect(store.take(state).status).toBe("ok");
    expect(store.take(state)).toEqual({ status: "used", sessionId: "s1" });
    expect(store.size).toBe(0);
  });

  it("expires states after the timeout (fake time)", () => {
    const time = clock();
    const store = new ft.OAuthStateStore({ timeout: 600, now: time.now });
    const fresh = store.create("s1", {});
    const late = store.create("s1", {});
    time.advance(599_999);
    expect(store.take(fresh).status).toBe("ok");
    time.advance(1);
    const lookup = store.take(late);
    expect(lookup.status).toBe("expired");
    if (lookup.status === "expired") expect(lookup.login.sessionId).toBe("s1");
    // Expired is taken too: never accepted afterwards.
    expect(store.take(late).status).toBe("used");
  });

  it("still reports a late callback as expired, then forgets it", () => {
    const time = clock();
    const store = new ft.OAuthStateStore({ timeout: 10, now: time.now });
    const state = store.create("s1", {});
    time.advance(15_000);
    store.sweep();
    expect(store.take(state).status).toBe("expired");
    time.advance(10_000);
    store.sweep();
    expect(store.take(state).status).toBe("unknown");
  });

  it("forgets unknown, empty and missing states", () => {
    const store = new ft.OAuthStateStore();
    store.create("s1", {});
    for (const state of ["", "nope", undefined, null]) {
      expect(store.take(state).status).toBe("unknown");
    }
    expect(store.size).toBe(1);
  });

  it("cancels a session's pending sign-ins (a new sign-in or a logout)", () => {
    const store = new ft.OAuthStateStore();
    const mine = store.create("s1", {});
    const theirs = store.create("s2", {});
    store.cancelSession("s1");
    expect(store.take(mine).status).toBe("used");
    expect(store.take(theirs).status).toBe("ok");
  });

  it("stays bounded: the oldest pending sign-ins go first", () => {
    const store = new ft.OAuthStateStore({ maxEntries: 3 });
    const states = Array.from({ length: 5 }, (_, i) => store.create(`s${i}`, {}));
    expect(store.size).toBe(3);
    expect(store.take(states[0]).status).not.toBe("ok");
    expect(store.take(states[4]).status).toBe("ok");
  });
});

describe("providers", () => {
  const redirectUrl = "https://app.example/oauth_callback";
  it("preset endpoints", async () => {
    const github = new ft.GitHubOAuthProvider({ clientId: "id", clientSecret: "s", redirectUrl });
    const meta = await github.metadata();
    expect(meta.authorizationEndpoint).toBe("https://github.com/login/oauth/authorize");
    expect(meta.issuer).toBeUndefined();
    expect(new ft.GoogleOAuthProvider({ clientId: "id", redirectUrl }).issuer).toBe(
      "https://accounts.google.com",
    );
    expect(
      new ft.AzureOAuthProvider({ clientId: "id", redirectUrl, tenant: "contoso.com" }).issuer,
    ).toBe("https://login.microsoftonline.com/contoso.com/v2.0");
    expect(
      new ft.Auth0OAuthProvider({ clientId: "id", redirectUrl, domain: "me.eu.auth0.com" }).issuer,
    ).toBe("https://me.eu.auth0.com/");
    expect(
      new ft.GoogleOAuthProvider({ clientId: "id", redirectUrl, scopes: ["email"] }).scopes,
    ).toEqual(["openid", "email"]);
  });

  it("refuses plain http outside loopback, and bad tenants and domains", () => {
    expect(
      () => new ft.OpenIdProvider({ issuer: "http://evil.example", clientId: "id", redirectUrl }),
    ).toThrow(/https/);
    expect(
      () =>
        new ft.OAuthProvider({
          clientId: "id",
          authorizationEndpoint: "x",
          tokenEndpoint: "y",
          redirectUrl: "http://app.example/cb",
        }),
    ).toThrow(/https/);
    expect(
      () => new ft.AzureOAuthProvider({ clientId: "id", redirectUrl, tenant: "common" }),
    ).toThrow();
    expect(
      () => new ft.Auth0OAuthProvider({ clientId: "id", redirectUrl, domain: "a/b" }),
    ).toThrow();
  });
});
