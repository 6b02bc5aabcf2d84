/**
 * The pack's stylesheet: Material 3 type, shape, elevation and state layers for the
 * hand-drawn widgets, and layout rules for rows, columns, stacks and grids. Colours come
 * only from `--md-sys-color-*` roles, so dark mode and custom themes need no other CSS.
 * @module
 */
import { setIconFontBase } from "flet-ts/browser";
import { NAVIGATION_CSS } from "./navigation-styles.js";
import { baselineTokens } from "./tokens.js";

/** Where the pack's font files are served (see {@link FONT_FILES}). */
export interface FontOptions {
  /**
   * URL prefix of the font files, ending in `/`. When unset (the flet-ts client), the pack
   * declares no fonts: the runtime links Roboto and Material Symbols itself. Also where the
   * icon fonts are loaded from (see `setIconFontBase` in `flet-ts/browser`).
   */
  readonly fontBaseUrl?: string;
}

/**
 * The font files the pack's CSS loads, by served name → path inside `node_modules`, for
 * the runtime to serve under {@link FontOptions.fontBaseUrl} (no CDN).
 */
export const FONT_FILES: Readonly<Record<string, string>> = {
  "roboto-400.woff2": "@fontsource/roboto/files/roboto-latin-400-normal.woff2",
  "roboto-500.woff2": "@fontsource/roboto/files/roboto-latin-500-normal.woff2",
  "roboto-700.woff2": "@fontsource/roboto/files/roboto-latin-700-normal.woff2",
  "material-symbols-outlined.woff2": "material-symbols/material-symbols-outlined.woff2",
  "material-icons.woff2": "material-icons/iconfont/material-icons.woff2",
  "material-icons-outlined.woff2": "material-icons/iconfont/material-icons-outlined.woff2",
  "material-icons-round.woff2": "material-icons/iconfont/material-icons-round.woff2",
  "material-icons-sharp.woff2": "material-icons/iconfont/material-icons-sharp.woff2",
  "framework7-icons.woff2": "framework7-icons/fonts/Framework7Icons-Regular.woff2",
};

const c = (role: string) => `var(--md-sys-color-${role})`;

function fonts(base: string): string {
  const roboto = (weight: number) =>
    `@font-face{font-family:Roboto;font-style:normal;font-display:swap;font-weight:${weight};src:url(${base}roboto-${weight}.woff2) format("woff2")}`;
  return `${roboto(400)}${roboto(500)}${roboto(700)}
@font-face{font-family:"Material Symbols Outlined";font-style:normal;font-weight:100 700;font-display:block;src:url(${base}material-symbols-outlined.woff2) format("woff2")}`;
}

