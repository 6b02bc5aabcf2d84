import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import * as ft from "flet-ts";
import { afterEach, describe, expect, it, onTestFinished } from "vitest";
import { Button, Label } from "../fixtures/mini-controls.js";
import { baseOf, connectClient, findText, openSocket, raw, testOptions, until } from "./helpers.js";

const log: string[] = [];

class Tracked extends Label {
  override willUnmount() {
    log.push("willUnmount");
  }
}

/** A page with a button whose handler runs for `ms` (forever when Infinity). */
function slowApp(ms: number) {
  return (page: ft.Page) => {
    page.onClose = () => void log.push("onClose");
    const label = new Tracked("idle");
    const wait = () =>
      new Promise<void>((resolve) => Number.isFinite(ms) && setTimeout(resolve, ms));
    page.add(
      label,
      new Button("work", {
        onClick: async () => {
          log.push("handler started");
          await wait();
          log.push("handler finished");
        },
      }),
    );
  };
}

let server: Server | undefined;
afterEach(async () => {
  if (server) {
    server.closeAllConnections();
    await new Promise((resolve) => server!.close(resolve));
  }
  server = undefined;
  log.length = 0;
});

async function host(main: ft.AppMain, options: ft.AppOptions = {}) {
  const web = ft.app(main, { ...testOptions, ...options, exportApp: true });
  server = web.attach(createServer()).listen(0, "127.0.0.1");
  await new Promise((resolve) => server!.once("listening", resolve));
  return { web, base: baseOf(server), ws: `${baseOf(server).replace("http", "ws")}/ws` };
}

describe("WebApp.close", () => {
  it("does not hang on a handler that never finishes, and runs willUnmount and onClose", async () => {
    const { web, ws } = await host(slowApp(Number.POSITIVE_INFINITY));
    const { socket, client } = await connectClient(ws);
    client.sendEvent(findText(client, "work")!, "click");
    await until(() => log.includes("handler started"));
    const started = Date.now();
    const closedCode = new Promise((resolve) => socket.once("close", resolve));
    await web.close(300);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(log).toEqual(["handler started", "willUnmount", "onClose"]);
    expect(await closedCode).toBeTypeOf("number");
  });

  it("lets a running handler finish within the grace period before closing sessions", async () => {
    const { web, ws } = await host(slowApp(100));
    const { client } = await connectClient(ws);
    client.sendEvent(findText(client, "work")!, "click");
    await until(() => log.includes("handler started"));
    await web.close(5_000);
    expect(log).toEqual(["handler started", "handler finished", "willUnmount", "onClose"]);
  });

  it("refuses new requests and WebSockets while shutting down", async () => {
    const { web, base, ws } = await host(slowApp(Number.POSITIVE_INFINITY));
    const { client } = await connectClient(ws);
    client.sendEvent(findText(client, "work")!, "click");
    await until(() => log.includes("handler started"));
    const closing = web.close(300);
    expect((await raw(base, "/")).status).toBe(503);
    await expect(openSocket(ws)).rejects.toThrow("HTTP 503");
    await closing;
  });
});

describe("ft.app", () => {
  it("resolves to a running app that closes itself and its signal handlers", async () => {
    const before = process.listenerCount("SIGTERM");
    const running = await ft.app(slowApp(0), {
      ...testOptions,
      port: 0,
      host: "127.0.0.1",
      handleSignals: true,
    });
    expect(running.url).toBe(`http://127.0.0.1:${running.port}/`);
    expect(process.listenerCount("SIGTERM")).toBe(before + 1);
    expect((await raw(`http://127.0.0.1:${running.port}`, "/")).status).toBe(200);
    await running.close();
    expect(process.listenerCount("SIGTERM")).toBe(before);
    await expect(raw(`http://127.0.0.1:${running.port}`, "/")).rejects.toThrow();
  });

  it("shuts down gracefully on SIGTERM, closing sessions, then exits", async () => {
    const script = fileURLToPath(new URL("../fixtures/signal-app.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => void (output += chunk));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once("exit", (_code, signal) => resolve(signal)),
    );
    onTestFinished(() => void child.kill("SIGKILL"));
    await until(() => output.includes("READY"), 15_000);
    const port = /READY (\d+)/.exec(output)![1];
    const { client } = await connectClient(`ws://127.0.0.1:${port}/ws`);
    await until(() => findText(client, "hi") !== undefined);
    child.kill("SIGTERM");
    expect(await exited).toBe("SIGTERM");
    expect(output).toContain("willUnmount\nonClose");
  });
});

describe("ft.app listening", () => {
  it("says what to do when the port is taken, and leaves nothing running", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const { port } = taken.address() as { port: number };
    onTestFinished(() => new Promise<void>((resolve) => taken.close(() => resolve())));
    await expect(
      ft.app(() => {}, { ...testOptions, port, host: "127.0.0.1", handleSignals: false }),
    ).rejects.toMatchObject({
      code: ft.ErrorCode.CONFIG_INVALID,
      message: expect.stringContaining(
        `Expected to listen on 127.0.0.1:${port}, but EADDRINUSE. Another process is listening on 127.0.0.1:${port}: stop it, or pick another port with the "port" option, FLET_SERVER_PORT or \`flet-ts run --port\`.`,
      ),
    });
    expect(process.listenerCount("SIGTERM")).toBe(0);
  });
});
