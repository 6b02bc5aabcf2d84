/**
 * Live regions for `SemanticsService`: one polite (`role="status"`) and one assertive
 * (`role="alert"`) region per document, visually hidden, outside the app's root so that
 * re-renders never remove them. Each announcement clears the region and then sets the
 * text, so a repeated message is announced again.
 * @module
 */
import type { Renderer } from "flet-ts/browser";

/** How long a region stays empty before the message is set (screen readers need a gap). */
const GAP_MS = 50;
const timers = new Map<string, ReturnType<typeof setTimeout>>();

/**
 * The live region of `assertiveness`, created on first use.
 *
 * @example
 * ```ts
 * liveRegion("polite").textContent; // the last polite announcement
 * ```
 */
export function liveRegion(assertiveness: "polite" | "assertive"): HTMLElement {
  const id = `flet-live-${assertiveness}`;
  let region = document.getElementById(id);
  if (region === null) {
    region = document.createElement("div");
    region.id = id;
    region.className = "flet-live-region flet-visually-hidden";
    region.setAttribute("role", assertiveness === "polite" ? "status" : "alert");
    region.setAttribute("aria-live", assertiveness);
    region.setAttribute("aria-atomic", "true");
    document.body.append(region);
  }
  return region;
}

/**
 * Announces `message` through a live region.
 *
 * @example
 * ```ts
 * announce("Saved", { assertiveness: "polite" });
 * ```
 */
export function announce(
  message: string,
  options: { assertiveness?: unknown; rtl?: unknown } = {},
): void {
  const assertiveness = options.assertiveness === "assertive" ? "assertive" : "polite";
  const region = liveRegion(assertiveness);
  region.textContent = "";
  clearTimeout(timers.get(assertiveness));
  timers.set(
    assertiveness,
    setTimeout(() => {
      const line = document.createElement("span");
      line.dir = options.rtl === true ? "rtl" : "ltr";
      line.textContent = message;
      region.replaceChildren(line);
    }, GAP_MS),
  );
}

/**
 * The renderer of `semanticsservice`: an empty, hidden element whose methods announce.
 *
 * @example
 * ```ts
 * defineRenderer("semanticsservice", semanticsServiceRenderer);
 * ```
 */
export const semanticsServiceRenderer: Renderer<HTMLElement> = {
  create() {
    liveRegion("polite");
    liveRegion("assertive");
    const element = document.createElement("div");
    element.hidden = true;
    element.className = "flet-semantics-service";
    return element;
  },
  update() {},
  methods: {
    announceMessage(_element, args) {
      announce(String(args.message ?? ""), args);
      return true;
    },
    announceTooltip(_element, args) {
      announce(String(args.message ?? ""));
      return true;
    },
  },
};
