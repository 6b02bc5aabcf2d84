/**
 * List tile value types: where a tile puts its own control (an expansion arrow, a checkbox).
 * @module
 */

/**
 * Which side of a tile holds its own control: the ExpansionTile's arrow. `platform` is the
 * trailing side, as on Android.
 */
export const TileAffinity = {
  LEADING: "leading",
  TRAILING: "trailing",
  PLATFORM: "platform",
} as const;
/** One of {@link TileAffinity}. */
export type TileAffinity = (typeof TileAffinity)[keyof typeof TileAffinity];
