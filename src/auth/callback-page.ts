import type { ServerResponse } from "node:http";
import { randomToken } from "./pkce.js";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Answers the OAuth callback: a small page that closes the popup (and says what
 * happened, for when it cannot), or a redirect back to the app outside a popup. @internal
 */
export function sendCallbackPage(
  res: ServerResponse,
  options: {
    status: number;
    title: string;
    message: string;
    appUrl?: string;
    close: boolean;
    redirect?: boolean;
  },
): void {
  const headers = {
    "Cache-Control": "no-store",
    // The URL carries the code: never pass it on.
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
  };
  if (options.redirect && options.appUrl !== undefined) {
    res.writeHead(303, { ...headers, Location: options.appUrl, "Content-Length": "0" });
    res.end();
    return;
  }
  const nonce = randomToken(16);
  const link =
    options.appUrl === undefined
      ? ""
      : `<p><a href="${escapeHtml(options.appUrl)}">Back to the app</a></p>`;
  const script = options.close ? `<script nonce="${nonce}">window.close();</script>` : "";
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(options.title)}</title></head><body style="font-family:system-ui,sans-serif;margin:2rem"><h1 style="font-size:1.25rem">${escapeHtml(options.title)}</h1><p>${escapeHtml(options.message)}</p>${link}${script}</body></html>`;
  res.writeHead(options.status, {
    ...headers,
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": `default-src 'none'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    "Content-Length": String(Buffer.byteLength(html)),
  });
  res.end(res.req.method === "HEAD" ? undefined : html);
}
