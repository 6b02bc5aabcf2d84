// A small EventSource for Node (which has none before v22), enough for the browser's
// SseTransport: named events, multi-line data, `error` when the stream ends.

/** A fetch-based stand-in for the browser's EventSource. */
export class NodeEventSource extends EventTarget {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly #abort = new AbortController();
  #closed = false;

  constructor(url: string) {
    super();
    void this.#run(url);
  }

  close(): void {
    this.#closed = true;
    this.#abort.abort();
  }

  async #run(url: string): Promise<void> {
    try {
      const response = await fetch(url, {
        headers: { Accept: "text/event-stream" },
        signal: this.#abort.signal,
      });
      if (!response.ok || response.body === null) throw new Error(String(response.status));
      const decoder = new TextDecoder();
      let buffer = "";
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          this.#dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
        }
      }
    } catch {}
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
      else if (line === "data") data.push("");
    }
    if (data.length === 0) return;
    const event = new MessageEvent(type, { data: data.join("\n") });
    if (type === "message") this.onmessage?.(event);
    else this.dispatchEvent(event);
  }
}
