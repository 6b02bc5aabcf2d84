/**
 * `page.media`: the safe area (`env(safe-area-inset-*)`) and the on-screen keyboard (the
 * VisualViewport) as Flet's PageMediaData, sent to the server as the page event
 * `mediaChange` when a session's page first renders and whenever it changes.
 * @module
 */

/** Distances from the page's four edges, in CSS pixels. */
export interface MediaSides {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The data of `mediaChange` (Flet's PageMediaData). */
export interface PageMedia {
  padding: MediaSides;
  viewPadding: MediaSides;
  viewInsets: MediaSides;
}

const NONE: MediaSides = { left: 0, top: 0, right: 0, bottom: 0 };

/** A fixed, invisible box whose padding is the safe-area insets. */
function probe(): HTMLElement {
  const element = document.createElement("div");
  element.setAttribute("aria-hidden", "true");
  element.className = "flet-safe-area-probe";
  const style = element.style;
  style.position = "fixed";
  style.inset = "0";
  style.visibility = "hidden";
  style.pointerEvents = "none";
  style.padding =
    "env(safe-area-inset-top, 0px) env(safe-area-inset-right, 0px) env(safe-area-inset-bottom, 0px) env(safe-area-inset-left, 0px)";
  document.body.append(element);
  return element;
}

function px(value: string): number {
  const n = Number.parseFloat(value);
  return Number.isFinite(n) && n > 0 ? Math.round(n * 100) / 100 : 0;
}

/**
 * Measures the media now: `viewPadding` from the safe-area probe; `viewInsets.bottom`
 * from how much of the layout viewport the visual viewport (unzoomed) leaves out at the
 * bottom, the on-screen keyboard; `padding` is `viewPadding` less the insets.
 */
export function measureMedia(safeArea: HTMLElement): PageMedia {
  const style = getComputedStyle(safeArea);
  const viewPadding = {
    left: px(style.paddingLeft),
    top: px(style.paddingTop),
    right: px(style.paddingRight),
    bottom: px(style.paddingBottom),
  };
  const viewport = window.visualViewport;
  const keyboard = viewport
    ? Math.max(0, Math.round(window.innerHeight - viewport.height * viewport.scale))
    : 0;
  const viewInsets = { ...NONE, bottom: keyboard };
  const padding = {
    left: viewPadding.left,
    top: viewPadding.top,
    right: viewPadding.right,
    bottom: Math.max(0, viewPadding.bottom - keyboard),
  };
  return { padding, viewPadding, viewInsets };
}

/** What {@link watchMedia} returns. */
export interface MediaWatch {
  /** Sends the media if it was never sent for this session's page, or changed. */
  sync(): void;
  /** A new session's page is coming: the next {@link sync} sends the media again. */
  reset(): void;
}

/**
 * Watches the safe area and the visual viewport (resize, orientation) and calls `send`
 * with the new media when it changed, once per animation frame at most; nothing is sent
 * before the first {@link MediaWatch.sync}.
 *
 * @example
 * ```ts
 * const media = watchMedia((data) => host.send("mediaChange", data));
 * media.sync(); // after the page rendered
 * ```
 */
export function watchMedia(send: (media: PageMedia) => void): MediaWatch {
  let element: HTMLElement | undefined;
  let last: string | undefined;
  let started = false;
  let frame: number | undefined;
  const sync = () => {
    frame = undefined;
    if (!started) return;
    element ??= probe();
    const media = measureMedia(element);
    const json = JSON.stringify(media);
    if (json === last) return;
    last = json;
    send(media);
  };
  const later = () => {
    if (frame === undefined) frame = requestAnimationFrame(sync);
  };
  window.addEventListener("resize", later);
  window.addEventListener("orientationchange", later);
  window.visualViewport?.addEventListener("resize", later);
  return {
    sync() {
      started = true;
      sync();
    },
    reset() {
      last = undefined;
    },
  };
}
