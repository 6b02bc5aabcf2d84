/**
 * What the dialog and the bottom sheet share: a native modal `<dialog>` (the browser
 * traps focus and makes the page behind it inert) opened and closed by the `open` prop,
 * dismissed by Escape or a click on the scrim.
 * @module
 */
import type { RenderContext } from "flet-ts/browser";

/**
 * Wires dismissal: Escape (`cancel`) and clicks on the backdrop send `dismiss` with
 * `open: false` unless `canDismiss()` says no (a modal AlertDialog, a non-dismissible
 * sheet), with `dismissData()` as the event's data (a picker's value). Returns the dismissal, for other gestures (a drawer's swipe).
 */
export function wireModal(
  dialog: HTMLDialogElement,
  ctx: RenderContext,
  canDismiss: () => boolean,
  dismissData?: () => unknown,
): () => void {
  const dismiss = () => {
    if (!canDismiss()) return;
    dialog.close();
    ctx.send("dismiss", dismissData?.(), { open: false });
  };
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    dismiss();
  });
  dialog.addEventListener("click", (event) => {
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) dismiss();
  });
  return dismiss;
}

/**
 * Opens or closes `dialog` to match `open`, waiting until the runtime has put it on the
 * page (a `<dialog>` can only be shown while connected).
 */
export function syncOpen(dialog: HTMLDialogElement, open: boolean, attempts = 10): void {
  if (!open) {
    if (dialog.open) dialog.close();
    return;
  }
  if (dialog.open) return;
  if (!dialog.isConnected) {
    if (attempts > 0)
      requestAnimationFrame(() =>
        syncOpen(dialog, dialog.dataset.fletOpen !== undefined, attempts - 1),
      );
    return;
  }
  dialog.showModal();
  // showModal() focuses the dialog itself unless it finds an [autofocus] element in its
  // light DOM; a field inside a Material component is not found, so focus it here.
  // A component focuses once it has rendered its input (Lit's `updateComplete`).
  const target = dialog.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(
    "[autofocus]",
  );
  if (target) void (target.updateComplete ?? Promise.resolve()).then(() => target.focus());
}
