/**
 * What the browser reports about itself in its `register` frame, taken into the page.
 *
 * @internal
 * @module
 */
import { compiledSchemaOf } from "../core/schema.js";
import { Page } from "../page/page.js";
import type { ClientInfo } from "../protocol/messages.js";

/**
 * Copies the facts of `client` (size, brightness, PWA, address, user agent) into
 * `page.client`, and returns the page properties the browser already shows (`route`, and
 * `platform` when it is one Page declares), for the session to apply without an echo.
 * Values of the wrong kind are ignored: the frame comes from the network.
 *
 * @internal
 */
export function takeClientInfo(page: Page, client: ClientInfo): Record<string, unknown> {
  const details = page.client;
  if (typeof client.width === "number") details.width = client.width;
  if (typeof client.height === "number") details.height = client.height;
  if (client.platformBrightness === "dark" || client.platformBrightness === "light") {
    details.platformBrightness = client.platformBrightness;
  }
  if (typeof client.pwa === "boolean") details.pwa = client.pwa;
  if (typeof client.web === "boolean") details.web = client.web;
  details.clientIp = client.ip;
  details.clientUserAgent = client.userAgent;
  const props: Record<string, unknown> = {};
  if (typeof client.route === "string" && client.route.startsWith("/")) props.route = client.route;
  if (
    typeof client.platform === "string" &&
    compiledSchemaOf(Page).propsByName.get("platform")!.values!.includes(client.platform)
  ) {
    props.platform = client.platform;
  }
  return props;
}
