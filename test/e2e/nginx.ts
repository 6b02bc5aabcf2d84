// Debian's real nginx for the tests that need a proxy or a static host: started on
// 127.0.0.1 at a free port with its own temporary prefix, stopped and cleaned up after.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A running nginx: its base URL (`http://127.0.0.1:<port>`, no trailing slash). */
export interface Nginx {
  readonly origin: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts nginx with one `server` whose body is `server` (the `listen` line is added), and
 * waits until `ready` (a path) answers 2xx; fails with nginx's error log otherwise.
 */
export async function startNginx(options: {
  server: string;
  ready: string;
  mimeTypes?: boolean;
}): Promise<Nginx> {
  const dir = await mkdtemp(join(tmpdir(), "flet-nginx-"));
  const port = await freePort();
  await writeFile(
    join(dir, "nginx.conf"),
    `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  ${options.mimeTypes ? "include /etc/nginx/mime.types;" : ""}
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    ${options.server}
  }
}
`,
  );
  const child: ChildProcess = spawn(
    "/usr/sbin/nginx",
    ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", join(dir, "error.log")],
    { stdio: "ignore" },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    const ok = await fetch(`${origin}${options.ready}`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    if (tries > 100 || child.exitCode !== null) {
      const log = await readFile(join(dir, "error.log"), "utf8").catch(() => "");
      child.kill();
      throw new Error(`nginx did not start: ${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    async stop() {
      child.kill("SIGTERM");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
