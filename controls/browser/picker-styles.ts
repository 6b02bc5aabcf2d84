/**
 * The stylesheet part of `datepicker` and `timepicker`: Flutter's Material 3 sizes (a
 * 360 × 568 calendar dialog, 40 px day circles, a 256 px dial, 96 × 80 time boxes) in
 * `--md-sys-color-*` roles, so light and dark come from the theme.
 * @module
 */

const c = (role: string) => `var(--md-sys-color-${role})`;
const mix = (role: string, percent: number) =>
  `color-mix(in srgb,${c(role)} ${percent}%,transparent)`;
const LEVEL_3 = "0 4px 4px 0 rgb(0 0 0/30%),0 8px 12px 6px rgb(0 0 0/15%)";
const RING = `outline:3px solid ${c("secondary")};outline-offset:2px`;

/** CSS of `datepicker` and `timepicker`. */
export const PICKER_CSS = `
.flet-datepicker,.flet-timepicker{border:0;padding:0;border-radius:28px;box-sizing:border-box;background:${c("surface-container-high")};color:${c("on-surface")};box-shadow:${LEVEL_3};font-family:Roboto,sans-serif;overflow:hidden;max-width:calc(100vw - 32px);max-height:calc(100vh - 32px)}
.flet-datepicker[open],.flet-timepicker[open]{display:flex;flex-direction:column;animation:flet-dialog-in 250ms cubic-bezier(.05,.7,.1,1)}
.flet-datepicker::backdrop,.flet-timepicker::backdrop{background:color-mix(in srgb,${c("scrim")} 32%,transparent)}
.flet-datepicker{width:360px;height:568px}
.flet-datepicker.flet-dp-input-mode{width:328px;height:auto}
.flet-datepicker button,.flet-timepicker button{font-family:inherit;cursor:pointer}
.flet-datepicker button:focus-visible,.flet-timepicker button:focus-visible,.flet-tp-dial:focus-visible{${RING}}
.flet-dp-header{padding:16px 12px 12px 24px;flex:none}
.flet-dp-help,.flet-tp-help{font:500 14px/20px Roboto,sans-serif;letter-spacing:.1px;color:${c("on-surface-variant")}}
.flet-dp-headline-row{display:flex;align-items:center;min-height:48px;margin-top:20px}
.flet-dp-input-mode .flet-dp-headline-row{margin-top:12px}
.flet-dp-headline{flex:1;margin:0;font:400 32px/40px Roboto,sans-serif;color:${c("on-surface-variant")}}
.flet-dp-divider{flex:none;height:1px;background:${c("outline-variant")}}
.flet-dp-icon-button{display:inline-flex;align-items:center;justify-content:center;flex:none;width:40px;height:40px;margin:4px;padding:0;border:0;border-radius:50%;background:transparent;color:${c("on-surface-variant")}}
.flet-dp-icon-button:hover:not(:disabled){background:${mix("on-surface-variant", 8)}}
.flet-dp-icon-button:disabled{opacity:.38;cursor:default}
.flet-dp-icon-button[hidden]{display:none}
.flet-dp-body{flex:1 1 auto;min-height:0;display:flex;flex-direction:column;padding:0 12px}
.flet-dp-nav{display:flex;align-items:center;height:52px;padding-inline:4px}
.flet-dp-spacer{flex:1}
.flet-dp-month{display:inline-flex;align-items:center;gap:4px;height:40px;padding:0 8px 0 12px;border:0;border-radius:20px;background:transparent;color:${c("on-surface-variant")};font:500 14px/20px Roboto,sans-serif;letter-spacing:.1px}
.flet-dp-month:hover{background:${mix("on-surface-variant", 8)}}
.flet-dp-month[aria-expanded=true] .flet-glyph{rotate:180deg}
.flet-dp-grid{border-collapse:collapse;margin:0 auto;table-layout:fixed}
.flet-dp-grid th{width:48px;height:48px;padding:0;font:400 16px/24px Roboto,sans-serif;color:${c("on-surface")};text-align:center}
.flet-dp-grid td{width:48px;height:48px;padding:0;text-align:center}
.flet-dp-day{width:40px;height:40px;padding:0;border:0;border-radius:50%;background:transparent;color:${c("on-surface")};font:400 16px/24px Roboto,sans-serif;letter-spacing:.5px}
.flet-dp-day:hover:not([aria-disabled=true]){background:${mix("on-surface", 8)}}
.flet-dp-today{color:${c("primary")};box-shadow:inset 0 0 0 1px ${c("primary")}}
.flet-dp-selected,.flet-dp-selected:hover:not([aria-disabled=true]){background:${c("primary")};color:${c("on-primary")};box-shadow:none}
.flet-dp-day[aria-disabled=true]{opacity:.38;cursor:default}
.flet-dp-years{display:grid;grid-template-columns:repeat(3,1fr);row-gap:12px;padding:12px 0;overflow:auto;flex:1 1 auto;min-height:0}
.flet-dp-year{justify-self:center;width:72px;height:36px;padding:0;border:0;border-radius:18px;background:transparent;color:${c("on-surface-variant")};font:400 16px/24px Roboto,sans-serif}
.flet-dp-year:hover{background:${mix("on-surface-variant", 8)}}
.flet-dp-year.flet-dp-today{color:${c("primary")}}
.flet-dp-year.flet-dp-selected{background:${c("primary")};color:${c("on-primary")}}
.flet-dp-input-body{padding:16px 24px 0}
.flet-dp-field{position:relative;display:flex;flex-direction:column}
.flet-dp-label{position:absolute;top:-8px;left:12px;padding:0 4px;background:${c("surface-container-high")};font:400 12px/16px Roboto,sans-serif;color:${c("primary")}}
.flet-dp-input{height:56px;box-sizing:border-box;padding:0 16px;border:1px solid ${c("outline")};border-radius:4px;background:transparent;color:${c("on-surface")};font:400 16px/24px Roboto,sans-serif;outline:none}
.flet-dp-input:focus{border:2px solid ${c("primary")};padding:0 15px}
.flet-dp-input::placeholder{color:${c("on-surface-variant")}}
.flet-dp-invalid .flet-dp-label{color:${c("error")}}
.flet-dp-invalid .flet-dp-input,.flet-dp-invalid .flet-dp-input:focus{border-color:${c("error")}}
.flet-dp-error,.flet-tp-error{min-height:16px;padding:4px 16px 0;font:400 12px/16px Roboto,sans-serif;color:${c("error")}}
.flet-dp-actions{display:flex;align-items:center;justify-content:flex-end;gap:8px;flex:none;padding:12px 12px 12px 12px}
.flet-timepicker .flet-dp-actions{padding:24px 24px 24px 12px}
.flet-dp-action{height:40px;min-width:48px;padding:0 12px;border:0;border-radius:20px;background:transparent;color:${c("primary")};font:500 14px/20px Roboto,sans-serif;letter-spacing:.1px}
.flet-dp-action:hover{background:${mix("primary", 8)}}
.flet-timepicker{width:328px}
.flet-tp-help{padding:24px 24px 20px}
.flet-tp-main{display:flex;flex-direction:column;align-items:center;gap:36px;padding:0 24px}
.flet-tp-landscape{width:584px}
.flet-tp-landscape .flet-tp-main{flex-direction:row;align-items:flex-start;gap:52px}
.flet-tp-landscape .flet-tp-display{flex-wrap:wrap;width:216px}
.flet-tp-display{display:flex;align-items:flex-start;gap:0}
.flet-tp-box{width:96px;height:80px;box-sizing:border-box;padding:0;border:0;border-radius:8px;background:${c("surface-container-highest")};color:${c("on-surface")};font:400 57px/64px Roboto,sans-serif;letter-spacing:-.25px;text-align:center}
.flet-tp-box[aria-pressed=true]{background:${c("primary-container")};color:${c("on-primary-container")}}
.flet-tp-colon{display:flex;align-items:center;justify-content:center;width:24px;height:80px;font:400 57px/64px Roboto,sans-serif;color:${c("on-surface")}}
.flet-tp-period{display:flex;flex-direction:column;margin-left:12px;width:52px;height:80px;border:1px solid ${c("outline")};border-radius:8px;overflow:hidden;box-sizing:border-box}
.flet-tp-period[hidden]{display:none}
.flet-tp-landscape .flet-tp-period{flex-direction:row;width:216px;height:40px;margin:12px 0 0}
.flet-tp-landscape .flet-tp-period-button+.flet-tp-period-button{border-top:0;border-left:1px solid ${c("outline")}}
.flet-tp-period-button{flex:1;padding:0;border:0;background:transparent;color:${c("on-surface-variant")};font:500 14px/20px Roboto,sans-serif}
.flet-tp-period-button+.flet-tp-period-button{border-top:1px solid ${c("outline")}}
.flet-tp-period-button[aria-pressed=true]{background:${c("tertiary-container")};color:${c("on-tertiary-container")}}
.flet-tp-dial{position:relative;flex:none;border-radius:50%;background:${c("surface-container-highest")};touch-action:none;cursor:pointer;user-select:none}
.flet-tp-hand{position:absolute;left:calc(50% - 1px);bottom:50%;width:2px;background:${c("primary")};transform-origin:50% 100%}
.flet-tp-center{position:absolute;left:calc(50% - 4px);top:calc(50% - 4px);width:8px;height:8px;border-radius:50%;background:${c("primary")}}
.flet-tp-selector{position:absolute;left:calc(50% - 24px);top:calc(50% - 24px);width:48px;height:48px;border-radius:50%;background:${c("primary")}}
.flet-tp-number{position:absolute;left:calc(50% - 24px);top:calc(50% - 24px);width:48px;height:48px;display:flex;align-items:center;justify-content:center;font:400 16px/24px Roboto,sans-serif;color:${c("on-surface")};pointer-events:none}
.flet-tp-number.flet-tp-inner{font-size:14px}
.flet-tp-number.flet-tp-on{color:${c("on-primary")}}
.flet-tp-inputs{display:flex;flex-direction:column}
.flet-tp-field{display:flex;flex-direction:column;gap:7px}
.flet-tp-input{outline:none;caret-color:${c("primary")}}
.flet-tp-input:focus{background:${c("primary-container")};color:${c("on-primary-container")};box-shadow:inset 0 0 0 2px ${c("primary")}}
.flet-tp-input[aria-invalid=true]{box-shadow:inset 0 0 0 2px ${c("error")}}
.flet-tp-label{font:400 12px/16px Roboto,sans-serif;color:${c("on-surface-variant")}}
@media (prefers-reduced-motion:reduce){.flet-datepicker[open],.flet-timepicker[open]{animation:none}}
`;
