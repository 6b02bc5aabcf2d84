/**
 * Navigation value types: tab alignment, navigation bar labels and navigation rail labels.
 * @module
 */

/** Where tabs sit along a Tabs bar. */
export const TabAlignment = {
  START: "start",
  START_OFFSET: "startOffset",
  FILL: "fill",
  CENTER: "center",
} as const;
/** One of {@link TabAlignment}. */
export type TabAlignment = (typeof TabAlignment)[keyof typeof TabAlignment];

/** When a NavigationBar shows its destinations' labels. Default `alwaysShow`. */
export const NavigationBarLabelBehavior = {
  ALWAYS_SHOW: "alwaysShow",
  ALWAYS_HIDE: "alwaysHide",
  ONLY_SHOW_SELECTED: "onlyShowSelected",
} as const;
/** One of {@link NavigationBarLabelBehavior}. */
export type NavigationBarLabelBehavior =
  (typeof NavigationBarLabelBehavior)[keyof typeof NavigationBarLabelBehavior];

/** Which labels a NavigationRail shows. Flet's default is `all`; an extended rail shows none. */
export const NavigationRailLabelType = {
  NONE: "none",
  ALL: "all",
  SELECTED: "selected",
} as const;
/** One of {@link NavigationRailLabelType}. */
export type NavigationRailLabelType =
  (typeof NavigationRailLabelType)[keyof typeof NavigationRailLabelType];
