import { spawn } from "node:child_process";
import type { Logger } from "../session/logger.js";

/**
 * Tries to open `url` in the default browser; failures are only logged. The URL is one
 * the server built (`http://127.0.0.1:port/path` with plain path segments) and is passed
 * as an argument, never through a shell string.
 * @internal
 */
export function openBrowser(url: string, logger: Logger): void {
  const [command, args] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["rundll32", ["url.dll,FileProtocolHandler", url]]
        : ["xdg-open", [url]];
  try {
    const child = spawn(command, args, { stdio: "ignore", detached: true });
    child.on("error", () => logger.info(`Open ${url} in a browser.`));
    child.unref();
  } catch {
    logger.info(`Open ${url} in a browser.`);
  }
}
