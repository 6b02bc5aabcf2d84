/**
 * Menu value types: where a popup menu opens.
 * @module
 */

/** Where a PopupMenuButton's menu opens: over the button (Flet's default) or under it. */
export const PopupMenuPosition = { OVER: "over", UNDER: "under" } as const;
/** One of {@link PopupMenuPosition}. */
export type PopupMenuPosition = (typeof PopupMenuPosition)[keyof typeof PopupMenuPosition];
