/**
 * The stylesheet part of `searchbar`: Material 3 sizes (56 px pill bar, 360–800 px wide,
 * a view with a 56 px header) in `--md-sys-color-*` roles, so light and dark come from
 * the theme.
 * @module
 */

const c = (role: string) => `var(--md-sys-color-${role})`;
const mix = (role: string, percent: number) =>
  `color-mix(in srgb,${c(role)} ${percent}%,transparent)`;
/** Material 3 elevation level 3 (6 dp), the bar's resting shadow. */
const LEVEL_3 = "0 1px 3px 0 rgb(0 0 0 / 30%),0 4px 8px 3px rgb(0 0 0 / 15%)";

/** CSS of `searchbar`. */
export const SEARCH_BAR_CSS = `
.flet-searchbar{display:flex;flex-direction:column;min-width:min(360px,100%);max-width:800px}
.flet-search-bar{position:relative;display:flex;align-items:center;box-sizing:border-box;height:56px;padding:0 8px;border-radius:28px;background:var(--sb-bg,${c("surface-container-high")});color:${c("on-surface")};box-shadow:${LEVEL_3};cursor:text}
.flet-search-bar::before{content:"";position:absolute;inset:0;border-radius:inherit;pointer-events:none;background:transparent}
.flet-search-bar:hover{background:var(--sb-bg-hover,var(--sb-bg,${c("surface-container-high")}))}
.flet-search-bar:hover::before{background:var(--sb-overlay-hover,${mix("on-surface", 8)})}
.flet-search-bar:focus-within{background:var(--sb-bg-focus,var(--sb-bg,${c("surface-container-high")}))}
.flet-search-bar:focus-within::before{background:var(--sb-overlay-focus,transparent)}
.flet-search-bar:active{background:var(--sb-bg-pressed,var(--sb-bg,${c("surface-container-high")}))}
.flet-search-bar:active::before{background:var(--sb-overlay-pressed,${mix("on-surface", 10)})}
.flet-search-bar:has(.flet-search-input:focus-visible){outline:3px solid ${c("secondary")};outline-offset:2px}
.flet-search-slot{position:relative;display:inline-flex;align-items:center;flex:none;color:${c("on-surface-variant")}}
.flet-search-slot:empty{display:none}
.flet-search-input{position:relative;flex:1 1 auto;min-width:0;height:100%;box-sizing:border-box;margin:0;padding:0 8px;border:none;outline:none;background:transparent;color:${c("on-surface")};font:400 16px/24px Roboto,sans-serif;letter-spacing:.5px}
.flet-search-input::placeholder{color:${c("on-surface-variant")};opacity:1}
.flet-search-input::-webkit-search-cancel-button{display:none}
.flet-searchbar:has(.flet-search-input:disabled) .flet-search-bar{cursor:default;opacity:.38;box-shadow:none}
.flet-search-view{position:fixed;inset:auto;margin:0;padding:0;border:none;box-sizing:border-box;min-width:360px;max-width:100vw;max-height:66vh;display:none;flex-direction:column;overflow:hidden;border-radius:28px;background:${c("surface-container-high")};color:${c("on-surface")}}
.flet-search-view[open]{display:flex}
.flet-search-view::backdrop{background:transparent}
.flet-search-full .flet-search-view{inset:0;width:100vw;height:100vh;max-height:none}
.flet-search-header{display:flex;align-items:center;flex:none;height:56px;padding:0 8px}
.flet-search-full .flet-search-header{height:72px}
.flet-search-view .flet-search-input::placeholder{color:var(--sv-hint-color,${c("on-surface-variant")});font-size:var(--sv-hint-size,inherit);font-style:var(--sv-hint-style,inherit);font-weight:var(--sv-hint-weight,inherit)}
.flet-search-divider{flex:none;height:1px;background:${c("outline")}}
.flet-search-suggestions{display:flex;flex-direction:column;flex:1 1 auto;min-height:0;overflow:auto}
.flet-search-icon-button{display:inline-flex;align-items:center;justify-content:center;flex:none;width:40px;height:40px;margin:4px;padding:0;border:none;border-radius:50%;background:transparent;color:${c("on-surface-variant")};cursor:pointer}
.flet-search-icon-button:hover{background:${mix("on-surface-variant", 8)}}
.flet-search-icon-button:focus-visible{outline:3px solid ${c("secondary")};outline-offset:0}
.flet-search-icon-button[hidden]{display:none}
`;
