/**
 * The Cupertino stylesheet: iOS system colours (light and dark), the SF-like font stack
 * (falling back to the served Roboto), and the look of every Cupertino control.
 * @module
 */

// Light blue, grey and secondary label are iOS's increased-contrast variants: #007aff,
// #8e8e93 and 60% secondary label miss WCAG AA (4.5:1) for text on white.
const LIGHT = `--cu-blue:#0068da;--cu-green:#34c759;--cu-red:#ff3b30;--cu-orange:#ff9500;--cu-gray:#6c6c70;--cu-gray3:#c7c7cc;--cu-label:#000;--cu-label2:rgba(60,60,67,.75);--cu-label3:rgba(60,60,67,.3);--cu-bg:#fff;--cu-bg2:#f2f2f7;--cu-elevated:#fff;--cu-fill:rgba(120,120,128,.2);--cu-fill3:rgba(118,118,128,.12);--cu-sep:rgba(60,60,67,.29);--cu-bar:rgba(249,249,249,.94);--cu-sheet:rgba(255,255,255,.86);--cu-thumb:#fff;--cu-scrim:rgba(0,0,0,.2)`;
const DARK = `--cu-blue:#0a84ff;--cu-green:#30d158;--cu-red:#ff453a;--cu-orange:#ff9f0a;--cu-gray:#8e8e93;--cu-gray3:#48484a;--cu-label:#fff;--cu-label2:rgba(235,235,245,.6);--cu-label3:rgba(235,235,245,.3);--cu-bg:#000;--cu-bg2:#1c1c1e;--cu-elevated:#2c2c2e;--cu-fill:rgba(120,120,128,.36);--cu-fill3:rgba(118,118,128,.24);--cu-sep:rgba(84,84,88,.65);--cu-bar:rgba(29,29,29,.94);--cu-sheet:rgba(37,37,37,.9);--cu-thumb:#636366;--cu-scrim:rgba(0,0,0,.45)`;

/** The iOS system font stack, ending with the Roboto the app serves. */
export const FONT = `-apple-system,BlinkMacSystemFont,"SF Pro Text","Helvetica Neue",Roboto,system-ui,sans-serif`;

