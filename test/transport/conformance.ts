// The conformance suite every Transport must pass: frames arrive in order and intact in
// both directions, a burst arrives whole, either side's close ends both `messages`, and
// frames sent after a close are dropped.
import { firstValueFrom, toArray } from "rxjs";
import { describe, expect, it } from "vitest";
import type { Transport } from "../../src/transport/transport.js";

/** One connected pair: `server` and `client` ends, plus a cleanup. */
export interface TransportPair {
  server: Transport;
  client: Transport;
  dispose(): Promise<void>;
}

function collect(transport: Transport, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const got: string[] = [];
    const sub = transport.messages.subscribe({
      next: (frame) => {
        got.push(frame);
        if (got.length === count) {
          sub.unsubscribe();
          resolve(got);
        }
      },
      complete: () => reject(new Error(`closed after ${got.length} of ${count} frames`)),
    });
  });
}

/** Registers the suite for the transport `makePair` connects. */
export function transportConformance(name: string, makePair: () => Promise<TransportPair>): void {
  describe(`transport conformance: ${name}`, () => {
    const FRAMES = [
      '{"type":"a"}',
      "line one\nline two\r\nline three",
      "unicode ✓ 😀 \u2028",
      "",
      "x".repeat(100_000),
    ];

    it("carries frames in order and intact, server to client", async () => {
      const pair = await makePair();
      try {
        const got = collect(pair.client, FRAMES.length);
        for (const frame of FRAMES) pair.server.send(frame);
        expect(await got).toEqual(FRAMES);
      } finally {
        await pair.dispose();
      }
    });

    it("carries frames in order and intact, client to server, including a burst", async () => {
      const pair = await makePair();
      try {
        const burst = Array.from({ length: 200 }, (_, i) => `frame ${i}`);
        const all = [...FRAMES, ...burst];
        const got = collect(pair.server, all.length);
        for (const frame of all) pair.client.send(frame);
        expect(await got).toEqual(all);
      } finally {
        await pair.dispose();
      }
    });

    it("completes both ends when the server closes, and drops later frames", async () => {
      const pair = await makePair();
      try {
        const clientDone = firstValueFrom(pair.client.messages.pipe(toArray()));
        const serverDone = firstValueFrom(pair.server.messages.pipe(toArray()));
        pair.server.send("last");
        pair.server.close(1000, "bye");
        expect(pair.server.open).toBe(false);
        pair.server.send("after close");
        expect(await clientDone).toEqual(["last"]);
        expect(await serverDone).toEqual([]);
        expect(pair.client.open).toBe(false);
      } finally {
        await pair.dispose();
      }
    });

    it("completes both ends when the client closes", async () => {
      const pair = await makePair();
      try {
        const serverDone = firstValueFrom(pair.server.messages.pipe(toArray()));
        const clientDone = firstValueFrom(pair.client.messages.pipe(toArray()));
        pair.client.close();
        expect(pair.client.open).toBe(false);
        await serverDone;
        await clientDone;
        expect(pair.server.open).toBe(false);
      } finally {
        await pair.dispose();
      }
    });
  });
}
