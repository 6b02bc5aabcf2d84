/**
 * `bottomsheet`: a Material 3 modal bottom sheet on a native modal `<dialog>`.
 * @module
 */
import { cssColor } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";
import { syncOpen, wireModal } from "./modal.js";

/**
 * Draws `bottomsheet`: slides up from the bottom, optional drag handle. Escape or a
 * scrim click sends `dismiss` with `open: false` while `dismissible` (default).
 */
export const bottomSheetRenderer: MaterialRenderer<HTMLDialogElement> = {
  create(ctx) {
    const dialog = h("dialog", "", { "aria-modal": "true", "aria-label": "Bottom sheet" });
    wireModal(dialog, ctx, () => ctx.props.dismissible !== false);
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
    if (p.open === true) dialog.dataset.fletOpen = "";
    else delete dialog.dataset.fletOpen;
    syncOpen(dialog, p.open === true);
  },
};