const BASE = `
:where(:root){${baselineTokens()}--md-ref-typeface-brand:Roboto,system-ui,sans-serif;--md-ref-typeface-plain:Roboto,system-ui,sans-serif;color-scheme:light dark}
:where(body){margin:0;font-family:Roboto,system-ui,sans-serif;font-size:14px;line-height:20px;letter-spacing:.25px;background:${c("surface")};color:${c("on-surface")};-webkit-font-smoothing:antialiased}
@property --flet-col-xs{syntax:"<integer>";inherits:false;initial-value:12}
@property --flet-col-sm{syntax:"<integer>";inherits:false;initial-value:12}
@property --flet-col-md{syntax:"<integer>";inherits:false;initial-value:12}
@property --flet-col-lg{syntax:"<integer>";inherits:false;initial-value:12}
@property --flet-col-xl{syntax:"<integer>";inherits:false;initial-value:12}
@property --flet-col-xxl{syntax:"<integer>";inherits:false;initial-value:12}
.flet{box-sizing:border-box}
.flet-hidden,.flet[hidden],.flet [hidden]{display:none!important}
.flet-positioned{position:absolute!important}
.flet-expand{min-width:0;min-height:0}
.flet-disabled{cursor:default}
.flet-sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.flet-glyph{font-family:"Material Symbols Outlined";font-weight:normal;font-style:normal;font-size:24px;line-height:1;width:1em;height:1em;letter-spacing:normal;text-transform:none;display:inline-block;white-space:nowrap;direction:ltr;overflow:hidden;flex:none;user-select:none;font-feature-settings:"liga";font-variation-settings:"FILL" 0,"wght" 400,"GRAD" 0,"opsz" 24}
.flet-glyph-filled{font-variation-settings:"FILL" 1,"wght" 400,"GRAD" 0,"opsz" 24}
.flet-icon{color:${c("on-surface-variant")}}
.flet-tooltip-bubble{position:fixed;z-index:1000;max-width:200px;padding:4px 8px;border-radius:4px;background:${c("inverse-surface")};color:${c("inverse-on-surface")};font:400 12px/16px Roboto,sans-serif;letter-spacing:.4px;pointer-events:none;opacity:0;transition:opacity 150ms}
.flet-tooltip-bubble.flet-open{opacity:1}
.flet-tooltip-own{inset:auto;margin:0;border:none;overflow:visible;box-sizing:border-box}
.flet-text{display:block;white-space:pre-wrap;overflow-wrap:anywhere;user-select:none;color:inherit}
.flet-text.flet-selectable{user-select:text}
.flet-selectionarea .flet-text,.flet-selectionarea .flet-textspan{user-select:text}
.flet-gesture-hold{user-select:none;-webkit-user-select:none;-webkit-touch-callout:none}
.flet-span{display:inline}
.flet-span.flet-link{cursor:pointer}
.flet-span.flet-link:focus-visible{outline:2px solid var(--md-sys-color-primary);outline-offset:2px;border-radius:2px}
.flet-row,.flet-column,.flet-listview{display:flex;min-width:0}
.flet-row{flex-direction:row;align-items:center}
.flet-column{flex-direction:column;align-items:flex-start}
.flet-listview{flex-direction:column;overflow:auto;align-items:stretch}
.flet-listview.flet-horizontal{flex-direction:row}
.flet-listview>*{flex:none}
.flet-gridview{display:grid;overflow:auto;align-content:start}
.flet-gridview>*{aspect-ratio:var(--flet-ratio,1);min-width:0}
.flet-stack{display:grid;position:relative;grid-template:minmax(0,1fr)/minmax(0,1fr);isolation:isolate}
.flet-stack>*{grid-area:1/1;align-self:start;justify-self:start}
.flet-stack>.flet-positioned{align-self:auto;justify-self:auto}
.flet-container{display:flex;position:relative;flex-direction:column;align-items:flex-start;justify-content:flex-start;outline:none}
.flet-listview-divider{flex:none;display:flex;align-items:center;justify-content:center}
.flet-listview-divider::after{content:"";flex:1;height:var(--flet-thickness);background:${c("outline-variant")}}
.flet-listview-divider.flet-vertical::after{flex:none;width:var(--flet-thickness);height:100%}
.flet-container.flet-clickable{cursor:pointer}
.flet-container-layer{position:absolute;inset:0;border-radius:inherit;pointer-events:none}
.flet-container.flet-layered>.flet:not(.flet-positioned){position:relative}
.flet-container.flet-aligned{flex-direction:row}
.flet-container.flet-aligned>.flet-fill-x{flex-grow:1}
.flet-container.flet-aligned>.flet-fill-y{align-self:stretch}
.flet-responsiverow{display:grid;grid-template-columns:repeat(var(--flet-columns,12),minmax(0,1fr));align-items:start}
.flet-responsiverow>*{grid-column:span min(var(--flet-col-xs),var(--flet-columns,12))}
@media (min-width:576px){.flet-responsiverow>*{grid-column:span min(var(--flet-col-sm),var(--flet-columns,12))}}
@media (min-width:768px){.flet-responsiverow>*{grid-column:span min(var(--flet-col-md),var(--flet-columns,12))}}
@media (min-width:992px){.flet-responsiverow>*{grid-column:span min(var(--flet-col-lg),var(--flet-columns,12))}}
@media (min-width:1200px){.flet-responsiverow>*{grid-column:span min(var(--flet-col-xl),var(--flet-columns,12))}}
@media (min-width:1400px){.flet-responsiverow>*{grid-column:span min(var(--flet-col-xxl),var(--flet-columns,12))}}
.flet-image{display:block;max-width:100%}
.flet-divider{flex:none;align-self:stretch;display:flex;align-items:center;border:0;margin:0}
.flet-divider::before{content:"";flex:1;border-top:var(--flet-thickness,1px) solid var(--flet-divider-color,${c("outline-variant")})}
.flet-verticaldivider{flex:none;align-self:stretch;display:flex;justify-content:center;min-height:16px}
.flet-verticaldivider::before{content:"";border-left:var(--flet-thickness,1px) solid var(--flet-divider-color,${c("outline-variant")})}
`;

