// Shared helpers of the benchmarks: which controls to use, sessions over in-memory
// transports, statistics, heap readings. Nothing here is timed by itself.
import * as ft from "flet-ts";
import { ClientConnection } from "../src/client/client-connection.js";
import type { Control } from "../src/core/control.js";
import type { Page } from "../src/page/page.js";
import { encodeMessage } from "../src/protocol/codec.js";
import { PROTOCOL_VERSION } from "../src/protocol/messages.js";
import { AppHost, type AppMain } from "../src/session/app-host.js";
import { silentLogger } from "../src/session/logger.js";
import type { Session } from "../src/session/session.js";
import { createMemoryTransportPair } from "../src/transport/memory-transport.js";
import type { Transport } from "../src/transport/transport.js";
import { Box, Label } from "../test/fixtures/mini-controls.js";

/** A control whose text can change: `ft.Text` (or the fixture `Label`). */
export type TextLike = Control & { value: string | undefined };

/** How the benchmarks make a Text and a Column. */
export interface ControlKit {
  readonly name: string;
  text(value: string): TextLike;
  column(controls: Control[]): Control;
}

type Ctor = new (...args: any[]) => Control;

/** `ft.Text`/`ft.Column` (from "flet-ts", else straight from controls/), else the test fixtures. */
export async function controlKit(): Promise<ControlKit> {
  const library = ft as unknown as Record<string, Ctor | undefined>;
  let Text = library.Text;
  let Column = library.Column;
  let name = "ft.Text in ft.Column";
  if (Text === undefined || Column === undefined) {
    // Not exported from "flet-ts" yet: take the classes from controls/ directly.
    const where = ["../controls/text.js", "../controls/column.js"];
    try {
      const [text, column] = (await Promise.all(where.map((path) => import(path)))) as Record<
        string,
        Ctor
      >[];
      Text = text!.Text;
      Column = column!.Column;
      name = "Text and Column from controls/ (not yet exported by flet-ts)";
    } catch {
      Text = Column = undefined;
    }
  }
  if (Text !== undefined && Column !== undefined) {
    const [TextClass, ColumnClass] = [Text, Column];
    return {
      name,
      text: (value) => new TextClass(value) as TextLike,
      column: (controls) => new ColumnClass({ controls }),
    };
  }
  return {
    name: "fixture Label in fixture Box (ft.Text/ft.Column not available yet)",
    text: (value) => new Label(value) as TextLike,
    column: (controls) => new Box({ controls }),
  };
}

/** Lets queued microtasks and one turn of the event loop run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Lets pending microtasks, immediates and short timers finish (they can hold garbage),
 * then runs full garbage collections; returns `heapUsed`.
 */
export async function collect(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error("Run with node --expose-gc (npm run bench does).");
  await new Promise((resolve) => setTimeout(resolve, 20));
  for (let i = 0; i < 4; i++) {
    gc();
    await settle();
  }
  gc();
  return process.memoryUsage().heapUsed;
}

const calls = { call: () => undefined };

/** One session over an in-memory transport, with the frames the server sent. */
export interface Rig {
  readonly host: AppHost;
  readonly session: Session;
  readonly page: Page;
  /** The headless client (absent for a sink client that drops every frame). */
  client: ClientConnection | undefined;
  /** The last frame the server sent. */
  lastFrame: string;
  /** Frames the server sent. */
  frames: number;
  close(): Promise<void>;
}

/**
 * Opens a session on a new host. `client: "replica"` connects a headless ClientConnection
 * that applies every patch; `"sink"` registers with a raw frame and drops what comes back
 * (to measure the server alone).
 */
export async function openRig(client: "replica" | "sink", main: AppMain = () => {}): Promise<Rig> {
  const host = new AppHost(main, { logger: silentLogger, dev: false });
  const [serverEnd, clientEnd] = createMemoryTransportPair();
  const rig = {
    host,
    client: undefined as ClientConnection | undefined,
    lastFrame: "",
    frames: 0,
    close: () => host.close(0),
  };
  const send = serverEnd.send.bind(serverEnd);
  serverEnd.send = (frame: string) => {
    rig.lastFrame = frame;
    rig.frames++;
    send(frame);
  };
  host.connect(serverEnd);
  if (client === "replica") {
    rig.client = new ClientConnection(calls);
    rig.client.connect(clientEnd, { route: "/", width: 1280, height: 720 });
  } else {
    clientEnd.send(encodeMessage({ type: "register", v: PROTOCOL_VERSION, client: {} }));
  }
  await settle();
  const session = [...host.sessions.values()][0];
  if (session === undefined) throw new Error("bench: the session did not start");
  return Object.assign(rig, { session, page: session.page });
}

/**
 * Connects a second client to `session` (a fresh browser tab holding the session's id and
 * token, without a revision): the server answers with a welcome snapshot. Returns that frame.
 */
export async function welcomeFrame(host: AppHost, session: Session): Promise<string> {
  const [serverEnd, clientEnd] = createMemoryTransportPair();
  let welcome = "";
  clientEnd.messages.subscribe((frame: string) => {
    if (welcome === "" && (JSON.parse(frame) as { type?: string }).type === "welcome")
      welcome = frame;
  });
  host.connect(serverEnd);
  clientEnd.send(
    encodeMessage({
      type: "register",
      v: PROTOCOL_VERSION,
      client: {},
      sessionId: session.id,
      token: session.token,
    }),
  );
  await settle();
  await settle();
  if (welcome === "") throw new Error("bench: no welcome frame came back");
  return welcome;
}

/** A transport pair connected to `host` through a headless client. */
export function connectClient(host: AppHost): { client: ClientConnection; transport: Transport } {
  const [serverEnd, clientEnd] = createMemoryTransportPair();
  const client = new ClientConnection(calls);
  host.connect(serverEnd);
  client.connect(clientEnd, { route: "/", width: 1280, height: 720 });
  return { client, transport: clientEnd };
}

/** The value at quantile `q` (0..1) of sorted numbers, nearest rank. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}

/** Median of numbers (sorts a copy). */
export function median(values: readonly number[]): number {
  return quantile(Float64Array.from(values).sort(), 0.5);
}

/** UTF-8 size of a frame. */
export function bytesOf(frame: string): number {
  return Buffer.byteLength(frame, "utf8");
}

/** Nanoseconds now. */
export const now = (): bigint => process.hrtime.bigint();

/** The page sizes measured. */
export const SIZES = [100, 1_000, 10_000] as const;
