/**
 * Per-state values (`{ hovered: c, "": c }` or a plain value) and Material Web tokens:
 * small helpers shared by the input renderers.
 * @module
 */
import { cssColor } from "flet-ts/browser";

/** A state map's entry for `state`, else its default (`""`), or a plain value as is. */
export function forState(value: unknown, state = ""): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const states = value as Record<string, unknown>;
  return states[state] ?? states[""];
}

/** The CSS colour of a state map's entry for `state` (else its default), or of a plain colour. */
export function stateColor(value: unknown, state = ""): string | undefined {
  return cssColor(forState(value, state));
}

/** Sets a CSS custom property (a Material Web token), or removes it when `value` is empty. */
export function setToken(element: HTMLElement, name: string, value: string | undefined): void {
  if (value) element.style.setProperty(name, value);
  else element.style.removeProperty(name);
}

const sheets = new Map<string, CSSStyleSheet>();

/**
 * Adds `css` (once, under `key`) to the open shadow root of a Material Web element, for
 * the parts its tokens do not reach (a tab's indicator insets, bevelled corners). The
 * rules should key off custom properties or host attributes the renderer sets.
 */
export function adoptShadowCss(element: HTMLElement, key: string, css: string): void {
  const root = element.shadowRoot;
  if (!root) {
    // Lit renders the shadow root on connection: try again once the element is drawn.
    requestAnimationFrame(() => {
      if (element.shadowRoot) adoptShadowCss(element, key, css);
    });
    return;
  }
  let sheet = sheets.get(key);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(key, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * Sets `${prefix}-${token}` for each `[token, state]`: the colour of `value` in that state
 * (its `state` entry, else its default), removed when it has none.
 */
export function stateTokens(
  element: HTMLElement,
  prefix: string,
  value: unknown,
  tokens: readonly (readonly [token: string, state: string])[],
): void {
  for (const [token, state] of tokens)
    setToken(element, `${prefix}-${token}`, stateColor(value, state));
}
