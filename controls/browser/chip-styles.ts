/**
 * The stylesheet part of `chip`, in Material 3 sizes and `--md-sys-color-*` roles (light
 * and dark come from the roles).
 * @module
 */

const c = (role: string) => `var(--md-sys-color-${role})`;
const mix = (role: string, percent: number) =>
  `color-mix(in srgb,${c(role)} ${percent}%,transparent)`;

/** CSS of `chip`. */
export const CHIP_CSS = `
.flet-chip{display:inline-flex;align-items:center;flex:none;min-height:48px;max-width:100%;vertical-align:middle}
.flet-chip-body{position:relative;display:flex;align-items:center;box-sizing:border-box;min-height:32px;max-width:100%;padding:0 8px;border:1px solid ${c("outline")};border-radius:8px;--md-focus-ring-shape:8px;background:var(--flet-chip-bg,transparent);color:${c("on-surface-variant")};font:500 14px/20px Roboto,sans-serif;letter-spacing:.1px;-webkit-tap-highlight-color:transparent}
.flet-chip.flet-selected .flet-chip-body{border-color:transparent;background:var(--flet-chip-selected-bg,${c("secondary-container")});color:${c("on-secondary-container")}}
.flet-chip-interactive .flet-chip-body{cursor:pointer}
.flet-chip-main{position:relative;display:flex;align-items:center;min-width:0;outline:none}
.flet-chip-leading,.flet-chip-check{display:inline-flex;align-items:center;justify-content:center;flex:none}
.flet-chip-leading{color:${c("on-surface-variant")}}
.flet-chip.flet-selected .flet-chip-leading{color:${c("on-secondary-container")}}
.flet-chip-leading .flet-glyph,.flet-chip-check.flet-glyph,.flet-chip-delete .flet-glyph{font-size:18px}
.flet-chip-check{color:${c("on-secondary-container")}}
.flet-chip-leading>.flet-circleavatar{width:24px!important;height:24px!important;min-width:24px!important;min-height:24px!important;font-size:12px;line-height:16px}
.flet-chip-label{display:block;min-width:0;padding:0 8px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.flet-chip-delete{position:relative;display:inline-flex;align-items:center;justify-content:center;flex:none;width:24px;height:24px;margin-inline-end:-4px;border-radius:50%;color:var(--flet-chip-delete-color,${c("on-surface-variant")});cursor:pointer;outline:none}
.flet-chip-delete:hover{background:${mix("on-surface-variant", 8)}}
.flet-chip-delete:focus-visible{outline:3px solid ${c("secondary")};outline-offset:0}
.flet-chip-delete[hidden]{display:none}
.flet-chip-disabled .flet-chip-body{cursor:default;border-color:${mix("on-surface", 12)};background:var(--flet-chip-disabled-bg,transparent);color:${mix("on-surface", 38)}}
.flet-chip-disabled.flet-selected .flet-chip-body{background:var(--flet-chip-disabled-bg,${mix("on-surface", 12)})}
.flet-chip-disabled .flet-chip-leading,.flet-chip-disabled .flet-chip-check,.flet-chip-disabled .flet-chip-delete{color:${mix("on-surface", 38)};cursor:default}
`;
