/**
 * Layout value types shared by the page, views and the core controls.
 * @module
 */

/** Padding or margin on each side, in logical pixels. */
export interface Sides {
  left?: number;
  top?: number;
  right?: number;
  bottom?: number;
}

/** Padding: one number for all sides, or per side. */
export type PaddingValue = number | Sides;
/** Margin: one number for all sides, or per side. */
export type MarginValue = number | Sides;

/**
 * Helpers that build {@link PaddingValue}s, named as in Flet.
 *
 * @example
 * ```ts
 * new ft.Container({ padding: ft.padding.symmetric({ horizontal: 16, vertical: 8 }) });
 * ```
 */
export const padding = {
  /** The same padding on every side. */
  all: (value: number): Sides => ({ left: value, top: value, right: value, bottom: value }),
  /** Padding per side; unset sides are 0. */
  only: (sides: Sides): Sides => ({ left: 0, top: 0, right: 0, bottom: 0, ...sides }),
  /** Horizontal (left and right) and vertical (top and bottom) padding. */
  symmetric: ({
    horizontal = 0,
    vertical = 0,
  }: {
    horizontal?: number;
    vertical?: number;
  }): Sides => ({
    left: horizontal,
    top: vertical,
    right: horizontal,
    bottom: vertical,
  }),
  /** Padding given left, top, right, bottom. */
  fromLTRB: (left: number, top: number, right: number, bottom: number): Sides => ({
    left,
    top,
    right,
    bottom,
  }),
};

/** Helpers that build {@link MarginValue}s; the same shapes as {@link padding}. */
export const margin = padding;

/** How children are placed along a Row's or Column's main axis. */
export const MainAxisAlignment = {
  START: "start",
  END: "end",
  CENTER: "center",
  SPACE_BETWEEN: "spaceBetween",
  SPACE_AROUND: "spaceAround",
  SPACE_EVENLY: "spaceEvenly",
} as const;
/** One of {@link MainAxisAlignment}. */
export type MainAxisAlignment = (typeof MainAxisAlignment)[keyof typeof MainAxisAlignment];

/** How children are placed across a Row's or Column's main axis. */
export const CrossAxisAlignment = {
  START: "start",
  END: "end",
  CENTER: "center",
  STRETCH: "stretch",
  BASELINE: "baseline",
} as const;
/** One of {@link CrossAxisAlignment}. */
export type CrossAxisAlignment = (typeof CrossAxisAlignment)[keyof typeof CrossAxisAlignment];

/** Whether and how a container scrolls. */
export const ScrollMode = {
  AUTO: "auto",
  ADAPTIVE: "adaptive",
  ALWAYS: "always",
  HIDDEN: "hidden",
} as const;
/** One of {@link ScrollMode}. */
export type ScrollMode = (typeof ScrollMode)[keyof typeof ScrollMode];

/** The light/dark mode of the app. */
export const ThemeMode = { SYSTEM: "system", LIGHT: "light", DARK: "dark" } as const;
/** One of {@link ThemeMode}. */
export type ThemeMode = (typeof ThemeMode)[keyof typeof ThemeMode];

/** The platform the client runs on (settable, to preview adaptive designs). */
export const PagePlatform = {
  IOS: "ios",
  ANDROID: "android",
  MACOS: "macos",
  WINDOWS: "windows",
  LINUX: "linux",
  FUCHSIA: "fuchsia",
} as const;
/** One of {@link PagePlatform}. */
export type PagePlatform = (typeof PagePlatform)[keyof typeof PagePlatform];

/**
 * Where a view's (or Pagelet's) floating action button sits: at the start, centre or end,
 * floating 16 px above the bottom bars, docked on their top edge, on the app bar's bottom
 * edge (`Top`), or contained in the bottom app bar (`END_CONTAINED`). The `MINI_` values
 * are Flutter's placements for a mini button.
 */
export const FloatingActionButtonLocation = {
  CENTER_DOCKED: "centerDocked",
  CENTER_FLOAT: "centerFloat",
  CENTER_TOP: "centerTop",
  END_CONTAINED: "endContained",
  END_DOCKED: "endDocked",
  END_FLOAT: "endFloat",
  END_TOP: "endTop",
  START_DOCKED: "startDocked",
  START_FLOAT: "startFloat",
  START_TOP: "startTop",
  MINI_CENTER_DOCKED: "miniCenterDocked",
  MINI_CENTER_FLOAT: "miniCenterFloat",
  MINI_CENTER_TOP: "miniCenterTop",
  MINI_END_DOCKED: "miniEndDocked",
  MINI_END_FLOAT: "miniEndFloat",
  MINI_END_TOP: "miniEndTop",
  MINI_START_DOCKED: "miniStartDocked",
  MINI_START_FLOAT: "miniStartFloat",
  MINI_START_TOP: "miniStartTop",
} as const;
/** One of {@link FloatingActionButtonLocation}. */
export type FloatingActionButtonLocation =
  (typeof FloatingActionButtonLocation)[keyof typeof FloatingActionButtonLocation];

/** Lists the values of an enum-like constant object (for `@prop({ kind: "enum", values })`). */
export function enumValues(constants: Record<string, string>): string[] {
  return Object.values(constants);
}

/**
 * A theme: the seed colour and the look of the app. Travels to the browser as JSON.
 *
 * @example
 * ```ts
 * page.theme = { colorSchemeSeed: "indigo", useMaterial3: true };
 * ```
 */
export interface Theme {
  /** The colour the whole Material 3 palette is derived from. */
  colorSchemeSeed?: string;
  /** Explicit colour roles (`primary`, `onPrimary`, `surface`, ...). */
  colorScheme?: Record<string, string>;
  /** Font family of all text (must be in `page.fonts` or installed). */
  fontFamily?: string;
  /** Material 3 (default) or the older Material 2 look. */
  useMaterial3?: boolean;
  /** Spacing density: `standard`, `comfortable`, `compact`, `adaptivePlatformDensity`. */
  visualDensity?: string;
  /** Anything else the renderer understands (text theme, page transitions, ...). */
  [key: string]: unknown;
}
