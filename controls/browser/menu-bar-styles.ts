/**
 * The stylesheet part of the MenuBar family: Material 3 menu sizes (48 px items with
 * 12 px sides, labelLarge text, 4 px corners, elevation 3 surfaces in
 * `surface-container`) in `--md-sys-color-*` roles, so light and dark come from the
 * theme. Each ButtonStyle field of an item is a `--mi-<field>[-<state>]` variable
 * (`menu-item.ts`), read here in its state: disabled over pressed over hovered over focused.
 * @module
 */
import { itemVar } from "./menu-item.js";

const c = (role: string) => `var(--md-sys-color-${role})`;
const mix = (role: string, percent: number) =>
  `color-mix(in srgb,${c(role)} ${percent}%,transparent)`;
/** Material 3 elevation level 2 (3 dp), the menus' resting shadow. */
const LEVEL_2 = "0 1px 2px 0 rgb(0 0 0 / 30%),0 2px 6px 2px rgb(0 0 0 / 15%)";

/** Each state's selector, in the order their rules must win. */
const STATES: readonly [string, string][] = [
  ["focused", ":focus-visible"],
  ["hovered", ":hover"],
  ["pressed", ":active"],
  ["disabled", "[aria-disabled=true]"],
];
/** Item properties and their Material 3 defaults. */
const ITEM: readonly [string, string, string][] = [
  ["color", "color", c("on-surface")],
  ["bgcolor", "background-color", "transparent"],
  ["elevation", "box-shadow", "none"],
  ["side", "border", "none"],
  ["shape", "border-radius", "0"],
  ["padding", "padding", "0 12px"],
];
const OVERLAY: Readonly<Record<string, string>> = {
  focused: mix("on-surface", 10),
  hovered: mix("on-surface", 8),
  pressed: mix("on-surface", 10),
  disabled: "transparent",
};

function stateRules(): string {
  const at = (field: string, state: string, fallback: string) =>
    `var(${itemVar(field, state)},var(${itemVar(field, "")},${fallback}))`;
  return STATES.map(([state, selector]) => {
    const fallbacks: Record<string, string> = {
      color: state === "disabled" ? mix("on-surface", 38) : c("on-surface"),
    };
    const body = ITEM.map(
      ([field, css, initial]) => `${css}:${at(field, state, fallbacks[field] ?? initial)}`,
    ).join(";");
    return `.flet-menu-item${selector}{${body}}
.flet-menu-item${selector}::before{background:var(${itemVar("overlayColor", state)},${OVERLAY[state]})}`;
  }).join("\n");
}

/** CSS of `menubar`, `submenubutton` and `menuitembutton`. */
export const MENU_BAR_CSS = `
.flet-menubar{display:inline-flex;flex:none;align-items:stretch;box-sizing:border-box;padding:0 4px;border-radius:4px;background:${c("surface-container")};box-shadow:${LEVEL_2}}
.flet-menuitembutton,.flet-submenu-trigger{position:relative}
.flet-submenubutton{display:inline-flex;flex:none}
.flet-menu-item{box-sizing:border-box;display:flex;align-items:center;gap:12px;min-width:64px;min-height:48px;outline:none;cursor:pointer;user-select:none;font:500 14px/20px Roboto,sans-serif;letter-spacing:.1px;white-space:nowrap;transition-property:background-color,box-shadow,border-radius;${ITEM.map(([field, css, initial]) => `${css}:var(${itemVar(field, "")},${initial})`).join(";")}}
.flet-menu-item::before{content:"";position:absolute;inset:0;border-radius:inherit;pointer-events:none;background:var(${itemVar("overlayColor", "")},transparent)}
${stateRules()}
.flet-menu-item[aria-disabled=true]{cursor:default}
.flet-submenu-trigger[aria-expanded=true]::before{background:var(${itemVar("overlayColor", "focused")},${mix("on-surface", 10)})}
.flet-menu-label{display:inline-flex;align-items:center;flex:1 1 auto;min-width:0}
.flet-menu-lead,.flet-menu-trail,.flet-menu-arrow{display:inline-flex;align-items:center;flex:none;color:${c("on-surface-variant")};--flet-icon-size:24px}
.flet-menu-colored>.flet-menu-lead,.flet-menu-colored>.flet-menu-trail,.flet-menu-colored>.flet-menu-arrow{color:inherit}
.flet-menu-item[aria-disabled=true]>:is(.flet-menu-lead,.flet-menu-trail,.flet-menu-arrow){color:${mix("on-surface", 38)}}
.flet-menu-lead:empty,.flet-menu-trail:empty{display:none}
.flet-menu-arrow{display:none;margin-inline-start:-8px}
.flet-submenu-nested>.flet-submenu-trigger>.flet-menu-arrow{display:inline-flex}
.flet-menu-arrow:dir(rtl){transform:scaleX(-1)}
.flet-menu{position:fixed;inset:auto;margin:0;min-width:112px;max-width:min(560px,calc(100vw - 16px));max-height:calc(100vh - 16px);overflow:auto;box-sizing:border-box;padding:8px 0;border:0;border-radius:4px;background:${c("surface-container")};color:${c("on-surface")};box-shadow:${LEVEL_2}}
.flet-menu:popover-open{display:flex;flex-direction:column;animation:flet-fade-in 120ms}
.flet-menu.flet-menu-unclipped{overflow:visible;max-height:none}
.flet-menu>.flet-submenubutton{display:flex}
`;
