// Idle sessions: many sessions on one AppHost, each a page with a Column of 20 Texts,
// each over its own in-memory transport pair with a headless ClientConnection. Heap is
// read twice: with every client still connected (server + client replicas), then after
// every client disconnected and was dropped (the sessions stay, waiting for a reconnect,
// as idle sessions of real browsers on other machines would).
import type { ClientConnection } from "../src/client/client-connection.js";
import { AppHost } from "../src/session/app-host.js";
import { silentLogger } from "../src/session/logger.js";
import { type ControlKit, collect, connectClient, now, settle } from "./kit.js";

export interface SessionsResult {
  target: number;
  measured: number;
  extrapolated: boolean;
  controlsPerPage: number;
  createSeconds: number;
  withClientsBytes: number;
  serverOnlyBytes: number;
  perSessionServer: number;
  perSessionWithClient: number;
  /** Server-only heap scaled to `target` sessions. */
  serverAtTarget: number;
  withClientsAtTarget: number;
}

const TARGET = 10_000;
const FALLBACK = 2_000;
/** If creating the first 1,000 sessions predicts more than this, stop at FALLBACK. */
const MAX_SECONDS = 60;
const TEXTS = 20;

export async function benchSessions(kit: ControlKit, target = TARGET): Promise<SessionsResult> {
  const host = new AppHost(
    (page) => page.add(kit.column(Array.from({ length: TEXTS }, (_, i) => kit.text(`Item ${i}`)))),
    {
      logger: silentLogger,
      dev: false,
      maxSessions: target + 1,
    },
  );
  // Warm up on a throwaway host so code and caches are not counted.
  await warmUp(kit);
  let clients: ClientConnection[] = [];
  const before = await collect();
  const start = now();
  let count = target;
  for (let i = 0; i < count; i++) {
    clients.push(connectClient(host).client);
    if (i % 100 === 99) await settle();
    if (i === 999 && count === target) {
      const predicted = (Number(now() - start) / 1e9) * (target / 1_000);
      if (predicted > MAX_SECONDS) count = FALLBACK;
    }
  }
  await settle();
  await settle();
  const createSeconds = Number(now() - start) / 1e9;
  if (host.sessions.size !== count)
    throw new Error(`bench sessions: ${host.sessions.size} sessions, expected ${count}`);
  const online = clients.filter(
    (client) => client.state === "online" && Object.keys(client.replica.tree).length >= TEXTS,
  ).length;
  if (online !== count)
    throw new Error(`bench sessions: ${online} of ${count} clients hold the page`);
  const withClients = (await collect()) - before;
  for (const client of clients) client.disconnect();
  clients = [];
  await settle();
  const serverOnly = (await collect()) - before;
  if (host.sessions.size !== count) throw new Error("bench sessions: sessions ended on disconnect");
  await host.close(0);
  const scale = target / count;
  return {
    target,
    measured: count,
    extrapolated: count !== target,
    controlsPerPage: TEXTS + 1,
    createSeconds,
    withClientsBytes: withClients,
    serverOnlyBytes: serverOnly,
    perSessionServer: serverOnly / count,
    perSessionWithClient: withClients / count,
    serverAtTarget: serverOnly * scale,
    withClientsAtTarget: withClients * scale,
  };
}

async function warmUp(kit: ControlKit): Promise<void> {
  const host = new AppHost(
    (page) => page.add(kit.column(Array.from({ length: TEXTS }, (_, i) => kit.text(`Item ${i}`)))),
    {
      logger: silentLogger,
      dev: false,
    },
  );
  for (let i = 0; i < 200; i++) connectClient(host).client;
  await settle();
  await host.close(0);
}
