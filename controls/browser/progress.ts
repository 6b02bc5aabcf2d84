/**
 * `progressbar` and `progressring`: Material 3 linear and circular progress indicators,
 * determinate (`value` 0-1) or indeterminate (no `value`).
 * @module
 */
import { cssColor } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, type MdElement, px } from "./dom.js";
import { need } from "./lazy.js";

/** The padding of `md-circular-progress` around its circle. */
const RING_PADDING = 4;

function progressRenderer(kind: "linear" | "circular"): MaterialRenderer<HTMLElement> {
  const tag = `md-${kind}-progress`;
  return {
    create() {
      need("progress");
      const wrapper = h("div");
      wrapper.append(h(tag));
      return wrapper;
    },
    update(wrapper, ctx) {
      const p = ctx.props;
      const bar = wrapper.querySelector(tag) as MdElement;
      const determinate = typeof p.value === "number";
      bar.indeterminate = !determinate;
      bar.max = 1;
      bar.value = determinate ? Math.max(0, Math.min(1, p.value as number)) : 0;
      const name = typeof p.tooltip === "string" ? p.tooltip : "Progress";
      bar.setAttribute("aria-label", name);
      const color = cssColor(p.color);
      const track = cssColor(p.bgcolor);
      const set = (token: string, value: string | undefined) =>
        value ? bar.style.setProperty(token, value) : bar.style.removeProperty(token);
      set(`--md-${kind}-progress-active-indicator-color`, color);
      if (kind === "linear") {
        set("--md-linear-progress-track-color", track);
        const height = px(p.barHeight);
        set("--md-linear-progress-track-height", height);
        set("--md-linear-progress-active-indicator-height", height);
      } else {
        const size = typeof p.width === "number" ? p.width : 40;
        const stroke = typeof p.strokeWidth === "number" ? p.strokeWidth : 4;
        set("--md-circular-progress-active-indicator-width", String((stroke / size) * 100));
        // Flutter's backgroundColor is a full circle under the arc (Material Web has no
        // track): a ring of the same width inside the progress element's 4px padding.
        let ring = wrapper.querySelector<HTMLElement>(":scope > .flet-progressring-track");
        if (track) {
          ring ??= wrapper.insertBefore(h("span", "flet-progressring-track"), bar);
          ring.style.borderColor = track;
          ring.style.borderWidth = `${(stroke / size) * (size - 2 * RING_PADDING)}px`;
        } else ring?.remove();
      }
    },
  };
}

/** Draws `progressbar` as `md-linear-progress` (`role="progressbar"` with `aria-valuenow`). */
export const progressBarRenderer = progressRenderer("linear");
/** Draws `progressring` as `md-circular-progress` (40px unless sized; `strokeWidth` 4). */
export const progressRingRenderer = progressRenderer("circular");