const CSS = `
:root{${LIGHT}}
:root[data-theme=dark]{${DARK}}
.cu{font-family:${FONT};box-sizing:border-box;-webkit-tap-highlight-color:transparent;letter-spacing:-.2px}
.cu *{box-sizing:border-box}
.cu-disabled{opacity:.45;pointer-events:none}
.cu :focus-visible,.cu:focus-visible{outline:3px solid var(--cu-focus-ring,color-mix(in srgb,var(--cu-blue) 60%,transparent));outline-offset:2px;border-radius:8px}
.cu-glyph{font-size:22px}
.cu-button{display:inline-flex;align-items:center;justify-content:center;gap:6px;min-height:44px;min-width:44px;padding:0 16px;border:0;border-radius:8px;background:transparent;color:var(--cu-blue);font:inherit;font-size:17px;cursor:pointer;transition:opacity .1s;user-select:none}
.cu-button.cu-filled{background:var(--cu-blue);color:#fff}
.cu-button:active,.cu-button.cu-pressed{opacity:var(--cu-press,.4)}
.cu-button.cu-filled:disabled{background:var(--cu-disabled-bg,var(--cu-fill3))!important}
.cu-label{display:inline-flex;align-items:center;gap:10px;color:var(--cu-label);font-size:17px;cursor:pointer;user-select:none}
.cu-label.cu-left{flex-direction:row-reverse}
.cu-switch-track{position:relative;width:51px;height:31px;border-radius:16px;border:0;padding:0;background:var(--cu-fill);cursor:pointer;transition:background .25s;flex:none}
.cu-switch-track[aria-checked=true]{background:var(--cu-on,var(--cu-green))}
.cu-switch-track::after{content:"";position:absolute;top:2px;left:2px;width:27px;height:27px;border-radius:50%;background:var(--cu-knob,#fff);box-shadow:0 3px 8px rgba(0,0,0,.15),0 3px 1px rgba(0,0,0,.06);transition:transform .25s cubic-bezier(.25,.1,.25,1)}
.cu-switch-track[aria-checked=true]::after{transform:translateX(20px)}
.cu-box{width:22px;height:22px;border-radius:6px;border:1.5px solid var(--cu-gray3);background:var(--cu-off,transparent);display:inline-flex;align-items:center;justify-content:center;color:var(--cu-check,#fff);padding:0;cursor:pointer;flex:none}
.cu-box[aria-checked=true],.cu-box[aria-checked=mixed]{background:var(--cu-on,var(--cu-blue));border-color:var(--cu-on,var(--cu-blue))}
.cu-box svg{width:14px;height:14px}
.cu-dot{width:22px;height:22px;border-radius:50%;border:1.5px solid var(--cu-gray3);background:var(--cu-off,var(--cu-bg));display:inline-flex;align-items:center;justify-content:center;padding:0;cursor:pointer;flex:none}
.cu-dot[aria-checked=true]{background:var(--cu-on,var(--cu-blue));border-color:var(--cu-on,var(--cu-blue))}
.cu-dot[aria-checked=true]::after{content:"";width:8px;height:8px;border-radius:50%;background:var(--cu-fillc,#fff)}
.cu-dot.cu-mark{border:0;background:transparent;color:var(--cu-on,var(--cu-blue))}
.cu-dot.cu-mark::after{display:none}
.cu-slider{position:relative;height:28px;min-width:120px;touch-action:none;cursor:pointer;display:block}
.cu-slider-track{position:absolute;left:14px;right:14px;top:12px;height:4px;border-radius:2px;background:var(--cu-fill)}
.cu-slider-fill{position:absolute;left:0;top:0;bottom:0;border-radius:2px;background:var(--cu-on,var(--cu-blue))}
.cu-slider-thumb{position:absolute;top:-12px;width:28px;height:28px;margin-left:-14px;border-radius:50%;background:var(--cu-knob,#fff);box-shadow:0 .5px 4px rgba(0,0,0,.12),0 6px 13px rgba(0,0,0,.12)}
.cu-spinner{position:relative;display:inline-block;width:calc(var(--r)*2);height:calc(var(--r)*2);flex:none}
.cu-spinner i{position:absolute;left:calc(var(--r) - var(--r)*.09);top:0;width:calc(var(--r)*.18);height:calc(var(--r)*.54);border-radius:99px;background:var(--cu-spin,var(--cu-gray));transform-origin:50% calc(var(--r));opacity:.25}
.cu-spinner.cu-animating i{animation:cu-fade 1s linear infinite}
@keyframes cu-fade{from{opacity:1}to{opacity:.25}}
.cu-seg{display:inline-grid;grid-auto-flow:column;grid-auto-columns:1fr;border:1px solid var(--cu-border,var(--cu-blue));border-radius:8px;overflow:hidden}
.cu-seg>button{border:0;border-left:1px solid var(--cu-border,var(--cu-blue));background:var(--cu-unsel,transparent);color:var(--cu-sel,var(--cu-blue));font:inherit;font-size:13px;padding:5px 14px;min-height:30px;cursor:pointer}
.cu-seg>button:first-child{border-left:0}
.cu-seg>button[aria-checked=true]{background:var(--cu-sel,var(--cu-blue));color:var(--cu-bg)}
.cu-sliding{position:relative;display:inline-grid;grid-auto-flow:column;grid-auto-columns:1fr;padding:2px;border-radius:9px;background:var(--cu-track,var(--cu-fill3));touch-action:pan-y;user-select:none}
.cu-sliding-thumb{position:absolute;top:2px;bottom:2px;left:2px;border-radius:7px;background:var(--cu-thumbc,var(--cu-bg));box-shadow:0 3px 8px rgba(0,0,0,.12),0 3px 1px rgba(0,0,0,.04);transition:transform .3s cubic-bezier(.25,.1,.25,1)}
:root[data-theme=dark] .cu-sliding-thumb{background:var(--cu-thumbc,var(--cu-thumb))}
.cu-sliding>button{position:relative;border:0;background:transparent;color:var(--cu-label);font:inherit;font-size:13px;padding:4px 14px;min-height:28px;cursor:pointer;border-radius:7px}
.cu-sliding>button[aria-checked=true]{font-weight:600}
.cu-wheels{position:relative;display:flex;justify-content:center;background:var(--cu-pbg,transparent);color:var(--cu-label);overflow:hidden;user-select:none}
.cu-band{position:absolute;left:8px;right:8px;top:50%;transform:translateY(-50%);border-radius:8px;background:var(--cu-fill3);pointer-events:none}
.cu-wheel{position:relative;overflow-y:scroll;scroll-snap-type:y mandatory;scrollbar-width:none;flex:1 1 0;min-width:48px;outline-offset:-3px;touch-action:pan-y;overscroll-behavior:contain;-webkit-mask-image:linear-gradient(transparent,#000 35%,#000 65%,transparent);mask-image:linear-gradient(transparent,#000 35%,#000 65%,transparent)}
.cu-wheel::-webkit-scrollbar{display:none}
.cu-wheel.cu-dragging{scroll-snap-type:none;cursor:grabbing}
.cu-wheel>[role=option]{display:flex;align-items:center;justify-content:center;scroll-snap-align:center;font-size:21px;white-space:nowrap;padding:0 6px;transform-origin:center;will-change:transform;cursor:pointer}
.cu-wheel>[role=option][aria-disabled=true]{color:var(--cu-label3)}
.cu-wheel>.cu-wheel-ghost{display:flex;align-items:center;justify-content:center;font-size:21px;white-space:nowrap;padding:0 6px;pointer-events:none}
.cu-wheel-unit{position:absolute;top:50%;transform:translateY(-50%);font-size:17px;font-weight:600;pointer-events:none;color:var(--cu-label)}
.cu-bar{display:flex;align-items:center;gap:8px;min-height:44px;padding:0 8px;background:var(--cu-barbg,var(--cu-bar));backdrop-filter:saturate(180%) blur(20px);border-bottom:.5px solid var(--cu-sep);color:var(--cu-label)}
.cu-bar-middle{flex:1;text-align:center;font-weight:600;font-size:17px;min-width:0;display:flex;justify-content:center}
.cu-bar-side{min-width:44px;display:flex;align-items:center;color:var(--cu-blue)}
.cu-bar-side.cu-end{justify-content:flex-end}
.cu-bar-back,.cu-bar-menu{display:none;align-items:center;gap:2px;border:0;background:none;padding:0 4px;min-height:44px;color:inherit;font:inherit;font-size:17px;cursor:pointer}
.cu-bar-back .cu-glyph{font-size:28px}
.flet-view[data-flet-can-pop]>.cu-appbar .cu-bar-back{display:inline-flex}
.flet-view[data-flet-drawer]:not([data-flet-can-pop])>.cu-appbar .cu-bar-menu{display:inline-flex}
.cu-tabs{display:flex;background:var(--cu-barbg,var(--cu-bar));backdrop-filter:saturate(180%) blur(20px);border-top:.5px solid var(--cu-sep);padding:4px 0 2px}
.cu-tabs>button{flex:1;display:flex;flex-direction:column;align-items:center;gap:1px;border:0;background:transparent;color:var(--cu-inactive,var(--cu-gray));font:inherit;font-size:10px;font-weight:500;cursor:pointer;padding:2px}
.cu-tabs>button[aria-selected=true]{color:var(--cu-active,var(--cu-blue))}
.cu-tile{display:flex;align-items:center;gap:var(--cu-gap,16px);min-height:44px;padding:var(--cu-pad,6px 20px);background:var(--cu-tilebg,var(--cu-bg));color:var(--cu-label);font-size:17px;cursor:default;text-align:left;width:100%;border:0;font-family:inherit}
.cu-tile.cu-clickable{cursor:pointer}
.cu-tile.cu-clickable:active{background:var(--cu-tileact,var(--cu-fill3))}
.cu-tile.cu-notched{border-radius:10px}
.cu-tile-lead{flex:none;display:flex;align-items:center;justify-content:center;color:var(--cu-blue)}
.cu-tile-text{flex:1;min-width:0;display:flex;flex-direction:column}
.cu-tile-sub{font-size:15px;color:var(--cu-label2)}
.cu-tile-info{color:var(--cu-label2)}
.cu-tile-trail{flex:none;display:flex;align-items:center;color:var(--cu-gray3)}
.cu-field{display:flex;align-items:center;gap:6px;min-height:36px;padding:7px 8px;border-radius:5px;border:.5px solid var(--cu-sep);background:var(--cu-fieldbg,var(--cu-bg));color:var(--cu-label)}
.cu-field.cu-underline{border-width:0 0 .5px;border-radius:0}
.cu-field.cu-noborder{border-color:transparent}
.cu-field:focus-within{border-color:var(--cu-focus-border,var(--cu-blue));border-width:var(--cu-focus-border-width,revert-layer);background-color:var(--cu-focus-bg,var(--cu-fieldbg,var(--cu-bg)))}
.cu-field:focus-within input,.cu-field:focus-within textarea{color:var(--cu-focus-color,var(--cu-text-color,inherit))}
.cu-field ::selection{background:var(--cu-selection,highlight)}
.cu-field.cu-dense{min-height:28px;padding:4px 6px}
.cu-field.cu-filled{background:var(--cu-fieldbg,var(--cu-gray6,#eeeef0))}
.cu-field-help[data-counter]:not([data-counter=""])::after{content:attr(data-counter);float:right;color:var(--cu-counter-color,inherit)}
.cu-field input,.cu-field textarea{flex:1;min-width:0;border:0;outline:0;background:transparent;color:var(--cu-text-color,inherit);font:inherit;font-size:17px;padding:0;resize:none}
.cu-field input::placeholder,.cu-field textarea::placeholder{color:var(--cu-placeholder,var(--cu-label3));font-size:var(--cu-placeholder-size,inherit);font-weight:var(--cu-placeholder-weight,inherit);font-style:var(--cu-placeholder-style,inherit)}
.cu-field-reveal{border:0;background:none;color:var(--cu-label3);padding:0;display:inline-flex;cursor:pointer}
.cu-field-clear{border:0;background:var(--cu-gray3);color:var(--cu-bg);border-radius:50%;width:18px;height:18px;padding:0;display:inline-flex;align-items:center;justify-content:center;cursor:pointer;font-size:14px;line-height:1}
.cu-field-help{font-size:13px;color:var(--cu-label2);padding:4px 8px 0}
.cu-field-help.cu-error{color:var(--cu-red)}
dialog.cu-alert{border:0;padding:0;width:270px;border-radius:14px;background:var(--cu-sheet);backdrop-filter:blur(30px);color:var(--cu-label);overflow:hidden;text-align:center}
dialog.cu-alert::backdrop,dialog.cu-sheet::backdrop,dialog.cu-menu::backdrop{background:var(--cu-scrim)}
dialog.cu-alert[open]{animation:cu-pop .2s ease-out}
@keyframes cu-pop{from{transform:scale(1.15);opacity:0}}
.cu-alert-body{padding:19px 16px 20px}
.cu-alert-title{font-weight:600;font-size:17px;margin:0}
.cu-alert-content{font-size:13px;margin-top:2px}
.cu-alert-actions{display:flex;border-top:.5px solid var(--cu-sep)}
.cu-alert-actions.cu-stacked{flex-direction:column}
.cu-alert-actions>*{flex:1 1 0;min-width:0}
.cu-alert-actions>*+*{border-left:.5px solid var(--cu-sep)}
.cu-alert-actions.cu-stacked>*+*{border-left:0;border-top:.5px solid var(--cu-sep)}
.cu-action{display:flex;align-items:center;justify-content:center;gap:8px;width:100%;min-height:44px;padding:10px 12px;border:0;border-radius:0;background:transparent;color:var(--cu-blue);font:inherit;font-size:17px;cursor:pointer}
.cu-action:active,.cu-action:hover{background:var(--cu-fill3)}
.cu-action.cu-default{font-weight:600}
.cu-alert-actions>.cu-button{background:transparent;border-radius:0;width:100%;min-height:44px;padding:10px 12px}
.cu-action.cu-destructive{color:var(--cu-red)}
.cu-action:focus-visible{outline-offset:-3px}
dialog.cu-sheet{position:fixed;inset:auto 0 0 0;margin:0 auto;border:0;padding:0;max-width:100%;width:100%;background:var(--cu-sheetbg,var(--cu-elevated));color:var(--cu-label);border-radius:12px 12px 0 0;overflow:auto;max-height:90vh}
dialog.cu-sheet[open]{animation:cu-up .3s cubic-bezier(.2,.8,.2,1)}
dialog.cu-sheet.cu-clear{background:transparent;padding:0 8px 8px;max-width:520px}
@keyframes cu-up{from{transform:translateY(100%)}}
.cu-actionsheet{display:flex;flex-direction:column;gap:8px;width:100%}
.cu-actionsheet-group{border-radius:14px;overflow:hidden;background:var(--cu-sheet);backdrop-filter:blur(30px)}
.cu-actionsheet-head{padding:14px 16px;text-align:center;color:var(--cu-label2);font-size:13px;border-bottom:.5px solid var(--cu-sep)}
.cu-actionsheet-head:empty{display:none}
.cu-actionsheet-title{font-weight:600}
.cu-actionsheet-group>.cu-action+.cu-action{border-top:.5px solid var(--cu-sep)}
.cu-actionsheet .cu-action{min-height:57px;font-size:20px}
.cu-actionsheet-cancel{border-radius:14px;overflow:hidden;background:var(--cu-elevated)}
.cu-actionsheet-cancel .cu-action{font-weight:600}
.cu-ctx{display:inline-block;touch-action:manipulation;-webkit-touch-callout:none;user-select:none}
dialog.cu-menu{border:0;padding:0;background:transparent;overflow:visible;margin:0;position:fixed}
.cu-menu-lift{transform:scale(1.04);transition:transform .2s;border-radius:12px;overflow:hidden;box-shadow:0 10px 40px rgba(0,0,0,.25)}
.cu-menu-list{margin-top:10px;min-width:230px;border-radius:13px;overflow:hidden;background:var(--cu-sheet);backdrop-filter:blur(30px);animation:cu-pop .2s ease-out}
.cu-menu-list>.cu-action{justify-content:space-between;font-size:17px;color:var(--cu-label);text-align:left}
.cu-menu-list>.cu-action.cu-destructive{color:var(--cu-red)}
.cu-menu-list>.cu-action+.cu-action{border-top:.5px solid var(--cu-sep)}
`;

let installed = false;

/**
 * Installs the stylesheet once (renderers call it on first create).
 *
 * @example
 * ```ts
 * installCupertinoStyles();
 * ```
 */
export function installCupertinoStyles(): void {
  if (installed || typeof document === "undefined") return;
  installed = true;
  const style = document.createElement("style");
  style.id = "flet-cupertino";
  style.textContent = CSS;
  document.head.append(style);
}
