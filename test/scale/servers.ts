/**
 * Real servers for the scale-out tests: redis-server, nginx and app processes, each a
 * child process on a free loopback port, with its output kept for failure messages.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const REDIS_SERVER = "/usr/bin/redis-server";
export const NGINX = "/usr/sbin/nginx";

/** Fails (never skips) when a server binary is missing, saying how to install it. */
export function requireBinary(path: string, debianPackage: string): void {
  if (!existsSync(path)) {
    throw new Error(
      `Expected ${path} for the scale-out tests, but it is missing. Install it: apt-get install -y ${debianPackage} (.ci/run does this).`,
    );
  }
}

/** A TCP port that was free a moment ago, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts TCP connections on `port`, or fails after `ms`. */
export async function waitForPort(port: number, ms = 15_000, child?: Child): Promise<void> {
  const start = Date.now();
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: "127.0.0.1", port });
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    if (child?.exited)
      throw new Error(`${child.name} exited before listening on ${port}:\n${child.output}`);
    if (Date.now() - start > ms)
      throw new Error(`Nothing listened on 127.0.0.1:${port} within ${ms} ms.\n${child?.output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A child process and what it printed. */
export interface Child {
  readonly name: string;
  readonly process: ChildProcess;
  readonly output: string;
  readonly exited: boolean;
  /** Stops it: SIGTERM, then SIGKILL after `graceMs`; resolves once it exited. */
  kill(graceMs?: number): Promise<void>;
}

export function startChild(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Child {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let exited = false;
  const onData = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const exit = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      resolve();
    }),
  );
  return {
    name,
    process: child,
    get output() {
      return output;
    },
    get exited() {
      return exited;
    },
    async kill(graceMs = 3_000) {
      if (exited) return;
      child.kill(graceMs > 0 ? "SIGTERM" : "SIGKILL");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** A redis-server on a free port, without persistence. */
export interface RedisServer {
  readonly port: number;
  readonly url: string;
  readonly child: Child;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  requireBinary(REDIS_SERVER, "redis-server");
  const port = await freePort();
  const child = startChild("redis-server", REDIS_SERVER, [
    "--port",
    String(port),
    "--bind",
    "127.0.0.1",
    "--save",
    "",
    "--appendonly",
    "no",
  ]);
  await waitForPort(port, 10_000, child);
  return { port, url: `redis://127.0.0.1:${port}/0`, child, stop: () => child.kill() };
}

/** nginx in front of `backends`, sticky on the `flet_affinity` cookie. */
export interface NginxServer {
  readonly port: number;
  readonly url: string;
  readonly child: Child;
  stop(): Promise<void>;
}

export async function startNginx(backends: number[]): Promise<NginxServer> {
  requireBinary(NGINX, "nginx");
  const dir = mkdtempSync(join(tmpdir(), "flet-nginx-"));
  const port = await freePort();
  const conf = join(dir, "nginx.conf");
  writeFileSync(
    conf,
    `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
worker_processes 1;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  map $http_upgrade $connection_upgrade {
    default upgrade;
    '' close;
  }
  upstream app {
    hash $cookie_flet_affinity consistent;
${backends.map((backend) => `    server 127.0.0.1:${backend};`).join("\n")}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $http_host;
      proxy_read_timeout 3600s;
    }
  }
}
`,
  );
  try {
    execFileSync(NGINX, ["-t", "-e", `${dir}/error.log`, "-c", conf, "-p", dir], { stdio: "pipe" });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    throw new Error(`nginx -t refused the test config:\n${stderr}`);
  }
  const child = startChild("nginx", NGINX, ["-e", `${dir}/error.log`, "-c", conf, "-p", dir]);
  await waitForPort(port, 10_000, child);
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    child,
    async stop() {
      await child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
