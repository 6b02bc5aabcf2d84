/**
 * `alertdialog`: a Material 3 basic dialog on a native modal `<dialog>`.
 * @module
 */

import { cssColor } from "flet-ts/browser";
import { elevationCss, sidesCss } from "./box.js";
import { shapeRadiusCss } from "./card.js";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";
import { flexAlignmentCss } from "./flex.js";
import { syncOpen, wireModal } from "./modal.js";

/**
 * Draws `alertdialog`: icon, title (the dialog's name via `aria-labelledby`), content
 * and actions; `aria-modal`, focus trapped. Escape or a scrim click sends `dismiss` with
 * `open: false`, unless `modal`.
 */
export const alertDialogRenderer: MaterialRenderer<HTMLDialogElement> = {
  create(ctx) {
    const dialog = h("dialog", "", { "aria-modal": "true" });
    const title = h("h2", "flet-dialog-title", { id: `flet-dialog-title-${ctx.id}` });
    dialog.append(
      h("div", "flet-dialog-icon"),
      title,
      h("div", "flet-dialog-content", { id: `flet-dialog-content-${ctx.id}` }),
      h("div", "flet-dialog-actions"),
    );
    dialog.setAttribute("aria-labelledby", title.id);
    wireModal(dialog, ctx, () => ctx.props.modal !== true);
    return dialog;
  },
  update(dialog, ctx) {
    const p = ctx.props;
    const [icon, title, content, actions] = [...dialog.children] as HTMLElement[];
    place(icon!, [ctx.child("icon")]);
    place(title!, [ctx.child("title")]);
    place(content!, [ctx.child("content")]);
    place(actions!, ctx.children("actions"));
    actions!.hidden = actions!.childElementCount === 0;
    if (typeof p.semanticsLabel === "string") dialog.setAttribute("aria-label", p.semanticsLabel);
    dialog.setAttribute("aria-describedby", content!.id);
    dialog.style.backgroundColor = cssColor(p.bgcolor) ?? "";
    dialog.style.borderRadius = shapeRadiusCss(p.shape);
    dialog.style.boxShadow = typeof p.elevation === "number" ? elevationCss(p.elevation) : "";
    // Flutter's insetPadding: the least space between the dialog and the screen's edges.
    const inset = insetOf(p.insetPadding);
    dialog.style.maxWidth = inset ? `min(560px, calc(100vw - ${inset.x}px))` : "";
    dialog.style.maxHeight = inset ? `calc(100vh - ${inset.y}px)` : "";
    title!.style.padding = sidesCss(p.titlePadding);
    content!.style.padding = sidesCss(p.contentPadding);
    actions!.style.padding = sidesCss(p.actionsPadding);
    actions!.style.justifyContent = flexAlignmentCss(p.actionsAlignment, undefined).justifyContent;
    if (p.open === true) dialog.dataset.fletOpen = "";
    else delete dialog.dataset.fletOpen;
    syncOpen(dialog, p.open === true);
  },
};

/** The horizontal and vertical sums of an inset padding (a number or `{ left, top, ... }`). */
function insetOf(value: unknown): { x: number; y: number } | undefined {
  if (typeof value === "number") return { x: 2 * value, y: 2 * value };
  if (typeof value !== "object" || value === null) return undefined;
  const { left = 0, top = 0, right = 0, bottom = 0 } = value as Record<string, number>;
  return { x: left + right, y: top + bottom };
}
