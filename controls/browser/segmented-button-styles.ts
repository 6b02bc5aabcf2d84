/**
 * The stylesheet part of `segmentedbutton` (a lazy renderer, so it loads with it), in
 * Material 3 sizes and `--md-sys-color-*` roles.
 * @module
 */

const c = (role: string) => `var(--md-sys-color-${role})`;

/** CSS of `segmentedbutton`. */
export const SEGMENTED_BUTTON_CSS = `
.flet-segmentedbutton{display:inline-grid;grid-auto-flow:column;grid-auto-columns:1fr;flex:none;max-width:100%;height:40px;box-sizing:border-box;border:1px solid var(--flet-segment-outline,${c("outline")});border-radius:var(--flet-segment-radius,20px);overflow:hidden}
.flet-segment{all:unset;position:relative;box-sizing:border-box;display:inline-flex;align-items:center;justify-content:center;gap:8px;min-width:48px;padding:var(--flet-segment-padding,0 12px);cursor:pointer;color:var(--flet-segment-color,${c("on-surface")});background:var(--flet-segment-bg,transparent);font:500 14px/20px Roboto,sans-serif;letter-spacing:.1px;white-space:nowrap;--md-focus-ring-shape:0}
.flet-segment+.flet-segment{border-inline-start:1px solid var(--flet-segment-outline,${c("outline")})}
.flet-segment.flet-selected{color:var(--flet-segment-selected-color,${c("on-secondary-container")});background:var(--flet-segment-selected-bg,${c("secondary-container")})}
.flet-segment.flet-disabled,.flet-segmentedbutton.flet-disabled .flet-segment{opacity:.38;cursor:default}
.flet-segment-mark,.flet-segment-icon{display:inline-flex}
.flet-segment-mark:not([hidden])+.flet-segment-icon{display:none}
.flet-segment-mark>.flet-glyph,.flet-segment-icon .flet-glyph{font-size:18px;color:inherit}
.flet-segment-label .flet-text{color:inherit;font:inherit;white-space:nowrap}
`;
