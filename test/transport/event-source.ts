// A small EventSource for Node (which has none before v22), enough for the browser's
// SseTransport: named events, multi-line data, `error` when the stream ends. It and
// `fetchWithOrigin` use node:http without keep-alive, so no idle connection outlives a test.
import { type IncomingMessage, request } from "node:http";

/** A node:http stand-in for the browser's EventSource. */
export class NodeEventSource extends EventTarget {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly #req: ReturnType<typeof request>;
  #closed = false;

  constructor(url: string) {
    super();
    this.#req = request(url, { agent: false, headers: { Accept: "text/event-stream" } });
    this.#req.on("response", (res: IncomingMessage) => {
      if (res.statusCode !== 200) return this.#fail();
      res.setEncoding("utf8");
      let buffer = "";
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          this.#dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
        }
      });
      res.on("close", () => this.#fail());
    });
    this.#req.on("error", () => this.#fail());
    this.#req.end();
  }

  close(): void {
    this.#closed = true;
    this.#req.destroy();
  }

  #fail(): void {
    if (this.#closed) return;
    this.#closed = true;
    const event = new Event("error");
    this.onerror?.(event);
    this.dispatchEvent(event);
  }

  #dispatch(block: string): void {
    if (this.#closed) return;
    let type = "message";
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event: ")) type = line.slice(7);
      else if (line.startsWith("data: ")) data.push(line.slice(6));
    }
    if (data.length === 0) return;
    const event = new MessageEvent(type, { data: data.join("\n") });
    if (type === "message") this.onmessage?.(event);
    else this.dispatchEvent(event);
  }
}

/** A `fetch` for the SseTransport's POSTs that sends `origin`, as a browser does. */
export function fetchWithOrigin(origin: string): typeof fetch {
  return ((input: string, init: RequestInit = {}) =>
    new Promise((resolve, reject) => {
      const req = request(
        input,
        {
          agent: false,
          method: init.method ?? "GET",
          headers: { ...(init.headers as Record<string, string>), Origin: origin },
        },
        (res) => {
          res.resume();
          res.on("end", () =>
            resolve({ ok: (res.statusCode ?? 0) < 300, status: res.statusCode } as Response),
          );
        },
      );
      req.on("error", reject);
      req.end(init.body as string | undefined);
    })) as typeof fetch;
}
