/**
 * The pack's stylesheet, added to the document once by the browser entry.
 * @module
 */

/** The id of the pack's `<style>` element. */
export const STYLE_ID = "flet-sparks-styles";

const CSS = `
.sparks-starrating{display:inline-flex;align-items:center;gap:2px;border-radius:4px;cursor:pointer;outline:none;touch-action:manipulation;-webkit-user-select:none;user-select:none;flex:none}
.sparks-starrating:focus-visible{outline:2px solid var(--md-sys-color-primary,#6750a4);outline-offset:2px}
.sparks-starrating[aria-readonly="true"]{cursor:default}
.sparks-starrating.flet-disabled,.flet-disabled .sparks-starrating,[aria-disabled="true"] .sparks-starrating{cursor:default;opacity:.38}
.sparks-star{position:relative;display:block;width:var(--sparks-size,24px);height:var(--sparks-size,24px);flex:none}
.sparks-star svg{position:absolute;inset:0;width:100%;height:100%;display:block}
.sparks-star svg path{fill:currentColor}
.sparks-star .sparks-empty{color:var(--sparks-empty,var(--md-sys-color-outline,#79747e))}
.sparks-star .sparks-fill{color:var(--sparks-color,#ffb300);clip-path:inset(0 calc(100% - var(--sparks-fill,0%)) 0 0)}
.sparks-starrating:dir(rtl) .sparks-fill{clip-path:inset(0 0 0 calc(100% - var(--sparks-fill,0%)))}
.sparks-hit{position:absolute;top:0;bottom:0;inset-inline-start:0;width:100%}
.sparks-hit.sparks-half{width:50%}
.sparks-hit.sparks-half+.sparks-hit{inset-inline-start:50%}
.sparks-starrating.sparks-preview .sparks-fill{opacity:.7}
.sparks-sparkline{display:inline-flex;align-items:center;gap:4px;flex:none;border-radius:4px;outline:none}
.sparks-sparkline svg{display:block;overflow:visible;flex:none}
.sparks-sparkline.sparks-clickable{cursor:pointer}
.sparks-sparkline svg:focus-visible{outline:2px solid var(--md-sys-color-primary,#6750a4);outline-offset:2px}
.sparks-sparkline .sparks-last{font:500 12px/1 Roboto,system-ui,sans-serif;fill:var(--md-sys-color-on-surface,#1d1b20);font-variant-numeric:tabular-nums}
.sparks-sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}
`;

/** Adds the stylesheet to the document (once). */
export function installStyles(): void {
  if (typeof document === "undefined" || document.getElementById(STYLE_ID)) return;
  const style = document.createElement("style");
  style.id = STYLE_ID;
  style.textContent = CSS;
  document.head.append(style);
}
