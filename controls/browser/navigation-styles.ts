/**
 * The stylesheet of the navigation controls: the bar, the rail, the drawer, their
 * destinations, the app bar's own menu buttons, and the bottom app bar with its notch.
 * @module
 */

const c = (role: string) => `var(--md-sys-color-${role})`;

/** The CSS of the navigation bar, rail and drawer (part of the pack's stylesheet). */
export const NAVIGATION_CSS = `
.flet-navdest{all:unset;box-sizing:border-box;position:relative;display:flex;align-items:center;cursor:pointer;color:${c("on-surface-variant")};font:500 12px/16px Roboto,sans-serif;letter-spacing:.5px;-webkit-tap-highlight-color:transparent;outline:none}
.flet-navdest.flet-disabled{opacity:.38;cursor:default}
.flet-navdest-pill{position:relative;display:flex;align-items:center;justify-content:center;flex:none;width:64px;height:32px;border-radius:var(--flet-navdest-shape,16px);--md-focus-ring-shape:16px}
.flet-navdest-pill::before{content:"";position:absolute;inset:0;border-radius:inherit;background:${c("secondary-container")};transform:scaleX(.32);opacity:0;transition:transform 200ms cubic-bezier(.2,0,0,1),opacity 100ms}
.flet-navdest-pill>.flet-glyph,.flet-navdest-pill>.flet{position:relative}
.flet-navdest.flet-selected{color:${c("on-surface")}}
.flet-navdest.flet-selected .flet-navdest-pill{color:${c("on-secondary-container")}}
.flet-navdest.flet-selected .flet-navdest-pill::before{transform:none;opacity:1}
.flet-navdest-selected-icon{display:none}
.flet-navdest.flet-selected .flet-has-selected-icon{display:none}
.flet-navdest.flet-selected .flet-navdest-selected-icon{display:inline-block}
.flet-navigationbar{display:flex;align-items:stretch;justify-content:space-around;height:80px;background:${c("surface-container")};align-self:stretch;flex:none;padding:0 8px;gap:8px}
.flet-navigationbar>.flet-navdest{flex:1;flex-direction:column;justify-content:flex-start;padding-top:12px;gap:4px}
.flet-navigationbar[data-labels=alwaysHide]>.flet-navdest{justify-content:center;padding-top:0}
.flet-navigationbar[data-labels=alwaysHide] .flet-navdest-label,.flet-navigationbar[data-labels=onlyShowSelected] .flet-navdest:not(.flet-selected) .flet-navdest-label{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.flet-navigationrail{display:flex;flex-direction:column;align-items:center;box-sizing:border-box;width:var(--flet-rail-width);flex:none;align-self:stretch;padding:8px 0;background:${c("surface")};overflow-y:auto;transition:width 200ms cubic-bezier(.2,0,0,1)}
.flet-navigationrail.flet-extended{width:var(--flet-rail-extended-width);align-items:stretch}
.flet-rail-leading{display:flex;justify-content:center;padding:0 0 8px}
.flet-rail-leading:empty,.flet-rail-trailing:empty{display:none}
.flet-rail-group{flex:1;display:flex;flex-direction:column;align-self:stretch;min-height:0}
.flet-rail-items{display:flex;flex-direction:column;align-items:stretch;gap:12px}
.flet-rail-trailing{display:flex;justify-content:center;padding-top:12px}
.flet-rail-items>.flet-navdest{flex-direction:column;justify-content:center;gap:4px;min-height:56px}
.flet-rail-items>.flet-navdest>.flet-navdest-pill{width:56px}
.flet-navigationrail[data-labels=none] .flet-navdest-label,.flet-navigationrail[data-labels=selected] .flet-navdest:not(.flet-selected) .flet-navdest-label{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.flet-navigationrail.flet-extended .flet-rail-items>.flet-navdest{flex-direction:row;justify-content:flex-start;gap:12px;padding:0 12px;font:500 14px/20px Roboto,sans-serif;letter-spacing:.1px}
.flet-navigationrail.flet-extended .flet-rail-leading,.flet-navigationrail.flet-extended .flet-rail-trailing{justify-content:flex-start;padding-left:12px}
.flet-navigationdrawer{position:fixed;inset:0 auto 0 0;margin:0;height:100%;max-height:none;width:min(360px,calc(100vw - 56px));box-sizing:border-box;border:0;padding:12px 0;border-radius:0 16px 16px 0;background:${c("surface-container-low")};color:${c("on-surface-variant")};overflow:auto;touch-action:pan-y}
.flet-navigationdrawer[data-flet-side=end]{inset:0 0 0 auto;border-radius:16px 0 0 16px}
.flet-pagelet{min-height:0}
.flet-pagelet-body{flex:1;min-height:0;display:flex;flex-direction:column;overflow:auto}
.flet-scaffold[data-flet-confined]>.flet-navigationdrawer{position:absolute;z-index:3;width:min(360px,calc(100% - 56px))}
.flet-navigationdrawer[open]{display:flex;flex-direction:column;align-items:stretch;animation:flet-drawer-in 250ms cubic-bezier(.05,.7,.1,1)}
.flet-navigationdrawer[data-flet-side=end][open]{animation-name:flet-drawer-in-end}
.flet-navigationdrawer:not(.flet-dragging){transition:translate 200ms cubic-bezier(.2,0,0,1)}
.flet-navigationdrawer::backdrop{background:rgb(0 0 0/32%);animation:flet-fade-in 250ms}
.flet-navigationdrawer>.flet-navdest{display:grid;align-items:center;flex:none;min-height:56px;padding:var(--flet-tile-padding,0 12px);font:500 14px/20px Roboto,sans-serif;letter-spacing:.1px}
.flet-navigationdrawer>.flet-navdest>*{grid-area:1/1}
.flet-navigationdrawer .flet-navdest-pill{width:auto;height:56px;justify-content:flex-start;padding-left:16px;border-radius:var(--flet-navdest-shape,28px);--md-focus-ring-shape:28px}
.flet-navigationdrawer .flet-navdest-pill::before{transform:none}
.flet-navigationdrawer .flet-navdest-label{position:relative;margin:0 24px 0 52px;pointer-events:none;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.flet-navigationdrawer>.flet-navdest.flet-selected{color:${c("on-secondary-container")}}
.flet-navigationdrawer>:not(.flet-navdest){flex:none}
.flet-appbar-menu,.flet-appbar-end-menu{display:none}
.flet-scaffold[data-flet-drawer]>.flet-appbar>.flet-appbar-leading{min-width:48px}
.flet-scaffold[data-flet-drawer]>.flet-appbar>.flet-appbar-leading>.flet-appbar-menu{display:inline-flex}
.flet-scaffold[data-flet-drawer]>.flet-appbar>.flet-appbar-leading>.flet-appbar-back{display:none}
.flet-scaffold[data-flet-end-drawer]>.flet-appbar>.flet-appbar-actions:empty+.flet-appbar-end-menu{display:inline-flex;margin-right:4px}
.flet-bottomappbar{display:flex;align-items:center;align-self:stretch;flex:none;box-sizing:border-box;height:80px;padding:12px 16px;background:${c("surface-container")};color:${c("on-surface-variant")}}
.flet-bottomappbar>*{flex:1}
.flet-scaffold[data-flet-fab$=Docked]>.flet-bottomappbar{--flet-notch-x:calc(100% - 44px);--flet-notch-at:right calc(44px - var(--flet-notch-r));--flet-notch-r:calc(28px + var(--flet-notch-margin,4px))}
.flet-scaffold[data-flet-fab^=center]>.flet-bottomappbar,.flet-scaffold[data-flet-fab^=miniCenter]>.flet-bottomappbar{--flet-notch-x:50%;--flet-notch-at:center}
.flet-scaffold[data-flet-fab^=start]>.flet-bottomappbar{--flet-notch-x:44px;--flet-notch-at:left calc(44px - var(--flet-notch-r))}
.flet-scaffold[data-flet-fab^=mini]>.flet-bottomappbar{--flet-notch-r:calc(20px + var(--flet-notch-margin,4px))}
.flet-scaffold[data-flet-fab$=Docked]>.flet-bottomappbar[data-notch=auto]{mask:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'%3E%3Crect width='64' height='64' rx='20'/%3E%3C/svg%3E") var(--flet-notch-at) top calc(-1 * var(--flet-notch-r))/calc(2 * var(--flet-notch-r)) calc(2 * var(--flet-notch-r)) no-repeat exclude,linear-gradient(#000 0 0)}
.flet-scaffold[data-flet-fab$=Docked]>.flet-bottomappbar[data-notch=circular],.flet-scaffold[data-flet-fab$=Docked]:has(>.flet-scaffold-stage>.flet-fab[data-flet-round])>.flet-bottomappbar[data-notch=auto]{mask:radial-gradient(circle at var(--flet-notch-x) 0,#0000 var(--flet-notch-r),#000 calc(var(--flet-notch-r) + .5px))}
@keyframes flet-drawer-in{from{transform:translateX(-100%)}}
@keyframes flet-drawer-in-end{from{transform:translateX(100%)}}
@media (prefers-reduced-motion:reduce){.flet-navigationdrawer[open],.flet-navigationdrawer::backdrop{animation:none}.flet-navigationrail{transition:none}}
`;
