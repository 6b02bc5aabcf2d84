import type { ClientCallHandler } from "../client/client-connection.js";

/**
 * The tester's stand-in for the browser's side effects: storage, clipboard and opened
 * URLs live in memory, where tests can read and preset them.
 *
 * @example
 * ```ts
 * t.browser.storage.set("theme", JSON.stringify("dark")); // preset client storage
 * await t.tap(t.find.text("Open docs"));
 * expect(t.browser.launchedUrls).toEqual(["https://example.com/docs"]);
 * ```
 */
export class MemoryBrowser implements ClientCallHandler {
  /** `page.clientStorage`, as stored JSON strings. */
  readonly storage = new Map<string, string>();
  /** URLs opened by `page.launchUrl`. */
  readonly launchedUrls: string[] = [];
  /** The clipboard. */
  clipboard: string | undefined;
  /** The id of the control that has the keyboard focus (moved by `control.focus()`). */
  focusedId: string | undefined;
  /**
   * Says whether the control with this id could take the focus (on the page, not hidden,
   * not disabled). The tester sets it; by default every control can.
   */
  canFocus: (id: string) => boolean = () => true;
  /**
   * The ids of the popup menu buttons whose menu the user has open, and of the search bars
   * whose view is open (they open in the browser alone).
   */
  readonly openMenus = new Set<string>();
  /**
   * Swipes of Dismissibles waiting for the app's `confirmDismiss(answer)`, by control id
   * (the tester sets them).
   */
  readonly answers = new Map<string, (dismiss: boolean) => void>();
  /** Every call the server made, in order. */
  readonly calls: { method: string; args: Record<string, unknown>; target?: string }[] = [];

  call(method: string, args: Record<string, unknown>, target?: string): unknown {
    this.calls.push(target === undefined ? { method, args } : { method, args, target });
    const key = String(args.key ?? "");
    switch (method) {
      case "clientStorage.set":
        this.storage.set(key, String(args.value));
        return true;
      case "clientStorage.get":
        return this.storage.get(key) ?? null;
      case "clientStorage.containsKey":
        return this.storage.has(key);
      case "clientStorage.remove":
        return this.storage.delete(key);
      case "clientStorage.getKeys":
        return [...this.storage.keys()].filter((name) =>
          name.startsWith(String(args.prefix ?? "")),
        );
      case "clientStorage.clear":
        this.storage.clear();
        return true;
      case "launchUrl":
        this.launchedUrls.push(String(args.url));
        return true;
      case "setClipboard":
        this.clipboard = String(args.text);
        return true;
      case "getClipboard":
        return this.clipboard ?? null;
      case "openView":
        // SearchBar.openView()/closeView(): its view opens or closes in the browser.
        if (target !== undefined) this.openMenus.add(target);
        return true;
      case "closeView":
        if (target !== undefined) this.openMenus.delete(target);
        return true;
      case "focus":
        // As the browser: a hidden or disabled control does not take the focus.
        if (target === undefined || !this.canFocus(target)) return false;
        this.focusedId = target;
        return true;
      case "confirm_dismiss": {
        const answer = target === undefined ? undefined : this.answers.get(target);
        if (target !== undefined) this.answers.delete(target);
        answer?.(args.dismiss === true || args.dismiss === "true");
        return null;
      }
      default:
        return true;
    }
  }
}
