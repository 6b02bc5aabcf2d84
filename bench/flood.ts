// A session flood with the default limits on: one client address opens sessions as fast
// as it can and walks away from each (the attack of issue 14: 5,019 sessions in 4 s,
// kept for an hour), for a bounded number of attempts; then a real visitor from another
// address arrives. Measured: attempts per second, how many got in, how many sessions the
// server holds at the end, its heap growth, and whether the visitor got a session.
import { ClientConnection } from "../src/client/client-connection.js";
import { AppHost } from "../src/session/app-host.js";
import { silentLogger } from "../src/session/logger.js";
import { createMemoryTransportPair } from "../src/transport/memory-transport.js";
import { type ControlKit, collect, now, settle } from "./kit.js";

export interface FloodResult {
  attempts: number;
  seconds: number;
  attemptsPerSecond: number;
  accepted: number;
  refused: number;
  /** Sessions the server holds once the flood is over (all waiting for a browser). */
  liveAtEnd: number;
  heapGrowthBytes: number;
  visitorAdmitted: boolean;
}

const ATTEMPTS = 5_000;
const TEXTS = 20;
const calls = { call: () => null };

function visit(host: AppHost, ip: string): ClientConnection {
  const [serverEnd, clientEnd] = createMemoryTransportPair();
  const client = new ClientConnection(calls);
  host.connect(serverEnd, { ip });
  client.connect(clientEnd, { route: "/" });
  return client;
}

export async function benchFlood(kit: ControlKit, attempts = ATTEMPTS): Promise<FloodResult> {
  const host = new AppHost(
    (page) => page.add(kit.column(Array.from({ length: TEXTS }, (_, i) => kit.text(`Item ${i}`)))),
    { logger: silentLogger, dev: false },
  );
  const before = await collect();
  let accepted = 0;
  let refused = 0;
  const start = now();
  for (let i = 0; i < attempts; i++) {
    const client = visit(host, "203.0.113.9");
    await settle();
    if (client.state === "online") accepted++;
    else refused++;
    client.disconnect();
  }
  await settle();
  const seconds = Number(now() - start) / 1e9;
  const liveAtEnd = host.sessionCount;
  const heapGrowthBytes = (await collect()) - before;
  const visitor = visit(host, "198.51.100.4");
  await settle();
  await settle();
  const visitorAdmitted = visitor.state === "online";
  await host.close(0);
  return {
    attempts,
    seconds,
    attemptsPerSecond: attempts / seconds,
    accepted,
    refused,
    liveAtEnd,
    heapGrowthBytes,
    visitorAdmitted,
  };
}
