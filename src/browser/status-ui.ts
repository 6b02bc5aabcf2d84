import type { ErrorMessage } from "../protocol/messages.js";

function element<TTag extends keyof HTMLElementTagNameMap>(
  tag: TTag,
  className: string,
  text = "",
): HTMLElementTagNameMap[TTag] {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

/**
 * The client's own UI, outside the app's tree: a polite "Reconnecting…" pill, the
 * "Session expired" prompt with a Reload button, and (in dev mode) an overlay showing
 * server errors with their stacks.
 */
export class StatusUi {
  readonly #pill = element("div", "flet-status");
  readonly #root: HTMLElement;
  #prompt: HTMLElement | undefined;
  #overlay: HTMLElement | undefined;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#pill.setAttribute("role", "status");
    this.#pill.setAttribute("aria-live", "polite");
    this.#pill.hidden = true;
    root.append(this.#pill);
  }

  /** Shows `text` in the status pill, or hides it (`undefined`). */
  status(text: string | undefined): void {
    this.#pill.hidden = text === undefined;
    // Setting the same text again would make screen readers repeat it.
    if (text !== undefined && this.#pill.textContent !== text) this.#pill.textContent = text;
  }

  /** Shows a blocking prompt (`Session expired`) with a Reload button. */
  prompt(title: string, detail: string): void {
    this.status(undefined);
    this.#prompt?.remove();
    const box = element("div", "flet-prompt");
    box.setAttribute("role", "alertdialog");
    box.setAttribute("aria-modal", "true");
    const heading = element("h2", "flet-prompt-title", title);
    heading.id = "flet-prompt-title";
    box.setAttribute("aria-labelledby", heading.id);
    const button = element("button", "flet-prompt-reload", "Reload");
    button.type = "button";
    button.onclick = () => window.location.reload();
    box.append(heading, element("p", "flet-prompt-detail", detail), button);
    const scrim = element("div", "flet-prompt-scrim");
    scrim.append(box);
    this.#root.append(scrim);
    this.#prompt = scrim;
    button.focus();
  }

  /** Adds a server error to the dev overlay (dismissible). */
  error(error: ErrorMessage): void {
    if (this.#overlay === undefined) {
      const overlay = element("div", "flet-dev-overlay");
      overlay.setAttribute("role", "alert");
      const close = element("button", "flet-dev-close", "Dismiss");
      close.type = "button";
      close.onclick = () => {
        overlay.remove();
        this.#overlay = undefined;
      };
      overlay.append(element("div", "flet-dev-heading", "Server error"), close);
      this.#root.append(overlay);
      this.#overlay = overlay;
    }
    const text = `${error.code}: ${error.message}`;
    // A reconnecting tab may hear the same error again (a stopped app under flet-ts run -r).
    for (const shown of this.#overlay.querySelectorAll(".flet-dev-message"))
      if (shown.textContent === text) return;
    const entry = element("section", "flet-dev-error");
    entry.append(element("div", "flet-dev-message", text));
    if (error.stack) entry.append(element("pre", "flet-dev-stack", error.stack));
    this.#overlay.append(entry);
  }
}
