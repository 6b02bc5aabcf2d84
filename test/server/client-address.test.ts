import type { IncomingMessage } from "node:http";
import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { clientAddress } from "../../src/server/client-address.js";
import { resolveConfig } from "../../src/server/config.js";

const request = (peer: string, forwarded?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwarded === undefined ? {} : { "x-forwarded-for": forwarded },
  }) as unknown as IncomingMessage;

describe("clientAddress", () => {
  it("is the socket peer without trusted proxies, whatever X-Forwarded-For claims", () => {
    expect(clientAddress(request("203.0.113.9", "1.2.3.4"), 0)).toBe("203.0.113.9");
  });

  it("is the entry appended by the outermost trusted proxy, not what the client wrote", () => {
    // The client forged "1.2.3.4"; nginx appended the real peer 203.0.113.9.
    const req = request("10.0.0.2", "1.2.3.4, 203.0.113.9");
    expect(clientAddress(req, 1)).toBe("203.0.113.9");
    expect(clientAddress(request("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.0.0.3"), 2)).toBe(
      "203.0.113.9",
    );
    // Fewer entries than proxies: the peer.
    expect(clientAddress(request("10.0.0.2"), 1)).toBe("10.0.0.2");
  });

  it("refuses a trustProxy that is not a small whole number", () => {
    expect(() => resolveConfig({ trustProxy: -1 }, { DISPLAY: ":0" })).toThrow(
      ft.ErrorCode.CONFIG_INVALID,
    );
    expect(() => resolveConfig({ trustProxy: 1.5 }, { DISPLAY: ":0" })).toThrow(/trustProxy/);
    expect(resolveConfig({ trustProxy: 1 }, { DISPLAY: ":0" }).trustProxy).toBe(1);
  });
});