const WIDGETS = `
md-focus-ring{--md-focus-ring-shape:inherit}
.flet-card{display:flex;flex-direction:column;position:relative;background:${c("surface-container-low")};color:${c("on-surface")};border-radius:12px;margin:4px;overflow:hidden}
.flet-button-host{display:inline-flex}
.flet-elevatedbutton,.flet-filledbutton,.flet-filledtonalbutton,.flet-outlinedbutton,.flet-textbutton{flex:none}
.flet-button-icon{font-size:18px}
:is(md-elevated-button,md-filled-button,md-filled-tonal-button,md-outlined-button,md-text-button,md-icon-button):not(:defined){display:inline-flex;align-items:center;justify-content:center;gap:8px;box-sizing:border-box;height:40px;padding-inline:24px;font:500 14px/20px var(--flet-font-family,Roboto,system-ui);letter-spacing:.1px;vertical-align:top}
md-text-button:not(:defined){padding-inline:12px}
md-icon-button:not(:defined){width:40px;padding:0}
.flet-expand:is(md-elevated-button,md-filled-button,md-filled-tonal-button,md-outlined-button,md-text-button){padding-inline:0}
.flet-floatingactionbutton{flex:none}
.flet-iconbutton{flex:none}
.flet-field{position:relative;display:flex;flex-direction:row;align-items:flex-start;gap:16px;min-width:0}
.flet-field>:last-child,.flet-field>md-outlined-text-field,.flet-field>md-filled-text-field{flex:1;min-width:0}
.flet-field>.flet-field-icon{margin-top:16px}
.flet-select-affix{display:inline-flex;align-items:center;gap:4px;white-space:nowrap;width:max-content;height:auto}
.flet-field>md-filled-text-field[data-focused-bgcolor]:focus-within{--md-filled-text-field-container-color:var(--flet-field-focused-bgcolor)!important}
.flet-dropdown md-filled-select[data-focused-bgcolor]:focus-within{--md-filled-select-text-field-container-color:var(--flet-field-focused-bgcolor)!important}
.flet-field-affix{width:max-content!important;min-width:max-content;white-space:nowrap;flex:none}
.flet-field>.flet-field-affix{position:absolute;top:28px;transform:translateY(-50%);z-index:1}
.flet-textfield md-outlined-text-field,.flet-textfield md-filled-text-field,.flet-dropdown md-outlined-select,.flet-dropdown md-filled-select{width:100%;min-width:0}
.flet-textfield:not(.flet-expand),.flet-dropdown:not(.flet-expand){min-width:210px}
.flet-choice{display:inline-flex;align-items:center;gap:4px;cursor:pointer;user-select:none;font:400 14px/20px Roboto,sans-serif;letter-spacing:.25px;color:${c("on-surface")};min-height:40px}
.flet-choice.flet-label-left{flex-direction:row-reverse}
.flet-choice md-checkbox,.flet-choice md-radio{margin:11px}
.flet-switch.flet-choice{gap:12px}
.flet-disabled .flet-choice,.flet-choice.flet-disabled{color:color-mix(in srgb,${c("on-surface")} 38%,transparent);cursor:default}
.flet-slider md-slider,.flet-rangeslider md-slider{width:100%;min-width:120px}
.flet-slider,.flet-rangeslider{min-width:200px;display:flex}
.flet-progressbar{min-width:40px;display:flex;align-items:center}
.flet-progressbar md-linear-progress{width:100%}
.flet-progressring{width:40px;height:40px;flex:none;position:relative}
.flet-progressring-track{position:absolute;inset:4px;border-style:solid;border-radius:50%;box-sizing:border-box}
.flet-progressring md-circular-progress{width:100%;height:100%;--md-circular-progress-size:100%}
.flet-appbar{display:flex;align-items:center;gap:4px;height:64px;padding:0 4px;align-self:stretch;background:${c("surface")};color:${c("on-surface")};flex:none;box-sizing:border-box;transition:background 200ms}
.flet-appbar-leading{display:flex;align-items:center;justify-content:center;min-width:48px;color:${c("on-surface")}}
.flet-appbar-leading:empty,.flet-appbar-leading:has(>.flet-appbar-back){min-width:12px}
.flet-appbar-back{display:none}
.flet-view[data-flet-can-pop]>.flet-appbar>.flet-appbar-leading{min-width:48px}
.flet-view[data-flet-can-pop]>.flet-appbar .flet-appbar-back{display:inline-flex}
.flet-appbar-close,.flet-view[data-flet-can-pop][data-flet-fullscreen-dialog]>.flet-appbar .flet-appbar-back{display:none}
.flet-view[data-flet-can-pop][data-flet-fullscreen-dialog]:not([data-flet-drawer])>.flet-appbar .flet-appbar-close{display:inline-flex}
.flet-appbar-title{flex:1;min-width:0;font:400 22px/28px Roboto,sans-serif;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.flet-appbar-title>.flet-text{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.flet-appbar.flet-center .flet-appbar-title{text-align:center}
.flet-appbar-actions{display:flex;align-items:center;gap:0;color:${c("on-surface-variant")};padding-right:4px}
.flet-fletapp{display:block;box-sizing:border-box;border:0;min-width:0;height:150px}
.flet-tabs{display:flex;flex-direction:column;align-self:stretch;min-height:0}
.flet-tabs md-tabs{flex:none;background:${c("surface")}}
.flet-tabs md-tabs.flet-tabs-scrollable>md-primary-tab{flex:none}
.flet-tabs-panel{flex:1;min-height:0;overflow:auto;display:flex;flex-direction:column;padding-top:8px}
.flet-tab .flet-glyph{font-size:24px}
.flet-listtile{position:relative;display:flex;align-items:center;gap:16px;min-height:56px;padding:8px 24px 8px 16px;align-self:stretch;color:${c("on-surface")};outline:none;text-align:start;border-radius:0;-webkit-tap-highlight-color:transparent}
.flet-listtile.flet-two-line{min-height:72px}
.flet-listtile.flet-three-line{min-height:88px;align-items:flex-start;padding-top:12px}
.flet-listtile.flet-dense{min-height:48px;padding-top:4px;padding-bottom:4px}
.flet-listtile.flet-clickable{cursor:pointer}
.flet-listtile.flet-selected{color:${c("primary")}}
.flet-listtile-leading,.flet-listtile-trailing{display:flex;align-items:center;flex:none;color:${c("on-surface-variant")}}
.flet-listtile.flet-selected .flet-listtile-leading,.flet-listtile.flet-selected .flet-listtile-trailing{color:${c("primary")}}
.flet-listtile-text{flex:1;min-width:0;display:flex;flex-direction:column}
.flet-listtile-title{font:400 16px/24px Roboto,sans-serif;letter-spacing:.5px}
.flet-listtile-subtitle{font:400 14px/20px Roboto,sans-serif;letter-spacing:.25px;color:${c("on-surface-variant")}}
.flet-listtile-trailing{font:500 11px/16px Roboto,sans-serif}
.flet-expansiontile{display:flex;flex-direction:column;align-self:stretch;border-top:1px solid transparent;border-bottom:1px solid transparent;background:var(--flet-exp-collapsed-bg,transparent);border-radius:var(--flet-exp-collapsed-shape,0);transition:border-color 200ms,background-color 200ms}
.flet-expansiontile.flet-expanded{background:var(--flet-exp-bg,transparent);border-radius:var(--flet-exp-shape,0)}
.flet-expansiontile.flet-expanded:not(.flet-shaped){border-color:${c("outline-variant")}}
.flet-expansion-header{padding:8px 16px;color:var(--flet-exp-collapsed-text,${c("on-surface")})}
.flet-expanded>.flet-expansion-header{color:var(--flet-exp-text,${c("on-surface")})}
.flet-expansion-arrow{transition:rotate 200ms cubic-bezier(.2,0,0,1);color:var(--flet-exp-collapsed-icon,${c("on-surface-variant")})}
.flet-expanded>.flet-expansion-header .flet-expansion-arrow{rotate:180deg;color:var(--flet-exp-icon,${c("primary")})}
.flet-expansion-region{display:grid;grid-template-rows:0fr;visibility:hidden;transition:grid-template-rows 200ms cubic-bezier(.2,0,0,1),visibility 200ms}
.flet-expanded>.flet-expansion-region{grid-template-rows:1fr;visibility:visible}
.flet-expansion-body{display:flex;flex-direction:column;min-height:0;overflow:hidden}
.flet-expansion-controls{display:flex;flex-direction:column;box-sizing:border-box}
.flet-popupmenubutton{display:inline-flex;flex:none}
.flet-popupmenu-trigger{display:inline-flex;cursor:pointer;outline:none;border-radius:4px}
.flet-popupmenu-trigger:focus-visible{outline:2px solid ${c("secondary")};outline-offset:2px}
.flet-popupmenu-icon{position:relative;width:40px;height:40px;align-items:center;justify-content:center;border-radius:50%;color:${c("on-surface-variant")}}
.flet-popupmenu{position:fixed;inset:auto;margin:0;min-width:112px;max-width:280px;max-height:calc(100vh - 16px);overflow:auto;box-sizing:border-box;padding:8px 0;border:0;border-radius:10px;background:${c("surface-container")};color:${c("on-surface")};box-shadow:0 2px 3px 0 rgb(0 0 0/30%),0 6px 10px 4px rgb(0 0 0/15%)}
.flet-popupmenu:popover-open{display:flex;flex-direction:column;animation:flet-fade-in 150ms}
.flet-popupmenuitem{position:relative;display:flex;align-items:center;gap:12px;min-height:48px;padding:0 12px;cursor:pointer;outline:none;font:400 14px/20px Roboto,sans-serif;letter-spacing:.25px;white-space:nowrap}
.flet-popupmenuitem:focus-visible{background:color-mix(in srgb,${c("on-surface")} 10%,transparent)}
.flet-popupmenuitem>.flet-glyph{color:${c("on-surface-variant")}}
.flet-popupmenuitem[aria-disabled=true]{opacity:.38;cursor:default}
.flet-popupmenuitem[role=separator]{min-height:0;height:1px;padding:0;margin:8px 0;background:${c("outline-variant")};cursor:default}
.flet-popupmenuitem>.flet-popupmenu-check{visibility:hidden}
.flet-popupmenuitem[aria-checked=true]>.flet-popupmenu-check{visibility:visible;color:${c("on-surface")}}
.flet-badge{position:relative;display:inline-flex;flex:none;vertical-align:middle}
.flet-badge-content{display:inline-flex}
.flet-badge-label{position:absolute;box-sizing:border-box;display:inline-flex;align-items:center;justify-content:center;min-width:var(--flet-badge-large,16px);height:var(--flet-badge-large,16px);padding:0 4px;border-radius:999px;background:${c("error")};color:${c("on-error")};font:500 11px/16px Roboto,sans-serif;letter-spacing:.5px;white-space:nowrap;pointer-events:none}
.flet-badge-label.flet-badge-dot{min-width:0;width:var(--flet-badge-small,6px);height:var(--flet-badge-small,6px);padding:0}
.flet-circleavatar{position:relative;display:inline-flex;align-items:center;justify-content:center;flex:none;width:var(--flet-avatar-size,40px);height:var(--flet-avatar-size,40px);max-width:100%;aspect-ratio:1;border-radius:50%;overflow:hidden;background:${c("primary-container")};color:${c("on-primary-container")};font:500 16px/24px Roboto,sans-serif;letter-spacing:.15px;user-select:none}
.flet-avatar-bg,.flet-avatar-fg{position:absolute;inset:0;width:100%;height:100%;object-fit:cover}
.flet-avatar-fg.flet-failed{display:none}
.flet-avatar-content{position:relative;display:flex;align-items:center;justify-content:center;max-width:100%}
.flet-avatar-content .flet-text{color:inherit;font:inherit;white-space:nowrap}
.flet-avatar-content .flet-icon{color:inherit}
.flet-expansionpanellist{display:flex;flex-direction:column;align-self:stretch}
.flet-expansionpanel{position:relative;background:${c("surface-container-low")};box-shadow:var(--flet-panel-shadow,0 1px 2px 0 rgb(0 0 0/30%),0 2px 6px 2px rgb(0 0 0/15%));transition:margin 200ms cubic-bezier(.2,0,0,1)}
.flet-expansionpanel+.flet-expansionpanel{border-top:1px solid var(--flet-panel-divider,${c("outline-variant")})}
.flet-expansionpanel:first-child{border-top-left-radius:4px;border-top-right-radius:4px}
.flet-expansionpanel:last-child{border-bottom-left-radius:4px;border-bottom-right-radius:4px}
.flet-expansionpanel.flet-expanded{margin:var(--flet-panel-gap,16px) 0;border-radius:4px}
.flet-expansionpanel.flet-expanded:first-child{margin-top:0}
.flet-expansionpanel.flet-expanded:last-child{margin-bottom:0}
.flet-expansionpanel.flet-expanded+.flet-expansionpanel,.flet-expansionpanel.flet-expanded+.flet-expansionpanel.flet-expanded{border-top:0;border-top-left-radius:4px;border-top-right-radius:4px}
.flet-expansionpanel:has(+.flet-expanded){border-bottom-left-radius:4px;border-bottom-right-radius:4px}
.flet-panel-header{display:flex;align-items:center;min-height:48px;transition:min-height 200ms}
.flet-expansionpanel[data-can-tap]>.flet-panel-header{cursor:pointer}
.flet-expanded>.flet-panel-header{min-height:64px}
.flet-panel-header-content{flex:1;min-width:0;display:flex;flex-direction:column;transition:margin 200ms}
.flet-expanded>.flet-panel-header>.flet-panel-header-content{margin:var(--flet-panel-header-padding,16px 0)}
.flet-panel-toggle{all:unset;position:relative;display:inline-flex;align-items:center;justify-content:center;flex:none;width:48px;height:48px;border-radius:50%;margin-inline-end:8px;cursor:pointer;color:var(--flet-panel-icon,${c("on-surface-variant")});--md-focus-ring-shape:24px}
.flet-panel-toggle>.flet-glyph{transition:rotate 200ms cubic-bezier(.2,0,0,1)}
.flet-expanded>.flet-panel-header .flet-panel-toggle>.flet-glyph{rotate:180deg}
@media (prefers-reduced-motion:reduce){.flet-expansion-region,.flet-expansion-arrow,.flet-expansionpanel,.flet-panel-toggle>.flet-glyph{transition:none}}
.flet-alertdialog,.flet-bottomsheet{border:0;padding:0;color:${c("on-surface-variant")};background:${c("surface-container-high")};box-shadow:0 4px 4px 0 rgb(0 0 0/30%),0 8px 12px 6px rgb(0 0 0/15%)}
.flet-alertdialog{border-radius:28px;min-width:280px;max-width:min(560px,calc(100vw - 48px));max-height:calc(100vh - 48px);flex-direction:column;overflow:hidden}
.flet-alertdialog[open]{display:flex;animation:flet-dialog-in 250ms cubic-bezier(.05,.7,.1,1)}
.flet-alertdialog::backdrop,.flet-bottomsheet::backdrop{background:color-mix(in srgb,${c("scrim")} 32%,transparent);animation:flet-fade-in 200ms}
.flet-dialog-icon{display:flex;justify-content:center;padding:24px 24px 0;color:${c("secondary")}}
.flet-dialog-icon:empty{display:none}
.flet-dialog-title{margin:0;padding:24px 24px 16px;font:400 24px/32px Roboto,sans-serif;color:${c("on-surface")}}
.flet-dialog-icon:not(:empty)+.flet-dialog-title{text-align:center;padding-top:16px}
.flet-dialog-title:empty{display:none}
.flet-dialog-content{padding:0 24px;overflow:auto;font:400 14px/20px Roboto,sans-serif;letter-spacing:.25px}
.flet-dialog-actions{display:flex;justify-content:flex-end;align-items:center;gap:8px;padding:24px}
.flet-bottomsheet{margin:auto auto 0;width:100%;max-width:640px;border-radius:28px 28px 0 0;background:${c("surface-container-low")};max-height:calc(100vh - 72px);overflow:auto}
.flet-bottomsheet[open]{animation:flet-sheet-in 300ms cubic-bezier(.05,.7,.1,1)}
.flet-sheet-handle{width:32px;height:4px;border-radius:2px;background:${c("on-surface-variant")};opacity:.4;margin:22px auto}
.flet-snackbar{position:fixed;left:0;right:0;bottom:0;z-index:900;display:flex;align-items:center;gap:8px;min-height:48px;padding:4px 8px 4px 16px;background:${c("inverse-surface")};color:${c("inverse-on-surface")};font:400 14px/20px Roboto,sans-serif;letter-spacing:.25px;box-shadow:0 2px 3px 0 rgb(0 0 0/30%),0 6px 10px 4px rgb(0 0 0/15%)}
.flet-snackbar.flet-floating{left:50%;right:auto;bottom:16px;translate:-50% 0;min-width:min(344px,calc(100vw - 32px));max-width:min(672px,calc(100vw - 32px));border-radius:4px}
.flet-snackbar:not(.flet-open){display:none}
.flet-snackbar.flet-open{animation:flet-snack-in 250ms cubic-bezier(.05,.7,.1,1)}
.flet-snackbar-content{flex:1;padding:10px 0}
.flet-snackbar md-text-button{--md-text-button-label-text-color:${c("inverse-primary")};--md-text-button-hover-label-text-color:${c("inverse-primary")};--md-text-button-focus-label-text-color:${c("inverse-primary")};--md-text-button-pressed-label-text-color:${c("inverse-primary")}}
.flet-snackbar md-icon-button{--md-icon-button-icon-color:${c("inverse-on-surface")};--md-icon-button-hover-icon-color:${c("inverse-on-surface")}}
.flet-banner{display:flex;flex-wrap:wrap;align-items:center;gap:16px;padding:16px 8px 8px 16px;background:${c("surface-container-low")};color:${c("on-surface")};border-bottom:1px solid ${c("outline-variant")};align-self:stretch}
.flet-banner:not(.flet-open){display:none}
.flet-banner-leading{display:flex;color:${c("primary")}}
.flet-banner-leading:empty{display:none}
.flet-banner-content{flex:1;min-width:200px;padding-bottom:8px}
.flet-banner-actions{display:flex;gap:8px;justify-content:flex-end;margin-left:auto}
.flet-banner.flet-below .flet-banner-actions{flex-basis:100%}
@keyframes flet-dialog-in{from{opacity:0;transform:translateY(-24px) scale(.96)}}
@keyframes flet-sheet-in{from{transform:translateY(100%)}}
@keyframes flet-snack-in{from{opacity:0;transform:scaleY(.6)}}
@keyframes flet-fade-in{from{opacity:0}}
@media (prefers-reduced-motion:reduce){.flet-alertdialog[open],.flet-bottomsheet[open],.flet-snackbar.flet-open{animation:none}}
`;

/** The pack's whole stylesheet, with fonts loaded from `fontBaseUrl`. */
export function stylesheet(options: FontOptions = {}): string {
  return (
    (options.fontBaseUrl === undefined ? "" : fonts(options.fontBaseUrl)) +
    BASE +
    WIDGETS +
    NAVIGATION_CSS
  );
}

let installed: CSSStyleSheet | undefined;
const adopted = new Set<string>();

/**
 * Adds the stylesheet of a control that loads on first use (`MaterialRenderer.styles`) to
 * the document, once, after the pack's own: heavy controls' CSS stays out of the start.
 */
export function adoptStyles(css: string): void {
  if (adopted.has(css)) return;
  adopted.add(css);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * Adds the pack's stylesheet to the document (once; later calls replace its text).
 *
 * @example
 * ```ts
 * installStyles({ fontBaseUrl: "/_flet/fonts/" });
 * ```
 */
export function installStyles(options: FontOptions = {}): void {
  if (!installed) {
    installed = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, installed];
  }
  installed.replaceSync(stylesheet(options));
  if (options.fontBaseUrl !== undefined) setIconFontBase(options.fontBaseUrl);
}
