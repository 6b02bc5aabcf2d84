/**
 * Flet colour values to CSS: the one resolver the runtime and every pack use.
 * @module
 */
import { swatchColor } from "./swatches.js";

// Material 3 colour roles, compact (Flet spelling, lower case) → CSS custom property.
const ROLES = [
  "primary",
  "on-primary",
  "primary-container",
  "on-primary-container",
  "secondary",
  "on-secondary",
  "secondary-container",
  "on-secondary-container",
  "tertiary",
  "on-tertiary",
  "tertiary-container",
  "on-tertiary-container",
  "error",
  "on-error",
  "error-container",
  "on-error-container",
  "outline",
  "outline-variant",
  "background",
  "on-background",
  "surface",
  "on-surface",
  "surface-variant",
  "on-surface-variant",
  "surface-tint",
  "inverse-surface",
  "inverse-on-surface",
  "inverse-primary",
  "shadow",
  "scrim",
  "surface-dim",
  "surface-bright",
  "surface-container-lowest",
  "surface-container-low",
  "surface-container",
  "surface-container-high",
  "surface-container-highest",
];
const ROLE_VARS = new Map(ROLES.map((role) => [role.replaceAll("-", ""), role]));
// Flet spells this one differently from the Material token.
ROLE_VARS.set("oninversesurface", "inverse-on-surface");

/**
 * The CSS custom property of a Material 3 colour role (`"onSurface"`, `"on_surface"`,
 * `"onsurface"` → `"--md-sys-color-on-surface"`), or `undefined` if `name` is not a role.
 */
export function roleVariable(name: string): string | undefined {
  const role = ROLE_VARS.get(name.toLowerCase().replaceAll("_", ""));
  return role && `--md-sys-color-${role}`;
}

/**
 * Converts a Flet colour value to CSS.
 *
 * - Theme roles (`primary`, `onSurface`, `surface_variant`) become
 *   `var(--md-sys-color-…)`, so they follow the theme and dark mode.
 * - Swatches (`red`, `red100`, `redAccent200`, `black54`) become their hex or rgb value.
 * - `#rrggbb` stays; `#aarrggbb` (Flutter's order) becomes `#rrggbbaa`; `#rgb` stays.
 * - `"color,opacity"` (Flet's `colors.withOpacity`) becomes a `color-mix()` with
 *   transparent, which works for theme roles too.
 * - CSS colour names (`rebeccapurple`) and `rgb()`/`rgba()`/`hsl()`/`hsla()` of numbers
 *   pass through.
 * - Anything else (`url(…)`, `var(…)`, `expression(…)`, bad hex) is not a colour: the
 *   result is `undefined`, so no CSS a client or app did not mean reaches the page
 *   (`bgcolor: "url(http://…)"` would make every viewer fetch that URL).
 *
 * @example
 * ```ts
 * cssColor("primary"); // "var(--md-sys-color-primary)"
 * cssColor("#80ff0000"); // "#ff000080"
 * cssColor("red,0.5"); // "color-mix(in srgb, #f44336 50%, transparent)"
 * ```
 */
export function cssColor(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (text === "") return undefined;
  const comma = text.lastIndexOf(",");
  if (comma > 0 && !text.includes("(")) {
    const base = cssColor(text.slice(0, comma));
    const opacity = Number(text.slice(comma + 1));
    if (base && Number.isFinite(opacity)) {
      const percent = Math.round(Math.min(1, Math.max(0, opacity)) * 1000) / 10;
      return `color-mix(in srgb, ${base} ${percent}%, transparent)`;
    }
  }
  if (text.startsWith("#")) return hexColor(text);
  const role = roleVariable(text);
  if (role) return `var(${role})`;
  const swatch = swatchColor(text.toLowerCase().replaceAll("_", ""));
  if (swatch !== undefined) return swatch;
  if (CSS_FUNCTION.test(text) || CSS_NAMES.has(text.toLowerCase())) return text;
  return undefined;
}

/** `rgb(1 2 3 / 50%)`, `hsla(120, 50%, 50%, 0.3)`: numbers only, nothing to fetch. */
const CSS_FUNCTION = /^(rgba?|hsla?)\(\s*[-+0-9.%deg\s,/]+\)$/i;

function hexColor(text: string): string | undefined {
  const digits = text.slice(1).toLowerCase();
  if (!/^([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.test(digits)) return undefined;
  if (digits.length === 8) return `#${digits.slice(2)}${digits.slice(0, 2)}`;
  return `#${digits}`;
}

// The CSS named colours (CSS Color Module Level 4), plus transparent and currentcolor.
const CSS_NAMES = new Set(
  (
    "aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue " +
    "blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk " +
    "crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki " +
    "darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen " +
    "darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue " +
    "dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite " +
    "gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki " +
    "lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan " +
    "lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen " +
    "lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen " +
    "magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen " +
    "mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream " +
    "mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid " +
    "palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum " +
    "powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown " +
    "seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen " +
    "steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow " +
    "yellowgreen transparent currentcolor"
  ).split(" "),
);
