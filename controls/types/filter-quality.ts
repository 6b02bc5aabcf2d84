/**
 * How smoothly pixels are sampled when a picture is scaled (Flutter's `FilterQuality`).
 * @module
 */

/** Quality of the filter used when a picture is scaled (Flutter's `FilterQuality`). */
export const FilterQuality = {
  NONE: "none",
  LOW: "low",
  MEDIUM: "medium",
  HIGH: "high",
} as const;
/** One of {@link FilterQuality}. */
export type FilterQuality = (typeof FilterQuality)[keyof typeof FilterQuality];
