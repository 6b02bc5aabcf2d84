/**
 * Navigation value types: tab alignment and navigation bar labels.
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
