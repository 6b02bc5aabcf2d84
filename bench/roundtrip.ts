// Event → patch round trip over a loopback WebSocket. The server is a real
// `ft.app(main, { exportApp: true })` WebApp on node:http at 127.0.0.1:0, in a child
// process of its own (`roundtrip-server`); this process is the load generator: `ws`
// client sockets, each driving a headless ClientConnection through a WsTransport (the
// server's `ws` adapter works the same on the client side of a `ws` socket).
//
// One click = `sendEvent(button, "click")`; the app's handler sets a Text's value and the
// session sends the patch; the sample ends when the ClientConnection has applied it.
import { type ChildProcess, fork } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import * as ft from "flet-ts";
import { WebSocket } from "ws";
import { ClientConnection } from "../src/client/client-connection.js";
import { WsTransport } from "../src/transport/ws-transport.js";
import { quantile } from "./kit.js";

export interface LatencyStats {
  samples: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

export interface RoundTripResult {
  single: LatencyStats;
  load: LatencyStats & {
    clients: number;
    connected: number;
    seconds: number;
    eventsPerSecond: number;
    /** Events whose patch never came back before the end. */
    lost: number;
    /** p99 event-loop delay of the load generator during the run. */
    generatorLoopDelayP99Ms: number;
    /** p99 event-loop delay of the server during the run. */
    serverLoopDelayP99Ms: number;
    /** Server CPU use during the run, in cores (user + system). */
    serverCpuCores: number;
    /** Load generator CPU use during the run, in cores. */
    generatorCpuCores: number;
    serverRssMb: number;
  };
}

const SINGLE_WARMUP = 2_000;
const SINGLE_SAMPLES = 10_000;
const LOAD_CLIENTS = 1_000;
const LOAD_SECONDS = 20;
/** Connections are opened over this long before the measured run starts. */
const CONNECT_SECONDS = 5;

// ---------------------------------------------------------------------------------------
// Server side (its own process).

type ServerRequest = { kind: "stats-start" } | { kind: "stats" } | { kind: "stop" };
export type ServerReply =
  | { kind: "ready"; port: number }
  | { kind: "stats"; loopDelayP99Ms: number; cpuCores: number; rssMb: number; sessions: number };

/** The app measured: a counter button that sets a Text's value. */
function main(page: ft.Page): void {
  const label = new ft.Text("0");
  let count = 0;
  page.add(
    label,
    new ft.ElevatedButton("Click", {
      onClick: () => {
        label.value = String(++count);
      },
    }),
  );
}

/** `roundtrip-server`: serves the app and answers the load generator over IPC. */
export async function roundTripServer(): Promise<void> {
  const web = ft.app(main, {
    exportApp: true,
    dev: false,
    logger: ft.silentLogger,
    // 1,000 clients from one loopback address: lift the per-client session rate.
    newSessionsPerClient: { perSecond: 1e6, burst: 1e6 },
    // One client clicks back to back as fast as the round trip allows (thousands per
    // second): lift the per-connection frame limit too, or the bench measures the cut.
    framesPerConnection: { perSecond: 1e6, burst: 1e6 },
    // The page itself is never loaded here: no client bundle to build.
    getClientBundle: async () => ({ js: "", css: "", chunks: {} }),
  });
  const server = web.attach(createServer());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", 4096, resolve));
  const delay = monitorEventLoopDelay({ resolution: 1 });
  let cpu = process.cpuUsage();
  let since = performance.now();
  const reply = (message: ServerReply) => process.send!(message);
  process.on("message", (message: ServerRequest) => {
    if (message.kind === "stats-start") {
      delay.reset();
      delay.enable();
      cpu = process.cpuUsage();
      since = performance.now();
    } else if (message.kind === "stats") {
      delay.disable();
      const used = process.cpuUsage(cpu);
      reply({
        kind: "stats",
        loopDelayP99Ms: delay.percentile(99) / 1e6,
        cpuCores: (used.user + used.system) / 1e3 / (performance.now() - since),
        rssMb: process.memoryUsage().rss / 1e6,
        sessions: web.host.sessions.size,
      });
    } else if (message.kind === "stop") {
      server.closeAllConnections();
      void web.close(0).finally(() => process.exit(0));
    }
  });
  // The parent went away: do not linger.
  process.on("disconnect", () => process.exit(0));
  reply({ kind: "ready", port: (server.address() as AddressInfo).port });
}

// ---------------------------------------------------------------------------------------
// Load generator side (this process).

const calls = { call: () => undefined };

interface Client {
  socket: WebSocket;
  connection: ClientConnection;
  button: string;
  /** hrtime of the event in flight, or 0n. */
  sentAt: bigint;
  onPatch: ((at: bigint) => void) | undefined;
}

async function connect(wsUrl: string): Promise<Client> {
  const socket = await new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(wsUrl, {
      origin: new URL(wsUrl).origin.replace("ws", "http"),
      perMessageDeflate: false,
    });
    ws.once("open", () => resolve(ws));
    ws.once("error", reject);
  });
  const connection = new ClientConnection(calls);
  const client: Client = { socket, connection, button: "", sentAt: 0n, onPatch: undefined };
  connection.updates.subscribe({
    next: (update) => {
      if (update.kind === "patch") client.onPatch?.(process.hrtime.bigint());
    },
    error: () => {},
  });
  connection.connect(new WsTransport(socket, { heartbeatInterval: 0, logger: ft.silentLogger }), {
    route: "/",
    width: 1280,
    height: 720,
  });
  const start = Date.now();
  while (client.button === "") {
    for (const [id, node] of Object.entries(connection.replica.tree))
      if ((node[1] as Record<string, unknown>).text === "Click") client.button = id;
    if (client.button !== "") break;
    if (Date.now() - start > 10_000) throw new Error("bench roundtrip: the page never arrived");
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return client;
}

