/**
 * The browser entry of the semantics pack: renderers for `semantics` (ARIA roles, names,
 * states and keyboard actions), `mergesemantics` (one merged node) and
 * `semanticsservice` (announcements through live regions), plus the semantics debugger,
 * toggled by `page.showSemanticsDebugger`. Importing it registers everything (the client
 * bundle picks it up by itself).
 *
 * @example
 * ```ts
 * import "./semantics/browser/index.js";
 * ```
 * @module
 */
import { defineRenderer, onPageChange } from "flet-ts/browser";
import { semanticsServiceRenderer } from "./announcer.js";
import { setSemanticsDebugger } from "./debugger.js";
import { mergeSemanticsRenderer } from "./merge-semantics.js";
import { semanticsRenderer } from "./semantics.js";
import { installSemanticsStyles } from "./styles.js";

export { announce, liveRegion } from "./announcer.js";
export { type Aria, ariaOf } from "./aria.js";
export { nameOf, roleOf, semanticNodes, setSemanticsDebugger } from "./debugger.js";
export { mergedText } from "./merge-semantics.js";

/**
 * Registers the pack's renderers, its styles and the debugger's page listener. Runs on
 * import; calling it again is harmless.
 *
 * @example
 * ```ts
 * registerSemantics();
 * ```
 */
export function registerSemantics(): void {
  installSemanticsStyles();
  defineRenderer("semantics", semanticsRenderer);
  defineRenderer("mergesemantics", mergeSemanticsRenderer);
  defineRenderer("semanticsservice", semanticsServiceRenderer);
  if (!registered) {
    registered = true;
    onPageChange((props, changed) => {
      if (changed.has("showSemanticsDebugger"))
        setSemanticsDebugger(props.showSemanticsDebugger === true);
    });
  }
}

let registered = false;

registerSemantics();
