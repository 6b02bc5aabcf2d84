// The server-rendered first view (`ssr`), over HTTP: what index.html carries, and that
// nothing the app shows can break out of its text or attributes.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as ft from "flet-ts";
import { afterEach, describe, expect, it } from "vitest";
import { testOptions } from "./helpers.js";

const HOSTILE = `"'><img src=x onerror="alert(1)"></title></style><script>alert(2)</script>`;

let server: Server | undefined;
let web: ft.WebApp | undefined;

afterEach(async () => {
  await web?.close(0);
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
  web = undefined;
});

async function serve(main: ft.AppMain, options: ft.AppOptions = {}): Promise<string> {
  const app = ft.app(main, { ...testOptions, ...options, exportApp: true, ssr: true });
  web = app;
  server = app.attach(createServer());
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** The server-rendered view: the root's inside, before the script that starts the client. */
function root(html: string): string {
  return (
    /<div id="flet-root">([\s\S]*)<\/div>\n<script [^>]*>[^<]*<\/script>\n<\/body>/.exec(
      html,
    )?.[1] ?? ""
  );
}

describe("server-rendered first view", () => {
  it("draws the app's first view into index.html, in a session the browser resumes", async () => {
    let runs = 0;
    const url = await serve((page) => {
      runs++;
      page.title = "First view";
      page.add(new ft.Text("Hello from the server"));
    });
    const response = await fetch(url);
    const html = await response.text();
    expect(root(html)).toContain(">Hello from the server</span>");
    expect(html).toContain("<title>First view</title>");
    expect(html).not.toContain("<noscript>");
    // The bundle is fetched at once but started after the view's first frame, under the CSP nonce.
    expect(html).toContain('<link rel="modulepreload" href="/_flet/client.js">');
    const nonce = /'nonce-([^']+)'/.exec(
      response.headers.get("content-security-policy") ?? "",
    )?.[1];
    expect(html).toContain(`<script type="module" nonce="${nonce}">`);
    expect(html).toMatch(/requestAnimationFrame\(\(\)=>setTimeout\(go\)\)/);
    expect(html).not.toContain('<script type="module" src=');
    const config = JSON.parse(/window\.__FLET__ = (.*);<\/script>/.exec(html)![1]!);
    expect(web!.host.sessions.get(config.ssr.sessionId)?.token).toBe(config.ssr.token);
    expect(runs).toBe(1);
  }, 30_000);

  it("keeps hostile text inert in text, attributes, the title and the theme", async () => {
    const url = await serve((page) => {
      page.title = HOSTILE;
      page.theme = { fontFamily: HOSTILE };
      page.add(
        new ft.Text(HOSTILE, { semanticsLabel: HOSTILE, tooltip: HOSTILE }),
        new ft.Markdown(`[link](javascript:alert(3)) ${HOSTILE}`),
      );
    });
    const html = await (await fetch(url)).text();
    expect(root(html)).toContain('data-flet-id="3"');
    expect(html).toContain("--flet-font-family:");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("javascript:alert");
    expect(html.match(/<\/title>/g)).toHaveLength(1);
    // Every <style> the page has ends where it should: none is closed early.
    expect(html.match(/<\/style>/g)).toHaveLength((html.match(/<style[ >]/g) ?? []).length);
    expect(root(html)).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
  }, 30_000);

  it("starts no session for HEAD, and follows the address of a deep link", async () => {
    const url = await serve((page) => {
      page.add(new ft.Text(`route ${page.route}`));
    });
    await fetch(url, { method: "HEAD" });
    expect(web!.host.sessionCount).toBe(0);
    const html = await (await fetch(`${url}store/1`, { headers: { accept: "text/html" } })).text();
    expect(root(html)).toContain(">route /store/1</span>");
    expect(web!.host.sessionCount).toBe(1);
  }, 30_000);
});
