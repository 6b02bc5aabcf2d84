/**
 * The app every hosting example mounts: a guestbook shared by everyone who has it open.
 * Signing it publishes the entry with `page.pubsub`, so every open session (every tab,
 * every visitor) shows it at once. It knows nothing about the server it runs in.
 */
import type { Server } from "node:http";
import * as ft from "flet-ts";

/** Where the hosting examples mount the app. */
export const APP_PATH = "/apps/myapp";

/** Where and how a hosting example listens. */
export interface StartOptions {
  /** TCP port; 0 picks a free one. Default: `FLET_SERVER_PORT`, else 8000. */
  port?: number;
  /** Address to listen on. Default: `FLET_SERVER_IP`, else `0.0.0.0`. */
  host?: string;
}

/** A started hosting example. */
export interface StartedExample {
  /** The guestbook's URL, e.g. `http://localhost:8000/apps/myapp/`. */
  readonly url: string;
  /** Stops the server and ends the app's sessions. */
  close(): Promise<void>;
}

/** The guestbook: a name field, a "Sign" button, and the entries signed so far. */
export function main(page: ft.Page): void {
  page.title = "Guestbook";
  const entries = new ft.Column();
  const name = new ft.TextField({ label: "Your name", expand: 1, onSubmit: () => sign() });
  const sign = () => {
    const who = name.value?.trim();
    if (!who) return;
    page.pubsub.sendAll(`${who} signed the guestbook`);
    name.value = "";
  };
  page.pubsub.subscribe((entry: string) => {
    entries.controls.push(new ft.Text(entry));
  });
  page.add(
    new ft.Text("Guestbook", { themeStyle: ft.TextThemeStyle.HEADLINE_MEDIUM }),
    new ft.Row({ controls: [name, new ft.ElevatedButton("Sign", { onClick: sign })] }),
    entries,
  );
}

/** The port and address to listen on: the options, then `FLET_SERVER_*`, then defaults. */
export function listenOn(options: StartOptions = {}): { port: number; host: string } {
  return {
    port: options.port ?? Number(process.env.FLET_SERVER_PORT ?? 8000),
    host: options.host ?? process.env.FLET_SERVER_IP ?? "0.0.0.0",
  };
}

/** The guestbook's URL on a listening server. */
export function appUrl(server: Server, host: string): string {
  const { port } = server.address() as { port: number };
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  return `http://${shown}:${port}${APP_PATH}/`;
}
