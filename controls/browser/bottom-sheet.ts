/**
 * `bottomsheet`: a Material 3 modal bottom sheet on a native modal `<dialog>`.
 * @module
 */
import { cssColor } from "flet-ts/browser";
import { elevationCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";
import { syncOpen, wireModal } from "./modal.js";
import { swipeToDismiss, swipeTouchAction } from "./swipe.js";

/**
 * Draws `bottomsheet`: slides up from the bottom, optional drag handle. Escape or a
 * scrim click sends `dismiss` with `open: false` while `dismissible` (default); with
 * `enableDrag` a swipe down does too.
 */
export const bottomSheetRenderer: MaterialRenderer<HTMLDialogElement> = {
  create(ctx) {
    const dialog = h("dialog", "", { "aria-modal": "true", "aria-label": "Bottom sheet" });
    const dismiss = wireModal(dialog, ctx, () => ctx.props.dismissible !== false);
    swipeToDismiss(dialog, () => (ctx.props.enableDrag === true ? "down" : "none"), dismiss);
    return dialog;
  },
  update(dialog, ctx) {
    const p = ctx.props;
    const handle =
      p.showDragHandle === true
        ? (dialog.querySelector(".flet-sheet-handle") ?? h("div", "flet-sheet-handle"))
        : null;
    place(dialog, [handle, ctx.child("content")]);
    dialog.style.backgroundColor = cssColor(p.bgcolor) ?? "";
    dialog.style.boxShadow = typeof p.elevation === "number" ? elevationCss(p.elevation) : "";
    dialog.style.touchAction = swipeTouchAction(p.enableDrag === true ? "down" : "none");
    // Flutter: at most 9/16 of the screen's height unless scroll-controlled; with
    // useSafeArea (the default) the sheet stays clear of the device's notches and bars.
    const safe = p.useSafeArea !== false;
    const top = safe ? " - env(safe-area-inset-top)" : "";
    dialog.style.maxHeight =
      p.isScrollControlled === true ? `calc(100vh${top})` : `min(56.25vh, calc(100vh${top}))`;
    // With maintainBottomViewInsetsPadding (the default) it is padded by the on-screen
    // keyboard where the browser reports its height (the VirtualKeyboard API's inset).
    const bottom = [
      safe ? "env(safe-area-inset-bottom, 0px)" : "",
      p.maintainBottomViewInsetsPadding !== false ? "env(keyboard-inset-height, 0px)" : "",
    ].filter(Boolean);
    dialog.style.paddingBottom =
      bottom.length > 1 ? `calc(${bottom.join(" + ")})` : (bottom[0] ?? "");
    if (p.open === true) dialog.dataset.fletOpen = "";
    else delete dialog.dataset.fletOpen;
    syncOpen(dialog, p.open === true);
  },
};
