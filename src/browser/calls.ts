import type { ClientCallHandler } from "../client/client-connection.js";
import { ErrorCode, FletError } from "../core/errors.js";
import { focusControlElement } from "./focus.js";
import { openUrl } from "./open-url.js";

const STORAGE_PREFIX = "flet.";

/**
 * Finds the renderer method `method` of control `target`, bound to its element.
 *
 * @example
 * ```ts
 * new BrowserCalls(
 *   (id) => runtime.element(id),
 *   (id, method) => runtime.method(id, method),
 *   (id) => runtime.whenDrawn(id),
 * );
 * ```
 */
export type MethodLookup = (
  target: string,
  method: string,
) => ((args: Record<string, unknown>) => unknown) | undefined;

/**
 * The browser's answers to the server's calls: `page.clientStorage` on `localStorage`
 * (keys prefixed `flet.`), the clipboard, opening URLs, scrolling a view, and the
 * `methods` of a targeted control's renderer (`control.invoke(...)` on the server), and
 * `focus` of any control without its own (see {@link focusControlElement}).
 */
export class BrowserCalls implements ClientCallHandler {
  readonly #element: (id: string) => HTMLElement | undefined;
  readonly #method: MethodLookup | undefined;
  readonly #drawn: ((id: string) => Promise<void> | undefined) | undefined;

  /**
   * `drawn(id)` is a promise while the control's renderer is still loading (a lazy
   * renderer): calls to it wait until the real element is there.
   */
  constructor(
    element: (id: string) => HTMLElement | undefined,
    method?: MethodLookup,
    drawn?: (id: string) => Promise<void> | undefined,
  ) {
    this.#element = element;
    this.#method = method;
    this.#drawn = drawn;
  }

  call(method: string, args: Record<string, unknown>, target?: string): unknown {
    const waiting = target === undefined ? undefined : this.#drawn?.(target);
    if (waiting !== undefined) return waiting.then(() => this.#call(method, args, target));
    return this.#call(method, args, target);
  }

  #call(method: string, args: Record<string, unknown>, target?: string): unknown {
    const own = target === undefined ? undefined : this.#method?.(target, method);
    if (own !== undefined) return own(args);
    const key = STORAGE_PREFIX + String(args.key ?? "");
    switch (method) {
      case "clientStorage.set":
        localStorage.setItem(key, String(args.value));
        return true;
      case "clientStorage.get":
        return localStorage.getItem(key);
      case "clientStorage.containsKey":
        return localStorage.getItem(key) !== null;
      case "clientStorage.remove": {
        const had = localStorage.getItem(key) !== null;
        localStorage.removeItem(key);
        return had;
      }
      case "clientStorage.getKeys":
        return this.#keys(String(args.prefix ?? ""));
      case "clientStorage.clear":
        for (const name of this.#keys("")) localStorage.removeItem(STORAGE_PREFIX + name);
        return true;
      case "launchUrl":
        return this.#launch(args);
      case "setClipboard":
        return navigator.clipboard.writeText(String(args.text)).then(() => true);
      case "getClipboard":
        return navigator.clipboard.readText();
      case "scrollTo":
        return this.#scroll(args, target);
      case "focus":
        return focusControlElement(target === undefined ? undefined : this.#element(target));
      default:
        throw new FletError(
          ErrorCode.CALL_FAILED,
          `Expected a call this browser client knows (launchUrl, setClipboard, getClipboard, scrollTo, ...), but got "${method}". Update the page (reload) if the server is newer.`,
          { method },
        );
    }
  }

  #keys(prefix: string): string[] {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (name?.startsWith(STORAGE_PREFIX + prefix)) keys.push(name.slice(STORAGE_PREFIX.length));
    }
    return keys;
  }

  #launch(args: Record<string, unknown>): boolean {
    const name = typeof args.webWindowName === "string" ? args.webWindowName : "_blank";
    const features = args.webPopupWindow
      ? `popup,width=${Number(args.windowWidth) || 800},height=${Number(args.windowHeight) || 600}`
      : undefined;
    return openUrl(args.url, name, features);
  }

  #scroll(args: Record<string, unknown>, target: string | undefined): boolean {
    const view = target === undefined ? undefined : this.#element(target);
    const box = view?.querySelector<HTMLElement>(".flet-view-body") ?? view;
    if (box === undefined) return false;
    const behavior: ScrollBehavior = Number(args.duration) > 0 ? "smooth" : "auto";
    if (typeof args.key === "string") {
      box.querySelector(`[data-key="${CSS.escape(args.key)}"]`)?.scrollIntoView({ behavior });
    } else if (typeof args.offset === "number") {
      box.scrollTo({ top: args.offset < 0 ? box.scrollHeight : args.offset, behavior });
    } else if (typeof args.delta === "number") {
      box.scrollBy({ top: args.delta, behavior });
    }
    return true;
  }
}