/**
 * Sends one click and resolves with its round trip in ms once the patch is applied; fails
 * after 10 s (a lost event or a cut connection), so the bench reports it instead of hanging.
 */
function click(client: Client): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = process.hrtime.bigint();
    const timer = setTimeout(() => {
      client.onPatch = undefined;
      reject(
        new Error(
          `bench roundtrip: no patch 10 s after a click (connection ${client.connection.state})`,
        ),
      );
    }, 10_000);
    client.onPatch = (at) => {
      clearTimeout(timer);
      client.onPatch = undefined;
      resolve(Number(at - sent) / 1e6);
    };
    client.connection.sendEvent(client.button, "click");
  });
}

function stats(values: number[]): LatencyStats {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    samples: sorted.length,
    p50Ms: quantile(sorted, 0.5),
    p90Ms: quantile(sorted, 0.9),
    p99Ms: quantile(sorted, 0.99),
    maxMs: sorted[sorted.length - 1] ?? Number.NaN,
    meanMs: sum / sorted.length,
  };
}

function startServer(): Promise<{ child: ChildProcess; port: number }> {
  const script = process.argv[1]!;
  const child = fork(script, ["roundtrip-server"], {
    execArgv: process.execArgv,
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("bench roundtrip: no server")), 30_000);
    child.once("exit", (code) => reject(new Error(`bench roundtrip: server exited ${code}`)));
    child.on("message", (message: ServerReply) => {
      if (message.kind !== "ready") return;
      clearTimeout(timer);
      resolve({ child, port: message.port });
    });
  });
}

function ask(child: ChildProcess): Promise<ServerReply & { kind: "stats" }> {
  return new Promise((resolve) => {
    const listener = (message: ServerReply) => {
      if (message.kind !== "stats") return;
      child.off("message", listener);
      resolve(message);
    };
    child.on("message", listener);
    child.send({ kind: "stats" } satisfies ServerRequest);
  });
}

/** `roundtrip`: one client, then 1,000 concurrent clients, against a server in a child process. */
export async function benchRoundTrip(
  clients = LOAD_CLIENTS,
  seconds = LOAD_SECONDS,
): Promise<RoundTripResult> {
  const { child, port } = await startServer();
  const wsUrl = `ws://127.0.0.1:${port}/ws`;
  try {
    // One client, clicks back to back.
    const one = await connect(wsUrl);
    for (let i = 0; i < SINGLE_WARMUP; i++) await click(one);
    const single: number[] = [];
    for (let i = 0; i < SINGLE_SAMPLES; i++) single.push(await click(one));
    one.socket.close();

    // Many clients, each clicking once a second at its own phase.
    const pool: Client[] = [];
    // Connections open at an even pace over CONNECT_SECONDS (a real crowd does not arrive
    // in one instant), ten at a time.
    const gap = (CONNECT_SECONDS * 1_000) / clients;
    const connectStart = performance.now();
    for (let i = 0; i < clients; i += 10) {
      const batch = Array.from({ length: Math.min(10, clients - i) }, () => connect(wsUrl));
      pool.push(...(await Promise.all(batch)));
      const wait = connectStart + (i + 10) * gap - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    const latencies: number[] = [];
    let lost = 0;
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    child.send({ kind: "stats-start" } satisfies ServerRequest);
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const timers: ReturnType<typeof setTimeout>[] = [];
    const end = t0 + seconds * 1_000;
    const tick = (client: Client) => {
      if (performance.now() >= end) return;
      if (client.onPatch !== undefined) lost++; // still waiting a second later
      const sent = process.hrtime.bigint();
      client.onPatch = (at) => {
        client.onPatch = undefined;
        latencies.push(Number(at - sent) / 1e6);
      };
      client.connection.sendEvent(client.button, "click");
    };
    pool.forEach((client, i) => {
      // Staggered start: client i begins at i/clients of the first second.
      const first = setTimeout(
        () => {
          tick(client);
          timers.push(setInterval(() => tick(client), 1_000));
        },
        (i * 1_000) / clients,
      );
      timers.push(first);
    });
    await new Promise((resolve) => setTimeout(resolve, seconds * 1_000 + 1_000));
    for (const timer of timers) clearTimeout(timer);
    const elapsed = (performance.now() - t0) / 1_000;
    delay.disable();
    const used = process.cpuUsage(cpu);
    const server = await ask(child);
    for (const client of pool) if (client.onPatch !== undefined) lost++;
    const connected = pool.filter((client) => client.connection.state === "online").length;
    for (const client of pool) client.socket.terminate();
    return {
      single: stats(single),
      load: {
        ...stats(latencies),
        clients,
        connected,
        seconds,
        eventsPerSecond: latencies.length / seconds,
        lost,
        generatorLoopDelayP99Ms: delay.percentile(99) / 1e6,
        serverLoopDelayP99Ms: server.loopDelayP99Ms,
        serverCpuCores: server.cpuCores,
        generatorCpuCores: (used.user + used.system) / 1e3 / (elapsed * 1_000),
        serverRssMb: server.rssMb,
      },
    };
  } finally {
    child.send({ kind: "stop" } satisfies ServerRequest);
    await new Promise((resolve) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        resolve(undefined);
      }, 5_000);
      child.once("exit", () => {
        clearTimeout(timer);
        resolve(undefined);
      });
    });
  }
}
