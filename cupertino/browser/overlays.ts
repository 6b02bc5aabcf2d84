/**
 * `cupertinoalertdialog`, `cupertinobottomsheet` and `cupertinoactionsheet`: native
 * modal `<dialog>`s (the browser traps focus and makes the page inert).
 * @module
 */
import { cssColor, cssSides, type RenderContext, type Renderer } from "flet-ts/browser";
import { el, put, textOf } from "./dom.js";

/** Opens or closes a dialog to match `open`, once it is on the page. @example `syncOpen(dialog, true)` */
export function syncOpen(dialog: HTMLDialogElement, open: boolean, tries = 10): void {
  dialog.dataset.want = open ? "1" : "";
  if (!open) return void (dialog.open && dialog.close());
  if (dialog.open) return;
  if (!dialog.isConnected) {
    if (tries > 0)
      requestAnimationFrame(() => syncOpen(dialog, dialog.dataset.want === "1", tries - 1));
    return;
  }
  dialog.showModal();
}

function wireDismiss(dialog: HTMLDialogElement, ctx: RenderContext): void {
  const dismiss = () => {
    if (ctx.props.modal === true) return;
    dialog.close();
    ctx.send("dismiss", undefined, { open: false });
  };
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    // Escape inside an action sheet presses its cancel button.
    const cancel = dialog.querySelector<HTMLElement>(".cu-actionsheet-cancel > button");
    if (cancel) cancel.click();
    else dismiss();
  });
  dialog.addEventListener("click", (event) => {
    if (event.target !== dialog) return;
    const r = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= r.left &&
      event.clientX <= r.right &&
      event.clientY >= r.top &&
      event.clientY <= r.bottom;
    if (!inside || dialog.classList.contains("cu-clear")) dismiss();
  });
}

type Alert = HTMLDialogElement & { title_: HTMLElement; body: HTMLElement; actions: HTMLElement };

/**
 * Draws `cupertinoalertdialog` (and AlertDialog in adaptive mode): centred title and
 * message, actions side by side (two) or stacked; Material buttons in `actions` take the
 * look of dialog actions.
 *
 * @example
 * ```ts
 * cupertino("cupertinoalertdialog", alertDialogRenderer);
 * ```
 */
export const alertDialogRenderer: Renderer<Alert> = {
  create(ctx) {
    const dialog = el("dialog", "cu-alert", { "aria-modal": "true", role: "alertdialog" }) as Alert;
    const box = el("div", "cu-alert-body");
    dialog.title_ = el("h2", "cu-alert-title", { id: `cu-alert-title-${ctx.id}` });
    dialog.body = el("div", "cu-alert-content", { id: `cu-alert-content-${ctx.id}` });
    dialog.actions = el("div", "cu-alert-actions");
    box.append(dialog.title_, dialog.body);
    dialog.append(box, dialog.actions);
    dialog.setAttribute("aria-labelledby", dialog.title_.id);
    dialog.setAttribute("aria-describedby", dialog.body.id);
    wireDismiss(dialog, ctx);
    return dialog;
  },
  update(dialog, ctx) {
    put(dialog.title_, [ctx.child("title")]);
    put(dialog.body, [ctx.child("content")]);
    const actions = ctx.children("actions");
    for (const action of actions) action.classList.add("cu-action", "cu-dialog-action");
    put(dialog.actions, actions);
    dialog.actions.hidden = actions.length === 0;
    dialog.actions.classList.toggle("cu-stacked", actions.length > 2);
    if (typeof ctx.props.semanticsLabel === "string")
      dialog.setAttribute("aria-label", ctx.props.semanticsLabel);
    else if (!textOf(dialog.title_)) dialog.setAttribute("aria-label", "Alert");
    syncOpen(dialog, ctx.props.open === true);
  },
};

/**
 * Draws `cupertinobottomsheet`: slides up from the bottom; clear (no sheet background)
 * when it holds an action sheet.
 *
 * @example
 * ```ts
 * cupertino("cupertinobottomsheet", bottomSheetRenderer);
 * ```
 */
export const bottomSheetRenderer: Renderer<HTMLDialogElement> = {
  create(ctx) {
    const dialog = el("dialog", "cu-sheet", { "aria-modal": "true", "aria-label": "Sheet" });
    wireDismiss(dialog, ctx);
    dialog.addEventListener("cu-action", () => {
      if (dialog.querySelector(".cu-actionsheet")) {
        dialog.close();
        ctx.send("dismiss", undefined, { open: false });
      }
    });
    return dialog;
  },
  update(dialog, ctx) {
    const p = ctx.props;
    const content = ctx.child("content");
    put(dialog, [content]);
    dialog.classList.toggle("cu-clear", content?.classList.contains("cu-actionsheet") === true);
    dialog.style.backgroundColor = cssColor(p.bgcolor) ?? "";
    dialog.style.padding = cssSides(p.padding) ?? "";
    if (typeof p.height === "number") dialog.style.height = `${p.height}px`;
    const title = content?.querySelector(".cu-actionsheet-title");
    dialog.setAttribute("aria-label", textOf(title) || "Sheet");
    syncOpen(dialog, p.open === true);
  },
};

type Sheet = HTMLDivElement & { head: HTMLElement; list: HTMLElement; cancel: HTMLElement };

/**
 * Draws `cupertinoactionsheet`: a rounded group (title, message, actions) and a separate
 * cancel button; Escape in the enclosing sheet presses cancel.
 *
 * @example
 * ```ts
 * cupertino("cupertinoactionsheet", actionSheetRenderer);
 * ```
 */
export const actionSheetRenderer: Renderer<Sheet> = {
  create() {
    const sheet = el("div", "cu-actionsheet", { role: "dialog" }) as Sheet;
    const group = el("div", "cu-actionsheet-group");
    sheet.head = el("div", "cu-actionsheet-head");
    sheet.list = group;
    sheet.cancel = el("div", "cu-actionsheet-cancel");
    group.append(sheet.head);
    sheet.append(group, sheet.cancel);
    return sheet;
  },
  update(sheet, ctx) {
    const title = ctx.child("title");
    title?.classList.add("cu-actionsheet-title");
    put(sheet.head, [title, ctx.child("message")]);
    put(sheet.list, [sheet.head, ...ctx.children("actions")]);
    put(sheet.cancel, [ctx.child("cancel")]);
    sheet.cancel.hidden = !ctx.child("cancel");
    sheet.setAttribute("aria-label", textOf(title) || "Actions");
  },
};
