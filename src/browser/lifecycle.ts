/**
 * Derives Flutter's app lifecycle transitions from browser events, sending each state
 * name through `send`:
 *
 * | browser event                         | state      |
 * |---------------------------------------|------------|
 * | window `focus`                        | `resume`   |
 * | window `blur`                         | `inactive` |
 * | `visibilitychange` → visible          | `show`     |
 * | `visibilitychange` → hidden           | `hide`     |
 * | `freeze`, `pagehide` (kept in bfcache)| `pause`    |
 * | `resume`, `pageshow` from bfcache     | `restart`  |
 * | `pagehide` (page discarded)           | `detach`   |
 */
export function watchLifecycle(send: (state: string) => void): void {
  window.addEventListener("focus", () => send("resume"));
  window.addEventListener("blur", () => send("inactive"));
  document.addEventListener("visibilitychange", () =>
    send(document.visibilityState === "visible" ? "show" : "hide"),
  );
  document.addEventListener("freeze", () => send("pause"));
  document.addEventListener("resume", () => send("restart"));
  window.addEventListener("pagehide", (event) => send(event.persisted ? "pause" : "detach"));
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) send("restart");
  });
}
