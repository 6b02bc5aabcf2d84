import { Subject } from "rxjs";
import { describe, expect, it } from "vitest";
import { MessagePortTransport } from "../../src/transport/message-port-transport.js";
import { transportConformance } from "./conformance.js";

function portPair() {
  const channel = new MessageChannel();
  const server = new MessagePortTransport(channel.port1, new Subject<string>());
  const client = new MessagePortTransport(channel.port2, new Subject<string>());
  return {
    server,
    client,
    async dispose() {
      client.close();
      server.close();
    },
  };
}

transportConformance("MessagePort", async () => portPair());

describe("MessagePort transport details", () => {
  it("tells the other end the close code (4000: taken over)", async () => {
    const pair = portPair();
    const done = new Promise<void>((resolve) =>
      pair.client.messages.subscribe({ complete: () => resolve() }),
    );
    pair.server.close(4000, "replaced");
    await done;
    expect(pair.client.closeCode).toBe(4000);
    expect(pair.client.open).toBe(false);
  });

  it("drops posted values that are not text frames, and keeps going", async () => {
    const channel = new MessageChannel();
    const server = new MessagePortTransport(channel.port1, new Subject<string>());
    const got: string[] = [];
    const two = new Promise<void>((resolve) =>
      server.messages.subscribe((frame) => got.push(frame) === 2 && resolve()),
    );
    channel.port2.postMessage({ type: "not a frame" });
    channel.port2.postMessage(42);
    channel.port2.postMessage("one");
    channel.port2.postMessage({ close: "not a number" });
    channel.port2.postMessage("two");
    await two;
    expect(got).toEqual(["one", "two"]);
    expect(server.open).toBe(true);
    server.close();
    channel.port2.close();
  });

  it("runs a session: register, then the first patch", async () => {
    const { AppHost } = await import("../../src/session/app-host.js");
    const { Text } = await import("../../controls/index.js");
    const host = new AppHost((page) => page.add(new Text("over a port")));
    const pair = portPair();
    host.connect(pair.server);
    const types: string[] = [];
    const patched = new Promise<string>((resolve) =>
      pair.client.messages.subscribe((frame) => {
        types.push(JSON.parse(frame).type);
        if (frame.includes("over a port")) resolve(frame);
      }),
    );
    const { PROTOCOL_VERSION } = await import("../../src/protocol/messages.js");
    pair.client.send(
      JSON.stringify({
        type: "register",
        v: PROTOCOL_VERSION,
        client: { route: "/", width: 800, height: 600, platform: "linux", web: true },
      }),
    );
    await patched;
    expect(types[0]).toBe("welcome");
    await host.close();
    await pair.dispose();
  });
});
