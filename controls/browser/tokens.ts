/**
 * Default Material 3 colour roles (the baseline scheme, seed #6750A4) as zero-specificity
 * CSS, so the pack looks right before the runtime writes the page theme's roles into
 * `:root`. The runtime's values always win.
 * @module
 */

const LIGHT: Record<string, string> = {
  primary: "#65558f",
  "on-primary": "#ffffff",
  "primary-container": "#e9ddff",
  "on-primary-container": "#4d3d75",
  secondary: "#625b71",
  "on-secondary": "#ffffff",
  "secondary-container": "#e8def8",
  "on-secondary-container": "#4a4458",
  tertiary: "#7e5260",
  "on-tertiary": "#ffffff",
  "tertiary-container": "#ffd9e3",
  "on-tertiary-container": "#633b48",
  error: "#ba1a1a",
  "on-error": "#ffffff",
  "error-container": "#ffdad6",
  "on-error-container": "#93000a",
  background: "#fdf7ff",
  "on-background": "#1d1b20",
  surface: "#fdf7ff",
  "on-surface": "#1d1b20",
  "surface-variant": "#e7e0eb",
  "on-surface-variant": "#49454e",
  outline: "#7a757f",
  "outline-variant": "#cac4cf",
  shadow: "#000000",
  scrim: "#000000",
  "inverse-surface": "#322f35",
  "inverse-on-surface": "#f5eff7",
  "inverse-primary": "#cfbdfe",
  "surface-tint": "#65558f",
  "surface-dim": "#ded8e0",
  "surface-bright": "#fdf7ff",
  "surface-container-lowest": "#ffffff",
  "surface-container-low": "#f7f2fa",
  "surface-container": "#f2ecf4",
  "surface-container-high": "#ece6ee",
  "surface-container-highest": "#e6e0e9",
};

/** The baseline light colour roles as `--md-sys-color-*` declarations, for `:where(:root)`. */
export function baselineTokens(): string {
  return Object.entries(LIGHT)
    .map(([role, value]) => `--md-sys-color-${role}:${value};`)
    .join("");
}
