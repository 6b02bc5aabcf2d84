import { defaultPalette } from "./default-palette.js";
import { isDark, paletteOf, themeCss, themeSeed } from "./theme.js";

/** The custom properties a subtree theme set on each element, to clear them when it goes. */
const applied = new WeakMap<HTMLElement, { names: string[]; turn: number }>();
/** Themed elements and their props, to redraw them when the page or system turns dark. */
const themed = new Map<HTMLElement, { theme: unknown; themeMode: unknown }>();

function setVars(element: HTMLElement, css: string, turn: number): void {
  const before = applied.get(element);
  if (!before || before.turn !== turn) return;
  for (const name of before?.names ?? []) element.style.removeProperty(name);
  const names: string[] = [];
  // themeCss gives ":root{name:value;...}": the declarations go on the element instead.
  for (const declaration of css.slice(css.indexOf("{") + 1, -1).split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    const name = declaration.slice(0, colon);
    element.style.setProperty(name, declaration.slice(colon + 1));
    names.push(name);
  }
  applied.set(element, { names, turn });
}

/**
 * Gives `element`'s subtree its own theme (a control's `theme` and `themeMode`, as
 * Flutter wraps it in a `Theme`): the Material 3 colour roles (`--md-sys-color-*`), the
 * `color-scheme` and the font family set on the element. Without `themeMode` the
 * subtree is as light or dark as the page; `"system"` follows the system. With neither
 * prop set, what an earlier call set is cleared.
 *
 * @example
 * ```ts
 * applySubtreeTheme(element, ctx.props.theme, ctx.props.themeMode);
 * ```
 */
export function applySubtreeTheme(element: HTMLElement, theme: unknown, themeMode: unknown): void {
  const previous = applied.get(element);
  if ((theme === undefined || theme === null) && themeMode === undefined) {
    if (previous) setVars(element, ":root{}", previous.turn);
    applied.delete(element);
    themed.delete(element);
    return;
  }
  themed.set(element, { theme, themeMode });
  const pageDark = document.documentElement.dataset.theme === "dark";
  const systemDark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  const dark =
    themeMode === undefined || themeMode === null ? pageDark : isDark(themeMode, systemDark);
  const turn = (previous?.turn ?? 0) + 1;
  applied.set(element, { names: previous?.names ?? [], turn });
  const palette = paletteOf(themeSeed(theme), dark);
  if (palette instanceof Promise) {
    setVars(element, themeCss(theme, dark, defaultPalette(dark)), turn);
    palette.then(
      (derived) => setVars(element, themeCss(theme, dark, derived), turn),
      (error: unknown) => console.error("flet-ts: could not load the colour library", error),
    );
  } else setVars(element, themeCss(theme, dark, palette), turn);
}

/**
 * Redraws every subtree theme that follows the page or the system (no `themeMode`, or
 * `"system"`) after the page's brightness or the system's changed; forgets elements that
 * left the document.
 *
 * @example
 * ```ts
 * document.documentElement.dataset.theme = "dark";
 * refreshSubtreeThemes();
 * ```
 */
export function refreshSubtreeThemes(): void {
  for (const [element, { theme, themeMode }] of themed) {
    if (!element.isConnected) themed.delete(element);
    else if (themeMode === undefined || themeMode === null || themeMode === "system")
      applySubtreeTheme(element, theme, themeMode);
  }
}
