import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Waits for `server` to listen; returns its base URL and a close() that ends everything. */
export async function started(server: Server): Promise<{ base: string; close(): Promise<void> }> {
  if (!server.listening) await new Promise((resolve) => server.once("listening", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
