/**
 * The grammar of a Flet colour value, shared by the core (which checks values where the
 * app sets them: `checks.color`) and the browser (which turns them into CSS): theme roles
 * (`primary`, `on_surface`), Flet's swatches (`red100`, `black54`), hex (`#rgb`, `#rrggbb`,
 * `#aarrggbb`), `"color,opacity"` (`colors.withOpacity`), CSS colour names and numeric
 * `rgb()`/`hsl()`. Nothing else: a colour is never a place to smuggle CSS (`url(…)`).
 *
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

/** `rgb(1 2 3 / 50%)`, `hsla(120, 50%, 50%, 0.3)`: numbers only, nothing to fetch. */
export const CSS_COLOR_FUNCTION = /^(rgba?|hsla?)\(\s*[-+0-9.%deg\s,/]+\)$/i;

/** `#rgb`, `#rgba`, `#rrggbb` as CSS; Flutter's `#aarrggbb` as `#rrggbbaa`; else undefined. */
export function hexColor(text: string): string | undefined {
  const digits = text.slice(1).toLowerCase();
  if (!/^([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.test(digits)) return undefined;
  if (digits.length === 8) return `#${digits.slice(2)}${digits.slice(0, 2)}`;
  return `#${digits}`;
}

// The CSS named colours (CSS Color Module Level 4), plus transparent and currentcolor.
export const CSS_COLOR_NAMES: ReadonlySet<string> = new Set(
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

/**
 * True when `value` is a colour Flet knows (see the module comment), with an optional
 * `,opacity` from 0 to 1.
 *
 * @example
 * ```ts
 * isColorValue("primary,0.5"); // true
 * isColorValue("url(http://x)"); // false
 * ```
 */
export function isColorValue(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const text = value.trim();
  const comma = text.lastIndexOf(",");
  if (comma > 0 && !text.includes("(")) {
    const opacity = Number(text.slice(comma + 1));
    return (
      Number.isFinite(opacity) && opacity >= 0 && opacity <= 1 && isColorValue(text.slice(0, comma))
    );
  }
  if (text.startsWith("#")) return hexColor(text) !== undefined;
  return (
    roleVariable(text) !== undefined ||
    swatchColor(text.toLowerCase().replaceAll("_", "")) !== undefined ||
    CSS_COLOR_FUNCTION.test(text) ||
    CSS_COLOR_NAMES.has(text.toLowerCase())
  );
}
